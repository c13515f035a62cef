// The actor page: identity (entity-profile) and positions held by and aimed at it (actor-positions).
import { runQuery } from './api.js';
import { el, clear, polarityBadge, evidenceSentence, sourceLine, actorHref, networkHref } from './dom.js';

const WIKIDATA = 'http://www.wikidata.org/entity/';

export async function showActor(name) {
  document.getElementById('actor-name').textContent = name;
  document.getElementById('actor-network-link').href = networkHref(name);
  const identity = clear(document.getElementById('actor-identity'));
  const positions = clear(document.getElementById('actor-positions'));
  const [profiles, rows] = await Promise.all([
    runQuery('entity-profile', { actor: name }),
    runQuery('actor-positions', { actor: name }),
  ]);
  if (profiles.length === 0) {
    identity.append(el('dd', {}, 'No actor is named "' + name + '".'));
    return;
  }
  for (const p of profiles) renderIdentity(identity, p);
  renderPositions(positions, rows);
}

function renderIdentity(dl, p) {
  const item = (label, ...value) => dl.append(el('dt', {}, label), el('dd', {}, ...value));
  item('Type', p.types);
  item('Names', p.names);
  if (p.aliases) item('Aliases', p.aliases.split(' | ').join(', '));
  if (p.country) item('Country', p.country);
  const qids = (p.same_as || '').split(' ').filter(q => q.startsWith(WIKIDATA));
  if (qids.length) item('Wikidata', ...qids.map(q => el('a', { href: q.replace(WIKIDATA, 'https://www.wikidata.org/wiki/'),
                                                             target: '_blank', rel: 'noopener' }, q.slice(WIKIDATA.length) + ' ')));
  if (p.roles) item('Roles', el('ul', {}, p.roles.split('; ').map(r => el('li', {}, r))));
  item('Articles', p.articles);
}

function renderPositions(container, rows) {
  const sections = [['holds', 'Positions it holds'], ['aimed', 'Positions aimed at it']];
  for (const [direction, title] of sections) {
    const mine = rows.filter(r => r.direction === direction);
    container.append(el('h2', {}, title + ' (' + mine.length + ')'));
    const groups = new Map();
    for (const r of mine) {
      const key = r.kind + ' · ' + r.polarity;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(r);
    }
    for (const [key, list] of groups) {
      const [kind, polarity] = key.split(' · ');
      container.append(el('div', { class: 'group', 'data-kind': kind, 'data-polarity': polarity },
        el('h3', {}, el('span', { class: 'kind' }, kind), ' ', polarityBadge(polarity), ' (' + list.length + ')'),
        list.map(r => position(r, direction))));
    }
  }
}

function position(r, direction) {
  const other = direction === 'holds'
      ? (r.target_name ? ['toward ', el('a', { href: actorHref(r.target_name) }, r.target_name)] : [])
      : ['by ', el('a', { href: actorHref(r.holder_name) }, r.holder_name)];
  return el('div', { class: 'position' },
    el('div', {}, ...other, r.topic ? ' on “' + r.topic + '”' : '', r.date ? ' — ' + r.date : '',
       r.modality !== 'asserted' ? ' (' + r.modality + ')' : '', r.speaker_name ? ', said by ' + r.speaker_name : ''),
    r.evidence ? evidenceSentence(r) : null,
    sourceLine(r));
}
