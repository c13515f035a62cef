// Type-ahead over actor names, aliases and topics (canned query actor-search).
import { runQuery } from './api.js';
import { el, clear, actorHref, networkHref } from './dom.js';

const DELAY_MS = 150;

export function installSearch(input, list) {
  let timer = null;
  let items = [];
  let active = -1;
  let asked = 0;

  const close = () => { list.hidden = true; active = -1; };
  const go = (item) => {
    close();
    input.value = item.name;
    // Something others took positions toward opens as a network; anything else as an actor page.
    location.hash = (item.type === 'topic' || Number(item.aimed_at) > 0) ? networkHref(item.name) : actorHref(item.name);
  };
  const highlight = (i) => {
    active = i;
    [...list.children].forEach((li, k) => li.setAttribute('aria-selected', String(k === i)));
  };
  const render = () => {
    clear(list);
    items.forEach((item, i) => {
      const meta = [item.type || 'actor'];
      if (Number(item.aimed_at) > 0) meta.push(item.aimed_at + ' toward it');
      if (Number(item.holds) > 0) meta.push(item.holds + ' held');
      list.append(el('li', { role: 'option', 'data-name': item.name, onmousedown: (e) => { e.preventDefault(); go(item); },
                             onmouseenter: () => highlight(i) },
        el('span', {}, item.name, item.matched && item.matched !== item.name ? el('span', { class: 'meta' }, ' (' + item.matched + ')') : ''),
        el('span', { class: 'meta' }, meta.join(' · '))));
    });
    list.hidden = items.length === 0;
    highlight(items.length ? 0 : -1);
  };
  const ask = async (text) => {
    const ticket = ++asked;
    try {
      const rows = await runQuery('actor-search', { text });
      if (ticket !== asked) return;   // a later keystroke has already asked again
      items = rows;
      render();
    } catch (e) {
      document.getElementById('status').textContent = e.message;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) { items = []; close(); return; }
    timer = setTimeout(() => ask(text), DELAY_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && items.length) { e.preventDefault(); highlight((active + 1) % items.length); list.hidden = false; }
    else if (e.key === 'ArrowUp' && items.length) { e.preventDefault(); highlight((active - 1 + items.length) % items.length); }
    else if (e.key === 'Escape') close();
    else if (e.key === 'Enter') {
      e.preventDefault();
      if (active >= 0 && items[active]) go(items[active]);
      else if (input.value.trim()) location.hash = networkHref(input.value.trim());
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}
