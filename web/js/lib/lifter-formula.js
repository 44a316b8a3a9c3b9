// The lifter's chosen e1RM formula: the one picked on the calculator page (its record
// "calculator" in the store). Every page that asks the core for an e1RM, a load or an
// analysis passes it, so all of them compute with the same equation.

/** The formula chosen on the calculator page, or undefined (the core's default). */
export async function lifterFormula(store) {
  const formula = (await store.read('calculator'))?.value?.formula;
  return typeof formula === 'string' ? formula : undefined;
}

/** `input` with the formula added when there is one: `{...input, formula}`. */
export function withFormula(input, formula) {
  return formula ? { ...input, formula } : input;
}
