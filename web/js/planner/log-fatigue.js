// The fatigue signs of the lifter's saved training log (px.analyzeHistory over the
// history kept in the engine), passed with the plan to px.evaluatePlan so the advice for
// the muscles concerned accounts for them. No saved history, or one the core cannot
// read, means no signs: the plan is judged on its own.
import { $ } from '../lib/dom.js';
import { state } from './state.js';
import { historyRecords } from '../lib/history-records.js';
import { withFormula } from '../lib/lifter-formula.js';

export async function loadLogFatigue() {
  const history = await historyRecords(state.store).load();
  state.fatigue = null;
  if (history?.workouts?.length) {
    try {
      state.px.setHistory({ history, profile: state.profile ?? undefined });
      const analysis = state.px.analyzeHistory(withFormula({ exercise: null }, state.formula));
      const signs = analysis.fatigue?.signs ?? [];
      if (signs.length) state.fatigue = { signs, week: analysis.nextSession?.week };
    } catch {
      state.fatigue = null;
    }
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
