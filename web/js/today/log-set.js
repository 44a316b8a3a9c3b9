// Logging a set: the form read, the next load adapted by the core to the set just logged
// (px.nextSetLoad), the order of the next sets (supersets), and a calibration test taken in.
import { limitOf } from '../lib/choices.js';
import { localTime } from './format.js';
import { refreshedBiases } from './calibration.js';
import { nextStep } from './superset.js';
import { state, view } from './state.js';
import { saveSession } from './session-record.js';

function readLogForm(form) {
  const value = (name) => form.elements[name].value.trim();
  const load = Number(value('load') || 0);
  const reps = Number(value('reps'));
  const failure = form.elements.failure.checked;
  const effort = value('effort');
  if (!Number.isFinite(load) || load < 0) return { error: 'Enter the load you lifted (0 for bodyweight).' };
  if (!Number.isInteger(reps) || reps < 0) return { error: 'Enter the reps you did.' };
  const set = { load, unit: state.session.unit, reps, type: form.elements.type.value, failure, time: localTime() };
  if (!failure && effort !== '') {
    const n = Number(effort);
    if (!Number.isFinite(n)) return { error: 'Enter the RIR or RPE you called, or tick "Reached failure".' };
    set[state.mode] = n;
  }
  const reached = value('failureReps');
  if (reached !== '') {
    const n = Number(reached);
    if (failure || effort === '') return { error: 'A test set gives the RIR you called at the target reps; then the reps you reached at failure.' };
    if (!Number.isInteger(n) || n < reps) return { error: 'Enter the reps you reached at failure: at least the reps you did.' };
    set.failureReps = n;
  }
  const note = value('note');
  if (note) set.note = note;
  return { set };
}

// The next load for the next target, from the set just logged (the core's answer and reason).
function adapt(x, set) {
  const target = x.targets[x.sets.length + 1];  // the set after this one (not yet in x.sets)
  const reps = limitOf(state.px, 'reps');
  if (set.type === 'warmup' || set.reps < reps.min || set.reps > reps.max) return null;
  if (!set.failure && set.rir === undefined && set.rpe === undefined) return null;
  // The next target as planned, else this set again on the scale it was logged on.
  const again = set.failure ? { rir: 0 } : set.rir !== undefined ? { rir: set.rir } : { rpe: set.rpe };
  const next = target && !target.warmup ? { reps: target.reps, rir: target.rir } : { reps: set.reps, ...again };
  const input = { set: { load: set.load, reps: set.reps, type: set.type }, target: next, exercise: x.exercise, unit: state.session.unit };
  if (set.failure) input.set.failure = true; else if (set.rir !== undefined) input.set.rir = set.rir; else input.set.rpe = set.rpe;
  if (set.failureReps !== undefined) input.set.failureReps = set.failureReps;
  if (state.formula) input.formula = state.formula;
  if (x.calibration?.bias) input.calibration = { bias: x.calibration.bias };
  if (x.e1rm) input.e1rm = x.e1rm;
  if (x.equipment) input.equipment = x.equipment;
  const bodyWeight = state.profile.bodyWeight?.at(-1)?.value;  // bodyweight and assisted lifts
  if (bodyWeight) input.bodyWeight = bodyWeight;
  try {
    const answer = state.px.nextSetLoad(input);
    return { answer, restFor: answer.rest.seconds };
  } catch {
    return null;
  }
}

export function logSet(index, form) {
  const x = state.session.exercises[index];
  const { set, error } = readLogForm(form);
  if (error) { form.querySelector('.log-error').textContent = error; return null; }
  const adapted = adapt(x, set);
  x.sets.push(set);
  if (set.failureReps !== undefined) refreshCalibration();
  if (adapted) {
    x.e1rm = adapted.answer.e1rm;
    x.next = { load: adapted.answer.rounded.load, rounded: adapted.answer.rounded, reason: adapted.answer.reason };
  }
  const restSeconds = adapted?.restFor ?? state.defaults.rest.bySetType[set.type] ?? state.defaults.rest.byClass[x.restClass] ?? 120;
  // The core orders the sets: in a superset the next exercise follows at once, one rest per round.
  const step = nextStep(state.px, state.session, index, restSeconds);
  state.session.rest = step.rest > 0 ? { startedAt: Date.now(), seconds: step.rest } : null;
  state.session.current = step.exercise;
  state.session.round = step.rounds ? { round: step.round, of: step.rounds } : null;
  view.render();
  return saveSession();
}

// A test changes the calibration: every exercise of its class takes the new bias at once.
async function refreshCalibration() {
  const biases = await refreshedBiases(state.session, state.profile, state.formula);
  if (!biases) return;
  for (const x of state.session.exercises) if (x.calibration) x.calibration.bias = biases[x.calibration.class] ?? x.calibration.bias;
  saveSession();
}
