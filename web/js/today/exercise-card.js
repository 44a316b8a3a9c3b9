// One exercise of the session: its sets as the core prepared them, the log form under the
// next set, the warm-up ramp, the typed e1RM and the swap.
import { $ } from '../lib/dom.js';
import { applyLimit, choicesOf, labelOf, limitOf, radios } from '../lib/choices.js';
import { saveProfile, withMax } from '../lib/profile.js';
import { SET_TYPE_LABELS, effortText, loggedText, num, perSideText } from './format.js';
import { warmupRows } from './warmup-rows.js';
import { swapForm } from './swap.js';
import { KEY } from '../lib/store-keys.js';
import { state, show, fail, view } from './state.js';
import { saveSession } from './session-record.js';
import { exerciseFromPrepared, unplannedExercise, preparedAs } from './start.js';
import { logSet } from './log-set.js';

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
  for (const input of options.querySelectorAll('input')) input.addEventListener('change', () => { state.mode = input.value; view.render(); });
  if (x.next?.reason) {
    const adaptLine = form.querySelector('.adapt');
    adaptLine.hidden = false;
    adaptLine.textContent = x.next.reason;
  }
  form.addEventListener('submit', (event) => { event.preventDefault(); logSet(index, form); });
  return form;
}

export function exerciseCard(x, index) {
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
  const ramp = state.warmups.ramp(x, unit);
  if (!x.sets.some((s) => s.type !== 'warmup')) list.prepend(...warmupRows(ramp, unit));
  if (ramp?.canRamp) list.after(state.warmups.disclosure(x, unit, ramp));
  if (current && x.sets.length >= x.targets.length) li.append(logForm(index));
  if (!current) {
    const pick = Object.assign(document.createElement('button'), { type: 'button', className: 'button pick', textContent: x.sets.length ? 'Log more sets here' : 'Start this exercise' });
    pick.addEventListener('click', () => { state.session.current = index; view.render(); saveSession(); });
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
      onCancel: () => { state.swapping = null; view.render(); } });
  }
  const open = Object.assign(document.createElement('button'), { type: 'button', className: 'button swap-open', textContent: 'Swap exercise' });
  open.setAttribute('aria-label', `Swap exercise: ${x.name}`);
  open.addEventListener('click', () => { state.swapping = index; view.render(); });
  return open;
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
    view.render();
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
  view.render();
  saveSession();
}
