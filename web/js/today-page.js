// Today: the session view. Starts the plan's next session (store "plan", position
// "plan.position") or an empty one; the core prepares every set (px.prepareSession: load,
// plates, verdict and reason) and adapts the next load to the set just logged
// (px.nextSetLoad). The workout in progress is the record "session.current", written set
// by set; finishing appends it to the history (one new record per workout,
// ./lib/history-records.js) and moves the plan on.
import { loadProximity } from './proximity.js';
import { $ } from './lib/dom.js';
import { getStore } from './lib/store.js';
import { applyLimit, choicesOf, fillSelect, labelOf, limitOf, radios } from './lib/choices.js';
import { loadProfile, saveProfile, withMax } from './lib/profile.js';
import { SET_TYPE_LABELS, effortText, localTime, loggedText, num, perSideText } from './today/format.js';
import { restTimer } from './today/rest-timer.js';
import { workoutOf } from './today/finish.js';
import { refreshedBiases } from './today/calibration.js';
import { lifterFormula } from './lib/lifter-formula.js';
import { bodyWeightLog } from './today/body-weight.js';
import { warmupRows } from './today/warmup-rows.js';
import { appendWorkout, historyRecords } from './lib/history-records.js';
import { groupedCards, nextStep } from './today/superset.js';
import { swapForm } from './today/swap.js';
import { KEY } from './lib/store-keys.js';

const state = { px: null, store: null, defaults: null, profile: null, spotter: false, profileRev: 0, session: null, rev: 0, mode: 'rir', exercises: [] };

function show(message) { $('status').textContent = message; }
function fail(message) { $('error').textContent = message; }

// ---- the session record -------------------------------------------------------------

function saveSession() {
  const started = performance.now();
  const write = state.store.write(KEY.session, state.session, { baseRev: state.rev }).then((answer) => {
    if (answer.ok) {
      state.rev = answer.rev;
      document.dispatchEvent(new CustomEvent('session-saved', { detail: { ms: performance.now() - started } }));
    }
    else if (answer.reason === 'conflict') { adoptSession(answer.current); fail('This workout was changed in another tab; showing that version.'); }
    else fail(`Not saved: ${answer.message}.`);
    return answer;
  });
  state.pending = write;
  return write;
}

function adoptSession(record) {
  state.session = record?.value ?? null;
  state.rev = record?.rev ?? 0;
  render();
}

// ---- starting -----------------------------------------------------------------------

async function planAndPosition() {
  const plan = (await state.store.read(KEY.plan))?.value ?? null;
  const position = (await state.store.read(KEY.planPosition))?.value ?? { week: 0, session: 0 };
  return { plan, position };
}

async function prepare(plan, position) {
  // The saved history is kept in the engine (sent once here); prepareSession reads it there.
  const history = await historyRecords(state.store).load();
  if (history) state.px.setHistory({ history });
  else state.px.clearHistory({});
  const input = { plan, week: position.week, session: position.session, profile: state.profile, formula: state.formula };
  try {
    return state.px.prepareSession(input);
  } catch (error) {
    if (error.field === 'week' || error.field === 'session') return state.px.prepareSession({ ...input, week: 0, session: 0 });
    throw error;
  }
}

function exerciseFromPrepared(x) {
  return { exercise: x.exercise, name: x.name, e1rm: x.e1rm?.value ?? null, equipment: x.equipment, rest: x.rest.seconds,
    restClass: x.rest.class, targets: x.sets, sets: [], next: null, supersetWithPrevious: x.supersetWithPrevious,
    // What the core learnt from the history: why these loads, and the fatigue signs' advice.
    loadReason: x.loadReason ?? null, fatigueAdvice: x.fatigue?.advice ?? [],
    // How this lifter's calls on this kind of exercise miss: {class, bias, words}.
    calibration: x.calibration ?? null };
}

async function startPlanned() {
  const { plan, position } = await planAndPosition();
  const prepared = await prepare(plan, position);
  state.session = {
    version: 1, start: localTime(), name: prepared.name || `Week ${prepared.week + 1}, session ${prepared.session + 1}`,
    plan: { week: prepared.week, session: prepared.session }, next: prepared.next, unit: prepared.unit, phase: prepared.phase,
    exercises: prepared.exercises.map(exerciseFromPrepared), current: 0, rest: null, planLength: prepared.exercises.length,
  };
  state.rev = 0;
  render();
  await saveSession();
}

async function startEmpty() {
  state.session = { version: 1, start: localTime(), name: 'Workout', plan: null, next: null, unit: state.profile.unit,
    exercises: [], current: 0, rest: null };
  state.rev = 0;
  render();
  await saveSession();
}

// An exercise with no planned sets (added, or swapped in outside the plan).
function unplannedExercise(id) {
  const known = state.exercises.find((e) => e.id === id);
  if (!known) return null;
  const profileMax = state.profile.e1rm[id]?.value ?? null;
  // The core's rest class for this exercise comes with any next-set answer; ask it once.
  const { rest } = state.px.nextSetLoad({ set: { load: 100, reps: 5, rir: 2 }, target: { reps: 5, rir: 2 }, exercise: id });
  return { exercise: id, name: known.name, e1rm: profileMax, equipment: null, rest: rest.seconds,
    restClass: rest.class, targets: [], sets: [], next: null };
}

function addExercise() {
  const x = unplannedExercise($('add-exercise').value);
  if (!x) return;
  state.session.exercises.push(x);
  state.session.current = state.session.exercises.length - 1;
  render();
  saveSession();
}

// ---- logging ------------------------------------------------------------------------

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

function logSet(index, form) {
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
  render();
  return saveSession();
}

// A test changes the calibration: every exercise of its class takes the new bias at once.
async function refreshCalibration() {
  const history = await historyRecords(state.store).load();
  const biases = refreshedBiases(state.px, history, state.session, state.profile, state.formula);
  if (!biases) return;
  for (const x of state.session.exercises) if (x.calibration) x.calibration.bias = biases[x.calibration.class] ?? x.calibration.bias;
  saveSession();
}

// ---- finishing ----------------------------------------------------------------------

async function finish() {
  const session = state.session;
  const workout = workoutOf(session);
  if (!workout.exercises.length) { fail('Log at least one set before finishing, or discard the session.'); return; }
  let answer;
  try {
    answer = await appendWorkout(state.store, state.px, workout);
  } catch {
    fail('Not saved: one of the logged sets cannot go into the history as it is; check its load and reps.');
    return;
  }
  if (!answer.ok) { fail(`Not saved: ${answer.message}.`); return; }
  let profile = state.profile;
  for (const x of session.exercises) if (x.sets.length && x.e1rm) profile = withMax(profile, x.exercise, x.e1rm, 'history');
  const saved = await saveProfile(state.store, state.px, profile, state.profileRev);
  if (saved.ok) { state.profile = profile; state.profileRev = saved.rev; }
  if (session.plan) await state.store.write(KEY.planPosition, session.next ?? { week: 0, session: 0 });
  await state.store.remove(KEY.session);
  state.session = null;
  state.rev = 0;
  const sets = workout.exercises.reduce((n, x) => n + x.sets.length, 0);
  show(`Saved to your history: ${workout.name}, ${sets} ${sets === 1 ? 'set' : 'sets'}.${session.plan && !session.next ? ' That was the last session of the plan.' : ''}`);
  await renderStart();
  render();
}

async function discard() {
  await state.store.remove(KEY.session);
  state.session = null;
  state.rev = 0;
  show('Session discarded.');
  await renderStart();
  render();
}

// ---- rendering ----------------------------------------------------------------------

function setRow(x, target, logged, unit, isNext) {
  const li = document.createElement('li');
  li.className = 'set';
  li.dataset.state = logged ? 'done' : isNext ? 'next' : 'todo';
  const head = document.createElement('p');
  head.className = 'set-head';
  const label = target ? (target.warmup ? 'Warm-up' : `Set ${target.set} of ${target.of}`) : `Set ${x.sets.indexOf(logged) + 1}`;
  head.textContent = target ? `${label} · ${target.reps} reps · ${effortText(target, state.mode)}` : label;
  li.append(head);
  if (logged) {
    const done = document.createElement('p');
    done.className = 'set-done';
    done.textContent = `Done: ${loggedText(logged, unit)}`;
    li.append(done);
    return li;
  }
  if (!target) return li;
  const useNext = isNext && x.next;
  const rounded = useNext ? x.next.rounded : target.rounded;
  const load = document.createElement('p');
  load.className = 'set-load';
  load.textContent = rounded ? `${num(rounded.load)} ${unit}` : 'Load: enter your e1RM';
  const side = perSideText(rounded);
  if (side) { const s = document.createElement('span'); s.className = 'per-side'; s.textContent = side; load.append(s); }
  li.append(load);
  if (target.percent && !useNext) {
    const pct = document.createElement('p');
    pct.className = 'hint';
    pct.textContent = `${Math.round(target.percent)}% of e1RM${target.fixed ? ' (set by the plan)' : ''}`;
    li.append(pct);
  }
  if (target.verdict) {
    const v = document.createElement('p');
    v.className = `verdict verdict-${target.verdict}`;
    const b = document.createElement('strong');
    b.textContent = target.verdictLabel;
    v.append(b, ` — ${target.reason}`);
    li.append(v);
  }
  for (const [text, cls] of [[target.felt?.words, 'felt'], [target.calibrationTest, 'calibration-test']]) {
    if (!text) continue;
    const line = document.createElement('p');
    line.className = cls;
    line.textContent = text;
    li.append(line);
  }
  return li;
}

function logForm(index) {
  const x = state.session.exercises[index];
  const form = $('log-template').content.firstElementChild.cloneNode(true);
  // Each field's label names its input (the template cannot: ids are per exercise).
  for (const field of form.querySelectorAll('.field')) {
    const input = field.querySelector('input, select');
    input.id = `log-${index}-${input.name}`;
    field.querySelector('label').htmlFor = input.id;
  }
  const target = x.targets[x.sets.length];
  const last = x.sets.at(-1);
  form.elements.load.value = x.next?.load ?? target?.rounded?.load ?? last?.load ?? '';
  form.elements.reps.value = target?.reps ?? last?.reps ?? '';
  // The advice wins over the plan: a set planned to failure that the policy holds short is
  // prefilled at the advised reserve (the least of its range: the top of its RPE range). The
  // core answers each on both scales; without a target, the last set's effort on this scale.
  const toFailure = !!target?.failure && (!target.verdict || target.verdict === 'failure');
  const held = !!target?.failure && !toFailure;
  const rpe = state.mode === 'rpe';
  const effort = !target ? last?.[state.mode]
    : held ? (rpe ? target.targetRpe.max : target.targetRir.min) : target[state.mode];
  form.elements.effort.value = toFailure ? '' : effort ?? '';
  form.elements.failure.checked = toFailure;
  for (const t of state.defaults.setTypes) form.elements.type.add(new Option(SET_TYPE_LABELS[t] ?? t, t));
  form.elements.type.value = target?.warmup ? 'warmup' : toFailure ? 'failure' : 'working';
  form.querySelector('.effort-label').textContent = labelOf(state.px, 'effortKind', state.mode, { short: true });
  applyLimit(form.elements.effort, limitOf(state.px, state.mode));
  applyLimit(form.elements.load, limitOf(state.px, 'loggedLoad'));
  applyLimit(form.elements.reps, limitOf(state.px, 'loggedReps'));
  const options = radios(form.querySelector('.options'), 'mode', choicesOf(state.px, 'effortKind'),
    { checked: state.mode, prefix: `mode-${index}` });
  for (const input of options.querySelectorAll('input')) input.addEventListener('change', () => { state.mode = input.value; render(); });
  if (x.next?.reason) {
    const adaptLine = form.querySelector('.adapt');
    adaptLine.hidden = false;
    adaptLine.textContent = x.next.reason;
  }
  form.addEventListener('submit', (event) => { event.preventDefault(); logSet(index, form); });
  return form;
}

function exerciseCard(x, index) {
  const unit = state.session.unit;
  const li = $('exercise-template').content.firstElementChild.cloneNode(true);
  li.dataset.exercise = x.exercise;
  li.classList.toggle('current', index === state.session.current);
  li.querySelector('.exercise-name').textContent = x.name;
  li.querySelector('.exercise-max').textContent = x.e1rm ? `e1RM ${num(x.e1rm)} ${unit} · rest ${Math.round(x.rest / 60 * 10) / 10} min` : 'No e1RM yet: log a set with its RIR, or enter it below.';
  const why = li.querySelector('.exercise-why');
  why.hidden = !x.loadReason;
  why.textContent = x.loadReason ?? '';
  const fatigue = li.querySelector('.exercise-fatigue');
  fatigue.hidden = !x.fatigueAdvice?.length;
  fatigue.replaceChildren(...(x.fatigueAdvice ?? []).map((text) => Object.assign(document.createElement('p'), { textContent: text })));
  const maxForm = li.querySelector('.max-form');
  maxForm.hidden = !!x.e1rm || index !== state.session.current;
  applyLimit(maxForm.querySelector('input'), limitOf(state.px, 'workingMax'));
  maxForm.addEventListener('submit', (event) => { event.preventDefault(); saveTypedMax(index, Number(maxForm.querySelector('input').value)); });
  const list = li.querySelector('.sets');
  const rows = Math.max(x.targets.length, x.sets.length);
  const current = index === state.session.current;
  for (let i = 0; i < rows; i++) {
    const row = setRow(x, x.targets[i], x.sets[i], unit, current && i === x.sets.length);
    if (current && i === x.sets.length) row.append(logForm(index));  // the form under the set it logs
    list.append(row);
  }
  if (!x.sets.some((s) => s.type !== 'warmup')) list.prepend(...warmupRows(state.px, x, unit));
  if (current && x.sets.length >= x.targets.length) li.append(logForm(index));
  if (!current) {
    const pick = Object.assign(document.createElement('button'), { type: 'button', className: 'button pick', textContent: x.sets.length ? 'Log more sets here' : 'Start this exercise' });
    pick.addEventListener('click', () => { state.session.current = index; render(); saveSession(); });
    li.append(pick);
  }
  if (!x.sets.length) li.append(swapPart(x, index));
  return li;
}

// "Swap" (an exercise with no set logged yet) opens the core's candidates under the card.
function swapPart(x, index) {
  if (state.swapping === index) {
    const canKeep = !!state.session.plan && index < (state.session.planLength ?? 0);
    return swapForm(state.px, x, { canKeep, onSwap: (id, keep) => swapExercise(index, id, keep),
      onCancel: () => { state.swapping = null; render(); } });
  }
  const open = Object.assign(document.createElement('button'), { type: 'button', className: 'button swap-open', textContent: 'Swap exercise' });
  open.setAttribute('aria-label', `Swap exercise: ${x.name}`);
  open.addEventListener('click', () => { state.swapping = index; render(); });
  return open;
}

// Exercise `index` of the session as the plan prepares it when `id` takes its place (the plan
// itself unchanged unless `plan` is the swapped one being kept): its own e1RM and loads.
async function preparedAs(index, id, plan) {
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

async function swapExercise(index, id, keep) {
  const s = state.session;
  const x = s.exercises[index];
  let kept = false;
  try {
    let plan = null;
    if (keep) {
      const record = await state.store.read(KEY.plan);
      plan = state.px.swapInPlan({ plan: record.value, week: s.plan.week, session: s.plan.session, index, exercise: id }).plan;
      const answer = await state.store.write(KEY.plan, plan, { baseRev: record.rev });
      if (!answer.ok) { fail(`Your plan was not changed (${answer.message ?? 'it changed elsewhere'}); the swap is for today only.`); plan = null; }
      kept = answer.ok;
    }
    const fresh = await preparedAs(index, id, plan);
    const next = fresh ? exerciseFromPrepared(fresh) : unplannedExercise(id);
    if (!next) return;
    next.supersetWithPrevious = x.supersetWithPrevious;
    s.exercises[index] = next;
    state.swapping = null;
    show(`${x.name} swapped for ${next.name}${kept ? ', in your plan too' : ' for today; your plan stays as it was'}.`);
    render();
    saveSession();
  } catch (error) {
    fail(`Not swapped: ${error.message}`);
  }
}

async function saveTypedMax(index, value) {
  const x = state.session.exercises[index];
  const profile = withMax(state.profile, x.exercise, value, 'typed');
  const saved = await saveProfile(state.store, state.px, profile, state.profileRev);
  if (!saved.ok) { fail(`Not saved: ${saved.message}.`); return; }
  state.profile = profile;
  state.profileRev = saved.rev;
  const fresh = await preparedAs(index, x.exercise);
  if (fresh) { x.targets = fresh.sets; x.equipment = fresh.equipment; }
  x.e1rm = value;
  render();
  saveSession();
}

function render() {
  const s = state.session;
  $('session').hidden = !s;
  $('start').hidden = !!s;
  document.querySelectorAll('[data-unit]').forEach((e) => { e.textContent = s?.unit ?? state.profile.unit; });
  timer.set(s?.rest ?? null, { vibrate: state.vibrate });
  if (!s) { $('today-title').textContent = 'Today'; return; }
  $('today-title').textContent = s.name;
  $('today-sub').textContent = s.plan ? `Week ${s.plan.week + 1}, session ${s.plan.session + 1} of your plan` : 'A session of your own';
  $('exercises').replaceChildren(...groupedCards(s, s.exercises.map(exerciseCard)));
  document.querySelector('.exercise.current .log-form')?.scrollIntoView({ block: 'nearest' });
}

async function renderStart() {
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

// ---- the profile form -----------------------------------------------------------------

function fillProfileForm() {
  const p = state.profile;
  // The option lists and their words are the core's (px.describe()).
  fillSelect($('p-unit'), choicesOf(state.px, 'unit'), { short: true });
  fillSelect($('p-status'), choicesOf(state.px, 'experience'));
  fillSelect($('p-safety'), choicesOf(state.px, 'safety'));
  $('p-unit').value = p.unit;
  $('p-status').value = p.status;
  $('p-safety').value = p.safety;
  applyLimit($('p-bar'), limitOf(state.px, 'barWeight'));
  applyLimit($('p-machine'), limitOf(state.px, 'stepWeight'));
  $('p-bar').value = p.equipment.barbell.bar;
  $('p-machine').value = p.equipment.machine.increment;
  $('p-vibrate').value = state.vibrate ? 'on' : 'off';
}

async function submitProfile(event) {
  event.preventDefault();
  const p = structuredClone(state.profile);
  const unitChanged = $('p-unit').value !== p.unit;
  p.unit = $('p-unit').value;
  p.status = $('p-status').value;
  p.safety = $('p-safety').value;
  if (unitChanged) delete p.equipment;  // the other unit's defaults
  else {
    p.equipment.barbell.bar = Number($('p-bar').value);
    p.equipment.machine.increment = Number($('p-machine').value);
  }
  const saved = await saveProfile(state.store, state.px, p, state.profileRev);
  state.vibrate = $('p-vibrate').value === 'on';
  await state.store.write(KEY.todaySettings, { vibrate: state.vibrate });
  if (!saved.ok) { $('profile-error').textContent = saved.reason === 'invalid' ? saved.message : `Not saved: ${saved.message}.`; return; }
  $('profile-error').textContent = '';
  ({ profile: state.profile, spotter: state.spotter } = state.px.readProfile({ profile: p }));
  state.profileRev = saved.rev;
  fillProfileForm();
  show('Profile saved.');
  if (!state.session) await renderStart();
  render();
}

// ---- start ---------------------------------------------------------------------------

const timer = restTimer({
  bar: $('rest'), left: $('rest-left'),
  onChange: (rest) => { if (state.session) { state.session.rest = rest; saveSession(); } },
});

async function main() {
  state.px = await loadProximity();
  state.store = await getStore();
  state.defaults = state.px.sessionDefaults({});
  state.formula = await lifterFormula(state.store);
  ({ profile: state.profile, spotter: state.spotter, rev: state.profileRev } = await loadProfile(state.store, state.px));
  state.vibrate = (await state.store.read(KEY.todaySettings))?.value?.vibrate ?? true;
  state.exercises = state.px.exercises({});
  $('add-exercise').replaceChildren(...state.exercises.map((e) => new Option(e.name, e.id)));
  fillProfileForm();
  bodyWeightLog({ px: state.px, store: state.store, profile: () => state.profile, rev: () => state.profileRev,
    saved: (profile, rev) => { state.profile = profile; state.profileRev = rev; } });
  $('start-plan').addEventListener('click', () => startPlanned().catch(() => fail('The saved plan cannot be used here: open it in the planner, which shows what to fix.')));
  $('start-empty').addEventListener('click', () => startEmpty());
  $('add-button').addEventListener('click', addExercise);
  $('finish').addEventListener('click', () => finish());
  $('discard').addEventListener('click', () => discard());
  $('rest-minus').addEventListener('click', () => timer.adjust(-15));
  $('rest-plus').addEventListener('click', () => timer.adjust(15));
  $('rest-skip').addEventListener('click', () => timer.stop());
  $('profile-form').addEventListener('submit', submitProfile);
  state.store.subscribe(async ({ key, local }) => {
    if (local) return;
    if (key === KEY.session) adoptSession(await state.store.read(KEY.session));
    if (key === KEY.profile) ({ profile: state.profile, spotter: state.spotter, rev: state.profileRev } = await loadProfile(state.store, state.px));
  });
  adoptSession(await state.store.read(KEY.session));
  if (state.session) show('Your workout in progress is back where you left it.');
  await renderStart();
  document.body.dataset.ready = 'true';
}

main().catch((error) => fail(`Proximity could not start: ${error.message}`));
