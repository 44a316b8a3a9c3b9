// The planner's one loop: every change of the plan is evaluated by the core
// (px.evaluatePlan), then, when the core accepts it, saved and drawn; when it refuses, its
// words are shown in the plan's error line and the input it names is marked
// (../lib/field-errors.js), and the edit is kept as a draft. The modules that draw (editor.js, results.js, settings.js) and keep
// (storage.js) the plan are passed in once by the page (connect), so every module that
// changes the plan calls this one, and none imports a module that imports it back.
import { $ } from '../lib/dom.js';
import { fieldErrors } from '../lib/field-errors.js';
import { withFormula } from '../lib/lifter-formula.js';
import { state, drawn } from './state.js';
import { evaluationInput } from './log-fatigue.js';

/**
 * What the controller calls, passed in by the page:
 * @typedef {object} PlannerView
 * @property {() => void} renderWeekTabs    the week buttons
 * @property {() => void} renderWeek        the week shown, in the editor
 * @property {() => void} renderSettings    the plan's settings
 * @property {() => void} renderResults     the core's last answer
 * @property {() => void} save              keeps the accepted plan (storage.js)
 * @property {() => void} keepDraft         keeps an edit the core refused, as a draft (storage.js)
 * @property {(message: string) => void} setStatus
 */
/** @type {PlannerView} */
let view;
let errors;
let evaluateTimer = 0;

/** @param {PlannerView} callbacks */
export function connect(callbacks) {
  view = callbacks;
  // The input the core names (drawn by the editor, or a setting; under "plan." when the log's
  // signs go with the plan) is marked; the core's words go in the plan's error line either way.
  const find = (path) => {
    const field = path.replace(/^plan\./, '');
    const input = drawn.inputs.get(field) ?? document.querySelector(`[data-setting="${CSS.escape(field)}"], [data-field="${CSS.escape(field)}"]`);
    return input && { input, note: $('plan-error'), withField: true };
  };
  errors = fieldErrors({ find, fallback: $('plan-error') });
}

export function showError(error) {
  errors.show(error);
}

export function evaluateNow() {
  clearTimeout(evaluateTimer);
  try {
    state.evaluation = state.px.evaluatePlan(evaluationInput(state.plan));
    state.loads = state.profile ? state.px.planLoads(withFormula({ plan: state.plan, profile: state.profile }, state.formula)) : null;
  } catch (error) {
    showError(error);
    view.setStatus(state.shared ? 'Shared plan not saved.' : 'Not saved: fix the highlighted field first. Your change is kept as a draft.');
    view.keepDraft();
    return false;
  }
  showError(null);
  view.renderResults();
  view.save();
  return true;
}

export function scheduleEvaluate() {
  state.dirty = true;
  clearTimeout(evaluateTimer);
  evaluateTimer = setTimeout(evaluateNow, 150);
}

/** The week's sessions, exercises or sets were added or removed: drawn again, then evaluated. */
export function weekReshaped() {
  view.renderWeek();
  evaluateNow();
}

export function selectWeek(i) {
  state.week = i;
  view.renderWeekTabs();
  view.renderWeek();
  if (state.evaluation) view.renderResults();
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
  view.renderWeekTabs();
  view.renderWeek();
  view.renderSettings();
  evaluateNow();
}
