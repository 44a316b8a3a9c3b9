// The planner's DOM and number helpers, all in this one module (a shared web/js/lib
// version can replace it): element lookup, inputs, icon buttons, lists, SVG, figures.

export const $ = (id) => document.getElementById(id);

export function numberInput({ min, max, step, mode, value, label }) {
  const input = document.createElement('input');
  Object.assign(input, { type: 'number', inputMode: mode, min: String(min), max: String(max), step: String(step), value: String(value) });
  input.setAttribute('aria-label', label);
  return input;
}

export function iconButton(label, description, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'pl-icon';
  b.textContent = label;
  b.setAttribute('aria-label', description);
  b.title = description;
  b.addEventListener('click', onClick);
  return b;
}

export function listItems(list, items, empty) {
  list.replaceChildren();
  for (const text of items) {
    const li = document.createElement('li');
    li.textContent = text;
    list.appendChild(li);
  }
  if (!items.length) {
    const li = document.createElement('li');
    li.className = 'pl-none';
    li.textContent = empty;
    list.appendChild(li);
  }
}

export function options(select, list) {
  select.replaceChildren(...list.map(({ id, label }) => new Option(label, id)));
}

const SVG = 'http://www.w3.org/2000/svg';

export function svgEl(name, attrs = {}, parent) {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (parent) parent.appendChild(el);
  return el;
}

export function svgText(parent, x, y, content, cls, anchor = 'start') {
  const t = svgEl('text', { x, y, class: cls, 'text-anchor': anchor }, parent);
  t.textContent = content;
  return t;
}

/** One decimal at most: 10, 10.5. */
export const fmt = (v) => (Math.round(v * 10) / 10).toString();

/** A share as a whole percent: 0.414 -> "41 %". */
export const fmtShare = (ratio) => `${Math.round(ratio * 100)}\u00a0%`;

/** Signed percent, e.g. "+3 %", "-12 %", "0 %". */
export function fmtPercent(v) {
  const r = Math.round(v);
  return `${r > 0 ? '+' : r < 0 ? '\u2212' : ''}${Math.abs(r)}\u00a0%`;
}
