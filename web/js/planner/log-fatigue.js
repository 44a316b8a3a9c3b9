// The fatigue signs of the lifter's saved training log (px.analyzeHistory over the
// history kept in the history's worker, ../history-analysis.js: the page never waits on
// it), passed with the plan to px.evaluatePlan so the advice for
// the muscles concerned accounts for them. No saved history, or one the core cannot
// read, means no signs: the plan is judged on its own.
import { $ } from '../lib/dom.js';
import { state } from './state.js';
import { historyAnalysis } from '../history-analysis.js';
import { withFormula } from '../lib/lifter-formula.js';

export async function loadLogFatigue() {
  state.fatigue = null;
  try {
    const worker = historyAnalysis();
    if (await worker.run('loadHistory', { profile: state.profile ?? undefined })) {
      const analysis = await worker.run('analyzeHistory', withFormula({ exercise: null }, state.formula));
      const signs = analysis.fatigue?.signs ?? [];
      if (signs.length) state.fatigue = { signs, week: analysis.nextSession?.week };
    }
  } catch {
    state.fatigue = null;
  }
  const list = $('log-fatigue-signs');
  list.replaceChildren(...(state.fatigue?.signs ?? []).map((s) => {
    const item = document.createElement('li');
    item.textContent = s.advice;
    return item;
  }));
  $('log-fatigue').hidden = !state.fatigue;
}

/** What px.evaluatePlan takes: the plan alone, or with the log's fatigue signs. */
export function evaluationInput(plan) {
  if (!state.fatigue) return plan;
  const fatigue = { signs: state.fatigue.signs };
  if (Number.isInteger(state.fatigue.week)) fatigue.week = state.fatigue.week;
  return { plan, fatigue };
}
