// @ts-check
// The number typed in an <input>, as the core takes it: undefined when the input is empty (the
// core then says the field is required), NaN when the browser could not read what was typed
// as a number (the core says it must be a number). Every page and the widget read numbers so.

/** @param {HTMLInputElement} input */
export function inputNumber(input) {
  if (input.validity?.badInput) return NaN;
  return input.value.trim() === '' ? undefined : Number(input.value);
}
