// The Embed page: choose options, see the live widget, copy the snippets.
import '../widget/proximity-widget.js';
import { loadProximity } from './proximity.js';
import { applyLimit, choicesOf, fillSelect, labelOf, limitOf } from './lib/choices.js';
import { el } from './lib/dom.js';

// The widget's defaults (left out of the snippets); the choices of unit, effort and formula
// are the core's (px.describe()), shared with the widget's own instance.
const DEFAULTS = { mode: 'e1rm', unit: 'kg', effort: 'rir', theme: 'light' };
const px = await loadProximity({ module: 'calculator' });
fillSelect(document.getElementById('embed-unit'), choicesOf(px, 'unit'), { short: true, value: DEFAULTS.unit });
fillSelect(document.getElementById('embed-effort'), choicesOf(px, 'effortKind'), { value: DEFAULTS.effort });
for (const name of ['unit', 'effortKind', 'formula']) {
  const codes = choicesOf(px, name).map((c) => el('code', { text: c.value }));
  document.getElementById(`values-${name}`).replaceChildren(...codes.flatMap((code, i) => (i ? [', ', code] : [code])));
}

// The iframe preview at 360 px reports its content height; the snippet uses the last one.
const frameView = document.getElementById('preview-frame');
let frameHeight = 0;
let frameSrc = '';
window.addEventListener('message', (event) => {
  if (event.source !== frameView.contentWindow || event.data?.type !== 'proximity-embed-size') return;
  frameHeight = Math.ceil(Number(event.data.height)) || 0;
  frameView.style.height = `${frameHeight}px`;
  writeIframeSnippet();
});

const form = document.getElementById('embed-form');
const preview = document.getElementById('preview-widget');
const base = new URL('./', document.baseURI);
const scriptUrl = new URL('widget/proximity-widget.js', base).href;

// The attributes the chosen options need (defaults left out, so snippets stay short).
function chosenAttributes() {
  const data = new FormData(form);
  const attrs = {};
  for (const name of ['mode', 'unit', 'effort', 'theme']) {
    if (data.get(name) !== DEFAULTS[name] || name === 'mode') attrs[name] = data.get(name);
  }
  const usesSet = data.get('mode') !== 'advisor';
  const value = (name) => String(data.get(name) ?? '').trim();
  if (usesSet && value('load')) attrs.load = value('load');
  if (value('reps')) attrs.reps = value('reps');
  if (usesSet && value('effortValue')) attrs[data.get('effort')] = value('effortValue');
  return attrs;
}

const escapeAttr = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update() {
  const attrs = chosenAttributes();
  const mode = attrs.mode;
  for (const label of form.querySelectorAll('[data-for-modes]')) {
    label.hidden = !label.dataset.forModes.split(' ').includes(mode);
  }
  // The starting effort on the chosen scale, in that scale's range.
  const effort = String(new FormData(form).get('effort'));
  document.getElementById('effort-value-label').textContent = `Starting ${labelOf(px, 'effortKind', effort, { short: true })}`;
  applyLimit(form.elements.effortValue, limitOf(px, effort));

  const attrText = Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  document.getElementById('snippet-script').textContent =
    `<script type="module" src="${scriptUrl}"></script>\n<proximity-calculator${attrText}></proximity-calculator>`;
  const frame = new URL('embed-frame.html', base);
  frame.search = new URLSearchParams(attrs).toString();
  if (frame.href !== frameSrc) {
    frameSrc = frame.href;
    frameHeight = 0;   // until the new frame says its height
    frameView.src = frameSrc;
  }
  writeIframeSnippet();

  for (const name of preview.getAttributeNames()) if (!(name in attrs) && name !== 'id') preview.removeAttribute(name);
  for (const [k, v] of Object.entries(attrs)) preview.setAttribute(k, v);
}

function writeIframeSnippet() {
  const height = frameHeight ? ` height="${frameHeight}"` : '';
  document.getElementById('snippet-iframe').textContent =
    `<iframe src="${escapeAttr(frameSrc)}" title="Proximity calculator"\n  width="100%"${height} loading="lazy" style="border:0;max-width:36em"></iframe>`;
}

const status = document.getElementById('copy-status');
async function copy(button) {
  const code = document.getElementById(button.dataset.copy);
  try {
    await navigator.clipboard.writeText(code.textContent);
    status.textContent = 'Copied to the clipboard.';
  } catch {
    // No clipboard permission: select the text so Ctrl+C / Cmd+C copies it.
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    status.textContent = 'The snippet is selected: press Ctrl+C (or Cmd+C) to copy it.';
  }
}

applyLimit(form.elements.load, limitOf(px, 'load'));
applyLimit(form.elements.reps, limitOf(px, 'reps'));
form.addEventListener('input', update);
form.addEventListener('submit', (event) => event.preventDefault());
for (const button of document.querySelectorAll('button.copy')) button.addEventListener('click', () => copy(button));
update();
