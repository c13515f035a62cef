// The stance network toward a target or topic (canned query stance-network), drawn with
// Cytoscape.js: holders shaped by type, one edge per position coloured by polarity and labelled
// by kind, holders grouped into coalitions by the side they took. A holder's timeline toward the
// target comes from the canned query timeline.
import { runQuery } from './api.js';
import { el, clear, polarityBadge, evidenceSentence, sourceLine, actorHref } from './dom.js';

const SHAPES = {
  Person: 'ellipse', Government: 'round-rectangle', GovernmentBody: 'diamond', Company: 'rectangle',
  InternationalOrganization: 'octagon', Organization: 'hexagon', PoliticalParty: 'pentagon',
  MediaOrganization: 'tag', Group: 'star', Country: 'round-triangle',
};
const SIDES = {
  against: 'Against', for: 'For', mixed: 'Both sides', neutral: 'No side taken',
};
const HEADINGS = {
  against: t => 'Against ' + t, for: t => 'For ' + t, mixed: t => 'Both for and against ' + t, neutral: t => 'No side on ' + t,
};
const COLOURS = { negative: '#c0392b', positive: '#1e8449', neutral: '#7f8c8d' };

let state = null;

export async function showNetwork(target) {
  document.getElementById('net-target').textContent = target;
  const rows = await runQuery('stance-network', { target });
  const named = mostCommon(rows.map(r => r.target_name).filter(Boolean));
  // A topic search may collect positions toward several targets; name the centre by the search then.
  const centre = named && rows.filter(r => r.target_name === named).length === rows.length ? named : target;
  document.getElementById('net-target').textContent = centre;
  document.getElementById('net-actor-link').href = actorHref(centre);
  state = { target: centre, rows, cy: state && state.cy };
  clear(document.getElementById('evidence')).hidden = true;
  clear(document.getElementById('timeline')).hidden = true;
  buildFilters(rows);
  draw();
}

function mostCommon(values) {
  const counts = new Map();
  values.forEach(v => counts.set(v, (counts.get(v) || 0) + 1));
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function dateOf(r) {
  return r.date || r.published || '';
}

function buildFilters(rows) {
  const kinds = [...new Set(rows.map(r => r.kind))].sort();
  const fieldset = document.getElementById('kind-filter');
  [...fieldset.querySelectorAll('label')].forEach(l => l.remove());
  for (const k of kinds)
    fieldset.append(el('label', {}, el('input', { type: 'checkbox', value: k, checked: true, onchange: draw }), ' ' + k));
  const dates = rows.map(dateOf).filter(Boolean).sort();
  const from = document.getElementById('date-from');
  const to = document.getElementById('date-to');
  from.value = dates[0] || '';
  to.value = dates[dates.length - 1] || '';
  from.onchange = to.onchange = draw;
  const publisher = document.getElementById('publisher-filter');
  [...publisher.querySelectorAll('option')].slice(1).forEach(o => o.remove());
  for (const p of [...new Set(rows.map(r => r.publisher).filter(Boolean))].sort())
    publisher.append(el('option', { value: p }, p));
  publisher.value = '';
  publisher.onchange = draw;
}

function visibleRows() {
  const kinds = new Set([...document.querySelectorAll('#kind-filter input:checked')].map(i => i.value));
  const from = document.getElementById('date-from').value;
  const to = document.getElementById('date-to').value;
  const publisher = document.getElementById('publisher-filter').value;
  return state.rows.filter(r => kinds.has(r.kind)
      && (!from || !dateOf(r) || dateOf(r) >= from)
      && (!to || !dateOf(r) || dateOf(r) <= to)
      && (!publisher || r.publisher === publisher));
}

/** The side a holder took: only negative, only positive, both, or only neutral positions. */
function sideOf(positions) {
  const pols = new Set(positions.map(r => r.polarity));
  if (pols.has('negative') && pols.has('positive')) return 'mixed';
  if (pols.has('negative')) return 'against';
  if (pols.has('positive')) return 'for';
  return 'neutral';
}

function holdersOf(rows) {
  const holders = new Map();
  for (const r of rows) {
    if (!holders.has(r.holder)) holders.set(r.holder, { iri: r.holder, name: r.holder_name, type: r.holder_type, rows: [] });
    holders.get(r.holder).rows.push(r);
  }
  for (const h of holders.values()) h.side = sideOf(h.rows);
  return holders;
}

function elements(rows) {
  const holders = holdersOf(rows);
  const sides = new Map();
  for (const h of holders.values()) sides.set(h.side, (sides.get(h.side) || 0) + 1);
  const nodes = [{ data: { id: 'target', label: state.target }, classes: 'target' }];
  for (const [side, n] of sides)
    nodes.push({ data: { id: 'side-' + side, label: SIDES[side] + ' (' + n + ')' }, classes: 'coalition ' + side });
  for (const h of holders.values())
    nodes.push({ data: { id: h.iri, label: h.name, type: h.type || 'Actor', side: h.side, parent: 'side-' + h.side,
                         shape: SHAPES[h.type] || 'ellipse' }, classes: 'holder' });
  const edges = rows.map(r => ({
    data: { id: r.position, source: r.holder, target: 'target', label: r.kind, polarity: r.polarity, kind: r.kind,
            modality: r.modality, colour: COLOURS[r.polarity] || COLOURS.neutral },
    classes: r.polarity + (r.modality === 'asserted' ? '' : ' tentative'),
  }));
  return { holders, all: nodes.concat(edges) };
}

function draw() {
  const rows = visibleRows();
  const { holders, all } = elements(rows);
  if (state.cy) state.cy.destroy();
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements: all,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node.holder', style: {
          'shape': 'data(shape)', 'label': 'data(label)', 'background-color': '#5d7b93', 'color': '#1d2329',
          'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, 'width': 26, 'height': 26,
          'text-wrap': 'wrap', 'text-max-width': 110 } },
      { selector: 'node.target', style: {
          'label': 'data(label)', 'background-color': '#23303c', 'color': '#fff', 'text-valign': 'center',
          'font-size': 13, 'font-weight': 'bold', 'width': 'label', 'height': 34, 'padding': 10, 'shape': 'round-rectangle' } },
      { selector: 'node.coalition', style: {
          'label': 'data(label)', 'text-valign': 'top', 'text-halign': 'center', 'font-size': 12, 'font-weight': 'bold',
          'background-opacity': 0.08, 'border-width': 1, 'border-style': 'dashed', 'padding': 14, 'shape': 'round-rectangle',
          // a coalition box only groups: clicks go through it to the edges and holders inside
          'events': 'no' } },
      { selector: 'node.coalition.against', style: { 'background-color': COLOURS.negative, 'border-color': COLOURS.negative, 'color': COLOURS.negative } },
      { selector: 'node.coalition.for', style: { 'background-color': COLOURS.positive, 'border-color': COLOURS.positive, 'color': COLOURS.positive } },
      { selector: 'node.coalition.mixed', style: { 'background-color': '#8e44ad', 'border-color': '#8e44ad', 'color': '#8e44ad' } },
      { selector: 'node.coalition.neutral', style: { 'background-color': COLOURS.neutral, 'border-color': COLOURS.neutral, 'color': COLOURS.neutral } },
      { selector: 'edge', style: {
          'curve-style': 'bezier', 'width': 2, 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
          'target-arrow-shape': 'triangle', 'label': 'data(label)', 'font-size': 9, 'color': '#333',
          'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.85,
          'text-background-padding': 1, 'z-compound-depth': 'top' } },
      { selector: 'edge.tentative', style: { 'line-style': 'dashed' } },
      { selector: ':selected', style: { 'overlay-color': '#f1c40f', 'overlay-opacity': 0.35, 'overlay-padding': 4 } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 120,
              nestingFactor: 0.9, gravity: 0.6, componentSpacing: 60, padding: 20, fit: true },
  });
  cy.on('tap', 'edge', (e) => showEvidence(e.target.id()));
  cy.on('tap', 'node.holder', (e) => showTimeline(e.target.data('label')));
  state.cy = cy;
  window.stanceView = { cy, target: state.target };
  renderSides(holders);
  renderLegend(holders);
}

function renderSides(holders) {
  const panel = clear(document.getElementById('sides'));
  panel.append(el('h2', {}, 'Who stands where'));
  for (const side of Object.keys(SIDES)) {
    const members = [...holders.values()].filter(h => h.side === side).sort((a, b) => a.name.localeCompare(b.name));
    if (!members.length) continue;
    panel.append(el('div', { class: 'stance-group', 'data-side': side },
      el('h3', {}, HEADINGS[side](state.target) + ' (' + members.length + ')'),
      el('ul', {}, members.map(h => el('li', { class: 'holder', 'data-holder': h.name, 'data-side': side },
        el('button', { class: 'holder-link', onclick: () => showTimeline(h.name) }, h.name),
        ' ', el('span', { class: 'kind' }, h.type || ''), ' ',
        h.rows.map(r => el('button', { class: 'edge-link pol ' + r.polarity, title: 'evidence', 'data-position': r.position,
                                       onclick: () => showEvidence(r.position) }, r.kind)))))));
  }
  if (!holders.size) panel.append(el('p', { class: 'hint' }, 'No position toward ' + state.target + ' matches the filters.'));
}

function renderLegend(holders) {
  const legend = clear(document.getElementById('legend'));
  for (const [pol, colour] of Object.entries(COLOURS))
    legend.append(el('span', {}, el('span', { class: 'swatch', style: 'background:' + colour }), pol));
  legend.append(el('span', {}, 'dashed: intended, expected or undecided'));
  const types = [...new Set([...holders.values()].map(h => h.type).filter(Boolean))].sort();
  legend.append(el('span', {}, 'shapes: ' + types.map(t => t + ' = ' + (SHAPES[t] || 'ellipse')).join(', ')));
}

function showEvidence(positionIri) {
  const r = state.rows.find(x => x.position === positionIri);
  if (!r) return;
  state.cy.elements().unselect();
  state.cy.getElementById(positionIri).select();
  const panel = clear(document.getElementById('evidence'));
  panel.hidden = false;
  panel.append(
    el('h2', {}, 'Evidence'),
    el('div', {}, el('a', { href: actorHref(r.holder_name) }, r.holder_name), ' ', el('span', { class: 'kind' }, r.kind), ' ',
       polarityBadge(r.polarity), ' ', r.target_name ? el('a', { href: actorHref(r.target_name) }, r.target_name) : '',
       r.topic ? ' on “' + r.topic + '”' : ''),
    el('div', { class: 'source' }, [r.date, r.modality, r.speaker_name ? 'said by ' + r.speaker_name : null,
                                    r.quote === 'true' ? 'quoted' : null].filter(Boolean).join(' · ')),
    r.evidence ? evidenceSentence(r) : el('p', { class: 'hint' }, 'No evidence sentence recorded.'),
    el('div', { class: 'source' }, el('mark', { class: 'cue' }, 'cue'), ' ', el('mark', { class: 'content' }, 'content')),
    sourceLine(r));
}

async function showTimeline(holderName) {
  const panel = clear(document.getElementById('timeline'));
  panel.hidden = false;
  panel.append(el('h2', {}, 'Timeline: ' + holderName + ' toward ' + state.target));
  const holderRows = state.rows.filter(r => r.holder_name === holderName);
  const node = state.cy.nodes().filter(n => n.data('label') === holderName);
  state.cy.elements().unselect();
  node.select();
  // The timeline query matches a target actor by name; a topic has no actor, so use the network's rows.
  const rows = state.rows.some(r => r.target_name === state.target)
      ? await runQuery('timeline', { holder: holderName, target: state.target })
      : holderRows.slice().sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
  const list = el('ol', { class: 'timeline' });
  let last = null;
  for (const r of rows) {
    const reversed = last && r.polarity !== 'neutral' && r.polarity !== last;
    list.append(el('li', { class: r.polarity, 'data-polarity': r.polarity },
      el('div', {}, el('b', {}, r.date || '(no date)'), ' ', el('span', { class: 'kind' }, r.kind), ' ', polarityBadge(r.polarity),
         r.modality !== 'asserted' ? ' (' + r.modality + ')' : '',
         reversed ? el('span', { class: 'reversal' }, ' ⟲ reversal: was ' + last) : ''),
      r.topic ? el('div', {}, r.topic) : null,
      r.evidence ? el('div', { class: 'source' }, '“' + r.evidence + '” — ' + r.article_title) : null));
    if (r.polarity !== 'neutral') last = r.polarity;
  }
  panel.append(list);
}
