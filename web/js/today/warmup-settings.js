// @ts-check
// The lifter's warm-up choice per exercise, kept in the store record "warmups"
// ({version: 1, exercises: {<exercise id>: {mode, steps?}}}): no warm-up sets, the usual
// ramp, or their own steps (percent of the working load x reps). Nothing chosen means the
// exercise's own default, which the core decides (isolation and bodyweight lifts: none).
// Edited on Today in a small "Warm-up settings" disclosure under each exercise's sets; the
// core checks a choice (px.warmupRamp with it) before it is written, a refused value is
// said beside its input and nothing is saved. The choices, their labels and the limits
// (steps, percent, reps) come from px.describe().
//
//   const warmups = await warmupSettings({ px, store, changed: render });
//   const ramp = warmups.ramp(x, unit);            // px.warmupRamp's answer, or null
//   list.after(warmups.disclosure(x, unit, ramp));  // only when ramp?.canRamp
import { applyLimit, choicesOf, limitOf, radios } from '../lib/choices.js';
import { el } from '../lib/dom.js';
import { fieldErrors } from '../lib/field-errors.js';
import { KEY } from '../lib/store-keys.js';


const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The first working set's load of exercise `x` (the one a ramp climbs to), or null. */
function workingLoad(x) {
  if (x.targets.some((t) => t.warmup)) return null;  // the plan sets its own warm-ups
  return x.targets.find((t) => !t.warmup && t.rounded?.load > 0)?.rounded.load ?? null;
}

export async function warmupSettings({ px, store, changed }) {
  let saved = { version: 1, exercises: {} };
  let rev = 0;
  const open = new Set();        // exercises whose disclosure is open (kept across renders)
  const drafts = new Map();      // exercise -> the choice being edited, not saved yet

  async function load() {
    const record = await store.read(KEY.warmups);
    if (record && !(isPlainObject(record.value) && isPlainObject(record.value.exercises))) {
      await store.setAside(KEY.warmups, 'The saved warm-up settings could not be read.');
      saved = { version: 1, exercises: {} };
      rev = 0;
      return;
    }
    saved = record?.value ?? { version: 1, exercises: {} };
    rev = record?.rev ?? 0;
  }
  await load();
  store.subscribe(({ key, cause, local }) => {
    if (local || (key !== KEY.warmups && cause !== 'import')) return;
    load().then(changed);
  });

  const choiceOf = (id) => drafts.get(id) ?? saved.exercises[id] ?? null;

  /** The core's ramp for exercise `x` with the lifter's saved choice (null: no working load). */
  function ramp(x, unit, choice = saved.exercises[x.exercise]) {
    const load = workingLoad(x);
    if (load === null) return null;
    const input = { exercise: x.exercise, load, unit, ...(x.equipment ? { equipment: x.equipment } : {}), ...(choice ?? {}) };
    try {
      return px.warmupRamp(input);
    } catch {
      // A saved choice the core no longer takes: the exercise's default, and the choice
      // stays saved for the lifter to see and change.
      try { return choice ? px.warmupRamp({ ...input, mode: 'auto', steps: undefined }) : null; } catch { return null; }
    }
  }

  async function save(id, choice) {
    const next = { version: 1, exercises: { ...saved.exercises, [id]: choice } };
    const answer = await store.write(KEY.warmups, next, { baseRev: rev });
    if (answer.ok) { saved = next; rev = answer.rev; }
    else if (answer.reason === 'conflict') { await load(); }
    return answer;
  }

  /** The "Warm-up settings" disclosure of exercise `x` (whose ramp the core answered). */
  function disclosure(x, unit, shown) {
    const id = x.exercise;
    const draft = choiceOf(id) ?? { mode: shown.mode, steps: shown.steps };
    const steps = (draft.steps?.length ? draft.steps : shown.steps.length ? shown.steps : shown.defaultSteps).map((s) => ({ ...s }));
    const mode = draft.mode === 'auto' ? shown.autoMode : draft.mode ?? shown.mode;
    const prefix = `warmup-${id}`;

    const details = el('details', { class: 'warmup-settings' });
    details.open = open.has(id);
    details.addEventListener('toggle', () => { if (details.open) open.add(id); else open.delete(id); });
    const autoLabel = choicesOf(px, 'warmupMode').find((c) => c.value === shown.autoMode)?.label ?? '';
    const modes = radios(el('div', { class: 'warmup-modes' }), `${prefix}-mode`, choicesOf(px, 'warmupMode'), { short: false, checked: mode, prefix });
    const fieldset = el('fieldset', {}, el('legend', { text: `Warm-up for ${x.name}` }), modes);
    const hint = el('p', { class: 'hint', text: `Without a choice: ${autoLabel.toLowerCase()}.` });
    const list = el('ol', { class: 'warmup-steps' });
    const addStep = el('button', { type: 'button', class: 'button', text: 'Add a step' });
    const stepsPart = el('div', { class: 'warmup-steps-part' }, list, addStep);
    const problem = el('p', { class: 'field-error', role: 'alert' });
    const saveButton = el('button', { type: 'button', class: 'button primary', text: 'Save warm-up' });
    const limits = { steps: limitOf(px, 'warmupSteps'), percent: limitOf(px, 'warmupPercent'), reps: limitOf(px, 'warmupReps') };

    const inputs = [];  // [{percent, reps}] inputs, by step
    const errors = fieldErrors({
      find: (field) => {
        const m = /^steps\[(\d+)\]\.(percent|reps)$/.exec(field);
        if (m) return { input: inputs[Number(m[1])]?.[m[2]], note: problem, label: m[2] === 'percent' ? 'Percent' : 'Reps' };
        return field === 'steps' ? { note: problem } : null;
      },
      fallback: problem,
    });

    const current = () => /** @type {HTMLInputElement} */ (modes.querySelector('input:checked'))?.value ?? mode;
    const chosen = () => {
      const m = current();
      const typed = inputs.map((i) => ({ percent: Number(i.percent.value), reps: Number(i.reps.value) }));
      return m === 'custom' ? { mode: m, steps: typed } : { mode: m };
    };
    const remember = () => { drafts.set(id, chosen()); errors.clear(); };

    function showSteps() {
      inputs.length = 0;
      list.replaceChildren(...steps.map((s, i) => {
        const percent = applyLimit(el('input', { type: 'number', inputmode: 'decimal', id: `${prefix}-p${i}`, value: String(s.percent) }), limits.percent);
        const reps = applyLimit(el('input', { type: 'number', inputmode: 'numeric', id: `${prefix}-r${i}`, value: String(s.reps) }), limits.reps);
        percent.addEventListener('input', () => { s.percent = Number(percent.value); remember(); });
        reps.addEventListener('input', () => { s.reps = Number(reps.value); remember(); });
        inputs.push({ percent, reps });
        const remove = el('button', { type: 'button', class: 'button', text: 'Remove' });
        remove.setAttribute('aria-label', `Remove warm-up step ${i + 1}`);
        remove.disabled = steps.length <= limits.steps.min;
        remove.addEventListener('click', () => { steps.splice(i, 1); showSteps(); remember(); });
        return el('li', {},
          el('label', { for: percent.id, text: `Step ${i + 1}: % of the working load` }), percent,
          el('label', { for: reps.id, text: 'reps' }), reps, remove);
      }));
      addStep.disabled = steps.length >= limits.steps.max;
      stepsPart.hidden = current() !== 'custom';
    }
    addStep.addEventListener('click', () => {
      const last = steps.at(-1) ?? shown.defaultSteps[0];
      steps.push({ percent: Math.min(last.percent + 10, limits.percent.max), reps: Math.max(last.reps - 1, limits.reps.min) });
      showSteps();
      remember();
    });
    modes.addEventListener('change', () => { stepsPart.hidden = current() !== 'custom'; errors.clear(); remember(); });

    saveButton.addEventListener('click', async () => {
      errors.clear();
      const choice = chosen();
      try {
        px.warmupRamp({ exercise: id, load: workingLoad(x), unit, ...(x.equipment ? { equipment: x.equipment } : {}), ...choice });
      } catch (/** @type {any} */ error) {
        errors.show(error);
        return;
      }
      const answer = await save(id, choice);
      if (!answer.ok) {
        problem.textContent = answer.reason === 'conflict'
          ? 'Not saved: your warm-up settings were changed in another tab; they are shown now. Choose again.'
          : `Not saved: ${answer.message}.`;
        drafts.delete(id);
        if (answer.reason === 'conflict') changed();
        return;
      }
      drafts.delete(id);
      changed();
    });

    showSteps();
    details.append(el('summary', { text: 'Warm-up settings' }), fieldset, hint, stepsPart, problem, saveButton);
    return details;
  }

  return { ramp, disclosure };
}
