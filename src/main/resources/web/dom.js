// Small DOM helpers. Text always goes in through textContent, never innerHTML, so article text
// and names from the graph cannot inject markup.

/** Creates an element with attributes and children (strings become text nodes). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function polarityBadge(polarity) {
  return el('span', { class: 'pol ' + polarity }, polarity);
}

/**
 * The evidence sentence with the cue and the content marked. Offsets in the row are UTF-16 into
 * the article text, like JavaScript string indices; the sentence starts at evidence_start.
 */
export function evidenceSentence(row) {
  const text = row.evidence || '';
  const base = Number(row.evidence_start);
  const marks = new Array(text.length).fill('');
  const paint = (start, end, cls) => {
    if (start === undefined || end === undefined || Number.isNaN(base)) return;
    const from = Math.max(0, Number(start) - base);
    const to = Math.min(text.length, Number(end) - base);
    for (let i = from; i < to; i++) marks[i] = cls;
  };
  paint(row.content_start, row.content_end, 'content');
  paint(row.cue_start, row.cue_end, 'cue');
  const quote = el('blockquote', { class: 'sentence' });
  let i = 0;
  while (i < text.length) {
    let j = i;
    while (j < text.length && marks[j] === marks[i]) j++;
    const piece = text.slice(i, j);
    quote.append(marks[i] ? el('mark', { class: marks[i], title: marks[i] }, piece) : document.createTextNode(piece));
    i = j;
  }
  return quote;
}

/** "Headline — Publisher, 2019-06-04", the headline linked to the article when it has a URL. */
export function sourceLine(row) {
  // Only web links: an article's URL is data, and a javascript: URL must not become a link.
  const title = /^https?:\/\//i.test(row.url || '') ? el('a', { href: row.url, target: '_blank', rel: 'noopener' }, row.article_title)
                        : el('span', {}, row.article_title);
  return el('div', { class: 'source' }, title,
            row.publisher ? ' — ' + row.publisher : '',
            row.published ? ', ' + row.published : '');
}

export function actorHref(name) {
  return '#/actor/' + encodeURIComponent(name);
}

export function networkHref(name) {
  return '#/network/' + encodeURIComponent(name);
}
