// Asking the core: every change of the plan is evaluated (px.evaluatePlan) and, when the
// core accepts it, drawn and saved; when it refuses, its words are shown and the input
// it names is marked.
import { $ } from '../lib/dom.js';
import { state, drawn } from './state.js';
import { save, keepDraft, setStatus } from './storage.js';
import { renderResults } from './results.js';
import { renderWeekTabs, renderWeek } from './editor.js';
import { renderSettings } from './settings.js';
import { evaluationInput } from './log-fatigue.js';
import { withFormula } from '../lib/lifter-formula.js';

let evaluateTimer = 0;

export function showError(error) {
  document.querySelectorAll('[aria-invalid="true"]').forEach((el) => el.removeAttribute('aria-invalid'));
  $('plan-error').textContent = error ? error.message : '';
  const input = error?.field && (drawn.inputs.get(error.field) ?? document.querySelector(`[data-setting="${CSS.escape(error.field)}"], [data-field="${CSS.escape(error.field)}"]`));
  if (input) input.setAttribute('aria-invalid', 'true');
}

export function evaluateNow() {
  clearTimeout(evaluateTimer);
  try {
    state.evaluation = state.px.evaluatePlan(evaluationInput(state.plan));
    state.loads = state.profile ? state.px.planLoads(withFormula({ plan: state.plan, profile: state.profile }, state.formula)) : null;
  } catch (error) {
    showError(error);
    setStatus(state.shared ? 'Shared plan not saved.' : 'Not saved: fix the highlighted field first. Your change is kept as a draft.');
    keepDraft();
    return false;
  }
  showError(null);
  renderResults();
  save();
  return true;
}

export function scheduleEvaluate() {
  state.dirty = true;
  clearTimeout(evaluateTimer);
  evaluateTimer = setTimeout(evaluateNow, 150);
}

export function generate(options) {
  return state.px.generateMesocycle(options);
}

// Replaces the whole plan (generated, imported, from a link or another tab).
export function setPlan(plan, { keepUndo = false, week = 0 } = {}) {
  if (keepUndo && state.plan) {
    state.undo = JSON.stringify(state.plan);
    $('undo').hidden = false;
  }
  state.plan = plan;
  state.week = Math.min(week, plan.weeks.length - 1);
  $('plan-name').value = state.plan.name ?? '';
  renderWeekTabs();
  renderWeek();
  renderSettings();
  evaluateNow();
}
