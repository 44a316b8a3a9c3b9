// @ts-check
// The one DOM helper dialect of the pages and the widget. Text only (never innerHTML), so
// nothing a user or a host page types can become markup.
//
//   el('p', { class: 'hint', text: 'Saved' })
//   el('button', { type: 'button', onclick: save }, 'Save')
//   el('input', { type: 'checkbox', checked: true, 'aria-label': 'Apply' })
//
// Props: `class`, `text`, `dataset` (an object), `on<event>` (a function); anything else is
// an attribute (true = present, false / null / undefined = left out). Children may be
// nodes, strings, numbers or arrays of them; null / undefined / false are skipped.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The element with id `id` (null when the page has none). */
export const $ = (id) => document.getElementById(id);

function apply(node, props) {
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.setAttribute('class', value);
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (typeof value === 'function' && key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  return node;
}

const flat = (children) => children.flat(Infinity)
  .filter((c) => c !== null && c !== undefined && c !== false)
  .map((c) => (typeof c === 'number' ? String(c) : c));

/** An HTML element with `props` and `children`. */
export function el(tag, props = {}, ...children) {
  const node = apply(document.createElement(tag), props);
  node.append(...flat(children));
  return node;
}

/** An SVG element (charts): the same props as el(). */
export function svgEl(tag, props = {}, ...children) {
  const node = apply(document.createElementNS(SVG_NS, tag), props);
  node.append(...flat(children));
  return node;
}

/** Empties `node` and, if given, puts `children` in. Returns the node. */
export function clear(node, ...children) {
  node.replaceChildren(...flat(children));
  return node;
}

/** Sets the text of `node` ('' for null / undefined). Returns the node. */
export function text(node, value) {
  node.textContent = value === null || value === undefined ? '' : String(value);
  return node;
}
