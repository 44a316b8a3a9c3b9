// The Embed page: choose options, see the live widget, copy the snippets.
import '../widget/proximity-widget.js';

// Height of the iframe snippet per mode: the widget's height at a 360 px wide column.
const FRAME_HEIGHT = { e1rm: 560, table: 860, advisor: 760 };
const DEFAULTS = { mode: 'e1rm', unit: 'kg', effort: 'rir', theme: 'light' };

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
  document.getElementById('effort-value-label').textContent =
    `Starting ${new FormData(form).get('effort') === 'rpe' ? 'RPE' : 'RIR'}`;

  const attrText = Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  document.getElementById('snippet-script').textContent =
    `<script type="module" src="${scriptUrl}"></script>\n<proximity-calculator${attrText}></proximity-calculator>`;
  const frame = new URL('embed-frame.html', base);
  frame.search = new URLSearchParams(attrs).toString();
  document.getElementById('snippet-iframe').textContent =
    `<iframe src="${escapeAttr(frame.href)}" title="Proximity calculator"\n  width="100%" height="${FRAME_HEIGHT[mode]}" loading="lazy" style="border:0;max-width:36em"></iframe>`;

  for (const name of preview.getAttributeNames()) if (!(name in attrs) && name !== 'id') preview.removeAttribute(name);
  for (const [k, v] of Object.entries(attrs)) preview.setAttribute(k, v);
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

form.addEventListener('input', update);
form.addEventListener('submit', (event) => event.preventDefault());
for (const button of document.querySelectorAll('button.copy')) button.addEventListener('click', () => copy(button));
update();
