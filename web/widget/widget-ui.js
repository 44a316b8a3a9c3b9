// Small DOM helpers shared by the widget's modes. Text only (no innerHTML), so nothing a
// host page or a user types can become markup.

export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  el.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

let nextId = 0;
export const uniqueId = (prefix) => `${prefix}-${++nextId}`;

// <label class="field" part="field"><span part="label">Reps</span><input part="input"></label>
export function numberField(labelText, { name, value, step = 'any', inputmode = 'decimal' }) {
  const input = h('input', { type: 'number', name, step, inputmode, part: 'input', value, autocomplete: 'off' });
  const text = h('span', { part: 'label', text: labelText });
  return { label: h('label', { class: 'field', part: 'field' }, text, input), input, text };
}

export function selectField(labelText, { name, options, value }) {
  const select = h('select', { name, part: 'select' });
  for (const [optionValue, optionText] of options) {
    select.append(h('option', { value: optionValue, text: optionText, selected: optionValue === value }));
  }
  const text = h('span', { part: 'label', text: labelText });
  return { label: h('label', { class: 'field', part: 'field' }, text, select), select, text };
}

export function checkboxField(labelText, { name, checked }) {
  const input = h('input', { type: 'checkbox', name, part: 'checkbox', checked });
  return { label: h('label', { class: 'field check', part: 'field' }, input, h('span', { part: 'label', text: labelText })), input };
}

// The number in an <input type=number>: undefined when empty (the core then says the
// field is required), NaN when the browser could not parse what was typed.
export function inputNumber(input) {
  if (input.validity?.badInput) return NaN;
  return input.value.trim() === '' ? undefined : Number(input.value);
}

const formatters = new Map();
export function formatNumber(value, digits = 1) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '–';
  if (!formatters.has(digits)) formatters.set(digits, new Intl.NumberFormat(undefined, { maximumFractionDigits: digits }));
  return formatters.get(digits).format(value);
}

const FORMULA_LABELS = { epley: 'Epley', brzycki: 'Brzycki', lander: 'Lander', lombardi: 'Lombardi',
  mayhew: 'Mayhew', oconner: "O'Conner", wathen: 'Wathen', rpeChart: 'RPE chart' };
export const formulaLabel = (name) => FORMULA_LABELS[name] ?? name;

// Marks the inputs named by a core error (field "reps", "set.reps", ...) and shows its
// message in `messageEl`; clears every mark when `error` is null.
export function showFieldError(messageEl, inputs, error, describe = '') {
  for (const input of Object.values(inputs)) {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
  }
  messageEl.textContent = error ? error.message + describe : '';
  if (!error) return;
  const key = String(error.field ?? '').split('.').pop().replace(/\[\d+\]$/, '');
  const input = inputs[key];
  if (input) {
    if (!messageEl.id) messageEl.id = uniqueId('px-error');
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', messageEl.id);
  }
}
