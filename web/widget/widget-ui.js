// Form fields shared by the widget's modes, built with the pages' own DOM helper
// (../js/lib/dom.js: text only, so nothing a host page or a user types becomes markup).
import { el as h } from '../js/lib/dom.js';
import { fieldErrors } from '../js/lib/field-errors.js';
import { applyLimit } from '../js/lib/choices.js';


// <label class="field" part="field"><span part="label">Reps</span><input part="input"></label>
// `limit` is the core's range for the field (px.describe().limits), its min, max and step.
export function numberField(labelText, { name, value, limit, inputmode = 'decimal' }) {
  const input = applyLimit(h('input', { type: 'number', name, step: 'any', inputmode, part: 'input', value, autocomplete: 'off' }), limit);
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


// The core's errors beside the widget's inputs: `fields` maps a field name (its last path
// part) to {input, text}; the message line `note` names the field it is about.
export function widgetErrors(note, fields, words = {}) {
  const inputs = Object.fromEntries(Object.entries(fields).map(([name, { input, text }]) =>
    [name, { input, note, label: text.textContent }]));
  return fieldErrors({ inputs, words, fallback: note });
}
