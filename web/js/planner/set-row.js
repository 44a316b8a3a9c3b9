// One set of the editor: reps, effort (RIR or failure), a technique for a set to
// failure, warm-up, a fixed load; and the places the core's answer for it is drawn
// (its failure-advice badge and its load from the lifter profile).
import { el } from '../lib/dom.js';
import { inputNumber } from '../lib/input-number.js';
import { state, drawn, addressKey, errorField } from './state.js';
import { evaluateNow, scheduleEvaluate, weekReshaped } from './controller.js';

// The efforts a set can be planned at: failure, RIR 0-6 in half reps, then 7, 8 and 10.
const EFFORTS = ['failure', ...Array.from({ length: 13 }, (_, i) => String(i / 2)), '7', '8', '10'];

export function newSet(from) {
  if (from) {
    const copy = { ...from };
    delete copy.warmup;
    return copy;
  }
  return { reps: 10, rir: 2 };
}

export function setRow(x, set, address) {
  const { session: s, exercise: xi, set: k } = address;
  const li = document.createElement('li');
  li.className = 'pl-set';
  const what = `session ${s + 1}, exercise ${xi + 1}, set ${k + 1}`;
  const field = (name) => errorField(address, name);

  const [minReps, maxReps] = state.defaults.limits.reps;
  const reps = el('input', { type: 'number', inputmode: 'numeric', min: minReps, max: maxReps, step: 1, value: set.reps,
    'aria-label': `Reps, ${what}` });
  drawn.inputs.set(field('reps'), reps);
  reps.addEventListener('input', () => { set.reps = reps.value === '' ? '' : Number(reps.value); scheduleEvaluate(); });

  const effort = document.createElement('select');
  effort.setAttribute('aria-label', `Effort, ${what}`);
  for (const e of EFFORTS) effort.appendChild(new Option(e === 'failure' ? 'Failure' : `RIR ${e}`, e));
  effort.value = set.failure ? 'failure' : String(set.rir);
  drawn.inputs.set(field('rir'), effort);

  const technique = document.createElement('select');
  technique.setAttribute('aria-label', `Technique, ${what}`);
  technique.appendChild(new Option('straight set', ''));
  for (const t of state.defaults.words.techniques) technique.appendChild(new Option(t.label.toLowerCase(), t.id));
  technique.value = set.technique ?? '';
  technique.hidden = !set.failure;
  drawn.inputs.set(field('technique'), technique);
  technique.addEventListener('change', () => {
    if (technique.value) set.technique = technique.value; else delete set.technique;
    evaluateNow();
  });

  const warmup = document.createElement('label');
  warmup.className = 'pl-warmup';
  const warmupBox = document.createElement('input');
  warmupBox.type = 'checkbox';
  warmupBox.checked = !!set.warmup;
  drawn.inputs.set(field('warmup'), warmupBox);
  warmupBox.addEventListener('change', () => {
    if (warmupBox.checked) {
      set.warmup = true;
      if (set.failure) { delete set.failure; delete set.technique; set.rir = 5; effort.value = '5'; technique.hidden = true; }
    } else delete set.warmup;
    evaluateNow();
  });
  warmup.append(warmupBox, document.createTextNode(' warm-up'));
  warmup.setAttribute('title', 'A warm-up set: not a hard set, no fatigue cost');

  effort.addEventListener('change', () => {
    if (effort.value === 'failure') {
      set.failure = true;
      delete set.rir;
      delete set.warmup;
      warmupBox.checked = false;
    } else {
      delete set.failure;
      delete set.technique;
      set.rir = Number(effort.value);
    }
    technique.hidden = !set.failure;
    technique.value = set.technique ?? '';
    evaluateNow();
  });

  const badge = document.createElement('span');
  badge.className = 'pl-badge';

  const n = document.createElement('span');
  n.className = 'pl-set-n';
  n.textContent = String(k + 1);
  n.setAttribute('aria-hidden', 'true');

  const repsLabel = document.createElement('span');
  repsLabel.className = 'pl-unit';
  repsLabel.textContent = 'reps';
  repsLabel.setAttribute('aria-hidden', 'true');

  const removeWords = `Remove set ${k + 1} of exercise ${xi + 1}, session ${s + 1}`;
  const remove = el('button', { type: 'button', class: 'pl-icon', title: removeWords, 'aria-label': removeWords, onclick: () => {
    x.sets.splice(k, 1);
    weekReshaped();
  } }, '✕');
  remove.disabled = x.sets.length <= 1;

  const meta = document.createElement('div');
  meta.className = 'pl-set-meta';
  const load = document.createElement('span');
  load.className = 'pl-load';
  // A fixed load for this set (empty: from the lifter's e1RM, see results.js).
  const [minLoad, maxLoad] = state.defaults.limits.fields.load;
  const fixed = el('input', { type: 'number', inputmode: 'decimal', min: minLoad, max: maxLoad, step: 'any', value: set.load ?? '',
    class: 'pl-fixed', 'aria-label': `Fixed load, ${what}` });
  fixed.placeholder = 'fixed';
  drawn.inputs.set(field('load'), fixed);
  fixed.addEventListener('input', () => {
    const load = inputNumber(fixed);
    if (load === undefined) delete set.load; else set.load = load;
    scheduleEvaluate();
  });
  drawn.sets.set(addressKey(address), { badge, load });
  meta.append(badge, load, fixed, technique, warmup);
  li.append(n, reps, repsLabel, effort, meta, remove);
  return li;
}
