// The lifter's chosen e1RM formula and applied RIR calibration: the ones set on the
// calculator page (its record "calculator" in the store). Every page that asks the core for an e1RM, a load or an
// analysis passes it, so all of them compute with the same equation.
import { KEY } from './store-keys.js';

/** The formula chosen on the calculator page, or undefined (the core's default). */
export async function lifterFormula(store) {
  const formula = (await store.read(KEY.calculator))?.value?.formula;
  return typeof formula === 'string' ? formula : undefined;
}

/** What estimates send as `calibration`: the calculator's failure test sets, when applied; else undefined. */
export function calibrationInput({ sets, apply } = {}) {
  return apply !== false && Array.isArray(sets) && sets.length ? { sets } : undefined;
}

/** The calibration the lifter applies on the calculator page (its failure tests), or undefined. */
export async function lifterCalibration(store) {
  return calibrationInput((await store.read(KEY.calculator))?.value?.calibration);
}

/** `input` with the formula added when there is one: `{...input, formula}`. */
export function withFormula(input, formula) {
  return formula ? { ...input, formula } : input;
}
