// @ts-check
// Option lists, labels and input limits as the core describes them (px.describe()): the
// pages and the widget write no enum value, label or limit of their own, they fill their
// selects, radios and min/max from here.
import { el } from './dom.js';

/** @type {WeakMap<object, any>} */
const described = new WeakMap();

/** The core's description (asked once per loaded core). */
export function describeCore(px) {
  if (!described.has(px)) described.set(px, px.describe());
  return described.get(px);
}

/** The choices of enum `name`: [{value, label, short}]. */
export const choicesOf = (px, name) => describeCore(px).enums[name] ?? [];

/** The label of `value` in enum `name` (`short` where space is short); the value itself if unknown. */
export function labelOf(px, name, value, { short = false } = {}) {
  const choice = choicesOf(px, name).find((c) => c.value === value);
  return choice ? (short ? choice.short : choice.label) : String(value);
}

/** The limit `name`: {min, max, step, reason, unit}. */
export const limitOf = (px, name) => describeCore(px).limits[name];

/** Fills `select` with the choices (keeping its value when it is still one of them). */
export function fillSelect(select, choices, { short = false, value = select.value } = {}) {
  select.replaceChildren(...choices.map((c) => new Option(short ? c.short : c.label, c.value)));
  if (choices.some((c) => c.value === value)) select.value = value;
  return select;
}

/**
 * Radio buttons (input + label, ids `${prefix}-${value}`) for a segmented control.
 * @param {Element} container
 * @param {string} name
 * @param {{value: string, label: string, short: string}[]} choices
 * @param {{short?: boolean, checked?: string, prefix?: string}} [options]
 */
export function radios(container, name, choices, { short = true, checked, prefix = name } = {}) {
  container.replaceChildren(...choices.flatMap((c) => [
    el('input', { type: 'radio', name, id: `${prefix}-${c.value}`, value: c.value, checked: c.value === checked }),
    el('label', { for: `${prefix}-${c.value}`, text: short ? c.short : c.label }),
  ]));
  return container;
}

/** Sets an input's min, max and step from a core limit. */
export function applyLimit(input, limit) {
  if (!limit) return input;
  input.min = String(limit.min);
  input.max = String(limit.max);
  input.step = limit.step ? String(limit.step) : 'any';
  return input;
}
