// Starting a session: the plan's next one (store "plan", position "plan.position"), prepared
// by the core (px.prepareSession over the saved history, in the history's worker), or an empty one; exercises added
// outside the plan.
import { $ } from '../lib/dom.js';
import { localTime } from './format.js';
import { historyAnalysis } from '../history-analysis.js';
import { KEY } from '../lib/store-keys.js';
import { state, view } from './state.js';
import { saveSession } from './session-record.js';

async function planAndPosition() {
  const plan = (await state.store.read(KEY.plan))?.value ?? null;
  const position = (await state.store.read(KEY.planPosition))?.value ?? { week: 0, session: 0 };
  return { plan, position };
}

async function prepare(plan, position) {
  // The saved history is kept in the history's worker (read there from the store, once
  // here); prepareSession reads it there, off the page's thread.
  const worker = historyAnalysis();
  await worker.run('loadHistory');
  const input = { plan, week: position.week, session: position.session, profile: state.profile, formula: state.formula };
  try {
    return await worker.run('prepareSession', input);
  } catch (error) {
    if (error.field === 'week' || error.field === 'session') return worker.run('prepareSession', { ...input, week: 0, session: 0 });
    throw error;
  }
}

export function exerciseFromPrepared(x) {
  return { exercise: x.exercise, name: x.name, e1rm: x.e1rm?.value ?? null, equipment: x.equipment, rest: x.rest.seconds,
    restClass: x.rest.class, targets: x.sets, sets: [], next: null, supersetWithPrevious: x.supersetWithPrevious,
    // What the core learnt from the history: why these loads, and the fatigue signs' advice.
    loadReason: x.loadReason ?? null, fatigueAdvice: x.fatigue?.advice ?? [],
    // How this lifter's calls on this kind of exercise miss: {class, bias, words}.
    calibration: x.calibration ?? null };
}

export async function startPlanned() {
  const { plan, position } = await planAndPosition();
  const prepared = await prepare(plan, position);
  state.session = {
    version: 1, start: localTime(), name: prepared.name || `Week ${prepared.week + 1}, session ${prepared.session + 1}`,
    plan: { week: prepared.week, session: prepared.session }, next: prepared.next, unit: prepared.unit, phase: prepared.phase,
    exercises: prepared.exercises.map(exerciseFromPrepared), current: 0, rest: null, planLength: prepared.exercises.length,
  };
  state.rev = 0;
  view.render();
  await saveSession();
}

export async function startEmpty() {
  state.session = { version: 1, start: localTime(), name: 'Workout', plan: null, next: null, unit: state.profile.unit,
    exercises: [], current: 0, rest: null };
  state.rev = 0;
  view.render();
  await saveSession();
}

// An exercise with no planned sets (added, or swapped in outside the plan).
export function unplannedExercise(id) {
  const known = state.exercises.find((e) => e.id === id);
  if (!known) return null;
  const profileMax = state.profile.e1rm[id]?.value ?? null;
  // The core's rest class for this exercise comes with any next-set answer; ask it once.
  const { rest } = state.px.nextSetLoad({ set: { load: 100, reps: 5, rir: 2 }, target: { reps: 5, rir: 2 }, exercise: id });
  return { exercise: id, name: known.name, e1rm: profileMax, equipment: null, rest: rest.seconds,
    restClass: rest.class, targets: [], sets: [], next: null };
}

export function addExercise() {
  const x = unplannedExercise($('add-exercise').value);
  if (!x) return;
  state.session.exercises.push(x);
  state.session.current = state.session.exercises.length - 1;
  view.render();
  saveSession();
}

// Exercise `index` of the session as the plan prepares it when `id` takes its place (the plan
// itself unchanged unless `plan` is the swapped one being kept): its own e1RM and loads.
export async function preparedAs(index, id, plan) {
  const s = state.session;
  if (!s.plan) return null;
  const doc = plan ?? (await planAndPosition()).plan;
  const planned = doc?.weeks?.[s.plan.week]?.sessions?.[s.plan.session]?.exercises?.[index];
  if (!planned) return null;
  const swapped = planned.exercise === id ? doc
    : state.px.swapInPlan({ plan: doc, week: s.plan.week, session: s.plan.session, index, exercise: id }).plan;
  const fresh = (await prepare(swapped, s.plan)).exercises[index];
  return fresh?.exercise === id ? fresh : null;
}

export async function renderStart() {
  const { plan, position } = await planAndPosition();
  const label = $('plan-label');
  $('start-plan').hidden = !plan;
  if (!plan) { label.textContent = 'No plan saved yet: make one in the planner, or log a session of your own.'; return; }
  try {
    const prepared = await prepare(plan, position);
    const sets = prepared.exercises.reduce((n, x) => n + x.sets.length, 0);
    label.textContent = `Next: week ${prepared.week + 1}, session ${prepared.session + 1}${prepared.name ? ` (${prepared.name})` : ''} · ${prepared.exercises.length} exercises, ${sets} sets`;
  } catch {
    $('start-plan').hidden = true;
    label.textContent = 'The saved plan cannot be used here: open it in the planner, which shows what to fix.';
  }
}
