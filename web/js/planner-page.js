// The planner page: edits a plan document (the exchange format of px.importPlan /
// px.exportPlan), asks the core to evaluate it after every change, and draws what the
// core answers. Nothing here computes a training figure.
//
// Storage (./lib/store.js): the last valid plan is the record "plan". It is written only
// after the core has accepted the plan, so a bad import, a bad shared link or a half-typed
// number never replaces it; an edit the core refuses is kept as the draft "plan.draft" and
// comes back on the next visit. Each write names the revision it was based on: when another
// tab (or an import) changed the plan meanwhile, the person chooses which version to keep.
import { loadProximity } from './proximity.js';
import { getStore } from './lib/store.js';
import { loadProfile } from './lib/profile.js';
import { markUnsaved, clearUnsaved } from './lib/unsaved.js';
import { planFragment, planFromFragment } from './plan-link.js';
import { readableError } from './lib/plan-path.js';
import { fmtPercent, renderBudgetChart, renderMuscleBars, renderReadinessChart } from './planner-charts.js';

const PLAN_KEY = 'plan';
const DRAFT_KEY = 'plan.draft';
const $ = (id) => document.getElementById(id);

const VERDICT_SHORT = { failure: 'to failure', 'near-failure': 'near failure', 'stop-short': 'stop short', 'no-failure': 'no failure' };
const EFFORTS = ['failure', ...Array.from({ length: 13 }, (_, i) => String(i / 2)), '7', '8', '10'];
const TECHNIQUES = [['', 'straight set'], ['dropSet', 'drop set'], ['restPause', 'rest-pause'], ['myoReps', 'myo-reps'], ['forcedReps', 'forced reps']];

const state = {
  px: null,
  plan: null,          // the plan being edited (a plan document)
  week: 0,             // the week shown
  evaluation: null,    // the core's last answer for `plan`
  shared: false,       // opened from a link and not saved yet
  undo: null,          // the plan before the last generate/import
  exercises: [],
  muscleNames: {},
  templates: [],
  store: null,
  rev: 0,              // revision of the saved plan this tab's edits build on
  savedText: null,     // the plan as saved (JSON), to skip writes that change nothing
  dirty: false,        // an edit not saved yet (refused by the core, or the write failed)
  draft: false,        // a draft is in the store
  protect: false,      // an unreadable saved plan could not be set aside: never write over it
};

let evaluateTimer = 0;

// ---------------------------------------------------------------- storage and status

let saving = Promise.resolve();  // writes run one after the other, each on the last revision
let savedMessage = 'Saved on this device.';
// Says `message` once the pending save has succeeded (a failed save says why instead).
function savedStatus(message) {
  savedMessage = message;
  queue(() => { savedMessage = 'Saved on this device.'; });
}
const queue = (job) => { saving = saving.then(job, job); return saving; };

function save() {
  if (state.shared) return;
  const text = JSON.stringify(state.plan);
  queue(async () => {
    if (state.protect) { setStatus('Not saved: your unreadable saved plan is protected until it can be kept aside.'); return; }
    if (text === state.savedText) { if (state.draft) await dropDraft(); setStatus(savedMessage); return; }
    const answer = await state.store.write(PLAN_KEY, JSON.parse(text), { baseRev: state.rev });
    if (answer.ok) {
      state.rev = answer.rev;
      state.savedText = text;
      await dropDraft();
      setStatus(savedMessage);
    } else if (answer.reason === 'conflict') {
      askWhichVersion(answer.current);
    } else {
      keepDraft();
      setStatus(`Not saved: ${answer.message}. Your plan as last saved is unchanged.`);
    }
  });
}

// An edit that cannot be saved yet stays in the store as a draft (and the page counts as unsaved).
function keepDraft() {
  if (state.shared) return;
  state.dirty = true;
  const draft = { plan: JSON.parse(JSON.stringify(state.plan)), baseRev: state.rev };
  const written = queue(async () => { if ((await state.store.write(DRAFT_KEY, draft)).ok) state.draft = true; });
  markUnsaved('plan', () => written);
}

async function dropDraft() {
  state.dirty = false;
  clearUnsaved('plan');
  if (!state.draft) return;
  if ((await state.store.remove(DRAFT_KEY)).ok) state.draft = false;
}

// The saved plan changed under this tab: the person picks which version stays.
function askWhichVersion(current) {
  state.conflict = current;
  markUnsaved('plan');
  $('conflict').hidden = false;
  setStatus('Not saved yet: choose which version to keep.');
}

function resolveConflict(keepMine) {
  const current = state.conflict;
  state.conflict = null;
  $('conflict').hidden = true;
  if (keepMine || !current) {
    state.rev = current?.rev ?? 0;
    state.savedText = null;
    save();
  } else {
    adoptSaved(current);
    setStatus('Showing the other version; it is the saved plan.');
  }
}

// Shows the saved record (another tab's or an import's) instead of this tab's plan.
function adoptSaved(record) {
  clearUnsaved('plan');
  state.dirty = false;
  queue(() => dropDraft());
  setPlan(planFromRecord(record) ?? generate({ template: 'upperLower', weeks: 4, name: 'My block' }), { week: state.week });
}

function planFromRecord(record) {
  if (!record) { state.rev = 0; state.savedText = null; return null; }
  const plan = state.px.importPlan({ text: JSON.stringify(record.value) });
  state.rev = record.rev;
  state.savedText = JSON.stringify(plan);
  return plan;
}

async function followChanges({ key, cause, local }) {
  if (state.shared || (cause !== 'import' && (key !== PLAN_KEY || local))) return;
  const record = await state.store.read(PLAN_KEY);
  if ((record?.rev ?? 0) === state.rev && cause !== 'import') return;
  if (state.dirty || state.conflict) { askWhichVersion(record); return; }
  try {
    adoptSaved(record);
    notice(cause === 'import' ? 'The imported plan is shown.' : 'This plan was changed in another tab; it now shows that version.');
  } catch (error) {
    notice(`The plan saved elsewhere could not be read (${error.message}); this tab keeps its own.`);
  }
}

function setStatus(message) { $('status').textContent = message; }

// Messages about loading a plan (import, link, storage); they stay until the next one.
function notice(message) { $('notice').textContent = message; }

function showError(error) {
  document.querySelectorAll('[aria-invalid="true"]').forEach((el) => el.removeAttribute('aria-invalid'));
  $('plan-error').textContent = error ? error.message : '';
  if (!error?.field) return;
  const input = document.querySelector(`[data-path="${CSS.escape(error.field)}"]`);
  if (input) input.setAttribute('aria-invalid', 'true');
}

// ---------------------------------------------------------------- evaluation

function evaluateNow() {
  clearTimeout(evaluateTimer);
  try {
    state.evaluation = state.px.evaluatePlan(state.plan);
    state.loads = state.profile ? state.px.planLoads({ plan: state.plan, profile: state.profile }) : null;
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

function scheduleEvaluate() {
  state.dirty = true;
  clearTimeout(evaluateTimer);
  evaluateTimer = setTimeout(evaluateNow, 150);
}

// ---------------------------------------------------------------- replacing the whole plan

function setPlan(plan, { keepUndo = false, week = 0 } = {}) {
  if (keepUndo && state.plan) {
    state.undo = JSON.stringify(state.plan);
    $('undo').hidden = false;
  }
  state.plan = plan;
  state.week = Math.min(week, plan.weeks.length - 1);
  renderAll();
}

function generate(options) {
  return state.px.generateMesocycle(options);
}

// ---------------------------------------------------------------- editing helpers

const weekOf = () => state.plan.weeks[state.week];

function setPath(obj, path, value) {
  const keys = path.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) o = o[k] ??= {};
  if (value === undefined) delete o[keys.at(-1)];
  else o[keys.at(-1)] = value;
}

function getPath(obj, path) {
  return path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

function newSet(from) {
  if (from) {
    const copy = { ...from };
    delete copy.warmup;
    return copy;
  }
  return { reps: 10, rir: 2 };
}

function exerciseOptions() {
  const fragment = document.createDocumentFragment();
  const groups = new Map();
  for (const e of state.exercises) {
    const muscle = e.primary[0];
    if (!groups.has(muscle)) groups.set(muscle, []);
    groups.get(muscle).push(e);
  }
  for (const [muscle, list] of groups) {
    const group = document.createElement('optgroup');
    group.label = state.muscleNames[muscle] ?? muscle;
    for (const e of list) group.appendChild(new Option(e.name, e.id));
    fragment.appendChild(group);
  }
  return fragment;
}

let exerciseOptionsCache = null;

// ---------------------------------------------------------------- rendering: plan and weeks

function renderAll() {
  $('plan-name').value = state.plan.name ?? '';
  renderWeekTabs();
  renderWeek();
  renderSettings();
  evaluateNow();
}

function renderWeekTabs() {
  const tabs = $('week-tabs');
  tabs.replaceChildren();
  state.plan.weeks.forEach((w, i) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'pl-tab';
    if (i === state.week) b.setAttribute('aria-current', 'true');
    b.setAttribute('aria-label', `Week ${i + 1}${w.label ? `: ${w.label}` : ''}`);
    b.dataset.week = String(i);
    b.textContent = w.phase === 'deload' ? `${i + 1} · deload` : String(i + 1);
    b.title = w.label || `Week ${i + 1}`;
    b.addEventListener('click', () => selectWeek(i));
    tabs.appendChild(b);
  });
  $('remove-week').disabled = state.plan.weeks.length <= 1;
}

function selectWeek(i) {
  state.week = i;
  renderWeekTabs();
  renderWeek();
  if (state.evaluation) renderResults();
}

function renderWeek() {
  const week = weekOf();
  $('week-label').value = week.label ?? '';
  $('week-label').dataset.path = `weeks[${state.week}].label`;
  $('week-phase').value = week.phase ?? 'normal';
  const container = $('sessions');
  container.replaceChildren();
  week.sessions.forEach((session, s) => container.appendChild(sessionElement(session, s)));
  if (!week.sessions.length) {
    const p = document.createElement('p');
    p.className = 'hint';
    p.textContent = 'No sessions this week (a rest week). Add one below.';
    container.appendChild(p);
  }
}

function sessionElement(session, s) {
  const base = `weeks[${state.week}].sessions[${s}]`;
  const el = $('session-template').content.firstElementChild.cloneNode(true);
  el.dataset.session = String(s);
  const name = el.querySelector('[data-role="name"]');
  const nameId = `session-${s}-name`, dayId = `session-${s}-day`;
  name.id = nameId;
  el.querySelector('[data-role="name-label"]').htmlFor = nameId;
  el.querySelector('[data-role="name-label"]').textContent = `Session ${s + 1}`;
  name.value = session.name;
  name.dataset.path = `${base}.name`;
  name.addEventListener('input', () => { session.name = name.value; scheduleEvaluate(); });
  const day = el.querySelector('[data-role="day"]');
  day.id = dayId;
  el.querySelector('[data-role="day-label"]').htmlFor = dayId;
  day.value = String(session.day ?? 0);
  day.addEventListener('change', () => {
    if (day.value === '0') delete session.day; else session.day = Number(day.value);
    evaluateNow();
  });
  const list = el.querySelector('[data-role="exercises"]');
  session.exercises.forEach((x, xi) => list.appendChild(exerciseElement(session, x, s, xi)));
  el.querySelector('[data-action="add-exercise"]').addEventListener('click', () => {
    const last = session.exercises.at(-1);
    session.exercises.push({ exercise: last?.exercise ?? state.exercises[0].id, sets: [newSet(), newSet(), newSet()] });
    renderWeek();
    evaluateNow();
  });
  el.querySelector('[data-action="remove-session"]').addEventListener('click', () => {
    weekOf().sessions.splice(s, 1);
    renderWeek();
    evaluateNow();
  });
  return el;
}

function exerciseElement(session, x, s, xi) {
  const base = `weeks[${state.week}].sessions[${s}].exercises[${xi}]`;
  const li = document.createElement('li');
  li.className = 'pl-exercise';
  const head = document.createElement('div');
  head.className = 'pl-ex-head';
  const select = document.createElement('select');
  select.id = `ex-${s}-${xi}`;
  select.dataset.path = `${base}.exercise`;
  select.setAttribute('aria-label', `Session ${s + 1}, exercise ${xi + 1}`);
  exerciseOptionsCache ??= exerciseOptions();
  select.appendChild(exerciseOptionsCache.cloneNode(true));
  select.value = x.exercise;
  select.addEventListener('change', () => { x.exercise = select.value; evaluateNow(); });
  const cost = document.createElement('span');
  cost.className = 'pl-ex-cost';
  cost.dataset.cost = base;
  const remove = iconButton('✕', `Remove exercise ${xi + 1} of session ${s + 1}`, () => {
    session.exercises.splice(xi, 1);
    renderWeek();
    evaluateNow();
  });
  head.append(select, remove);
  const sets = document.createElement('ol');
  sets.className = 'pl-sets';
  x.sets.forEach((set, k) => sets.appendChild(setElement(x, set, `${base}.sets[${k}]`, k, s, xi)));
  const add = document.createElement('button');
  add.type = 'button';
  add.className = 'button pl-add-set';
  add.textContent = 'Add set';
  add.addEventListener('click', () => {
    x.sets.push(newSet(x.sets.at(-1)));
    renderWeek();
    evaluateNow();
  });
  const foot = document.createElement('div');
  foot.className = 'pl-ex-foot';
  foot.append(add, cost);
  li.append(head, sets, foot);
  return li;
}

function numberInput({ min, max, step, mode, value, path, label }) {
  const input = document.createElement('input');
  Object.assign(input, { type: 'number', inputMode: mode, min: String(min), max: String(max), step: String(step), value: String(value) });
  input.dataset.path = path;
  input.setAttribute('aria-label', label);
  return input;
}

function iconButton(label, description, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'pl-icon';
  b.textContent = label;
  b.setAttribute('aria-label', description);
  b.title = description;
  b.addEventListener('click', onClick);
  return b;
}

function setElement(x, set, path, k, s, xi) {
  const li = document.createElement('li');
  li.className = 'pl-set';
  const what = `session ${s + 1}, exercise ${xi + 1}, set ${k + 1}`;

  const reps = numberInput({ min: 1, max: 50, step: 1, mode: 'numeric', value: set.reps, path: `${path}.reps`, label: `Reps, ${what}` });
  reps.addEventListener('input', () => { set.reps = reps.value === '' ? '' : Number(reps.value); scheduleEvaluate(); });

  const effort = document.createElement('select');
  effort.dataset.path = `${path}.rir`;
  effort.setAttribute('aria-label', `Effort, ${what}`);
  for (const e of EFFORTS) effort.appendChild(new Option(e === 'failure' ? 'Failure' : `RIR ${e}`, e));
  effort.value = set.failure ? 'failure' : String(set.rir);

  const technique = document.createElement('select');
  technique.dataset.path = `${path}.technique`;
  technique.setAttribute('aria-label', `Technique, ${what}`);
  for (const [id, name] of TECHNIQUES) technique.appendChild(new Option(name, id));
  technique.value = set.technique ?? '';
  technique.hidden = !set.failure;
  technique.addEventListener('change', () => {
    if (technique.value) set.technique = technique.value; else delete set.technique;
    evaluateNow();
  });

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

  const warmup = document.createElement('label');
  warmup.className = 'pl-warmup';
  const warmupBox = document.createElement('input');
  warmupBox.type = 'checkbox';
  warmupBox.checked = !!set.warmup;
  warmupBox.dataset.path = `${path}.warmup`;
  warmupBox.addEventListener('change', () => {
    if (warmupBox.checked) {
      set.warmup = true;
      if (set.failure) { delete set.failure; delete set.technique; set.rir = 5; effort.value = '5'; technique.hidden = true; }
    } else delete set.warmup;
    evaluateNow();
  });
  warmup.append(warmupBox, document.createTextNode(' warm-up'));
  warmup.setAttribute('title', 'A warm-up set: not a hard set, no fatigue cost');

  const badge = document.createElement('span');
  badge.className = 'pl-badge';
  badge.dataset.badge = path;

  const n = document.createElement('span');
  n.className = 'pl-set-n';
  n.textContent = String(k + 1);
  n.setAttribute('aria-hidden', 'true');

  const repsLabel = document.createElement('span');
  repsLabel.className = 'pl-unit';
  repsLabel.textContent = 'reps';
  repsLabel.setAttribute('aria-hidden', 'true');

  const remove = iconButton('✕', `Remove set ${k + 1} of exercise ${xi + 1}, session ${s + 1}`, () => {
    x.sets.splice(k, 1);
    renderWeek();
    evaluateNow();
  });
  remove.disabled = x.sets.length <= 1;

  const meta = document.createElement('div');
  meta.className = 'pl-set-meta';
  const load = document.createElement('span');
  load.className = 'pl-load';
  load.dataset.load = path;
  // A fixed load for this set (empty: from the lifter's e1RM, see renderLoads).
  const fixed = numberInput({ min: 0, max: 10000, step: 'any', mode: 'decimal', value: set.load ?? '', path: `${path}.load`, label: `Fixed load, ${what}` });
  fixed.className = 'pl-fixed';
  fixed.placeholder = 'fixed';
  fixed.addEventListener('input', () => {
    if (fixed.value === '') delete set.load; else set.load = Number(fixed.value);
    scheduleEvaluate();
  });
  meta.append(badge, load, fixed, technique, warmup);
  li.append(n, reps, repsLabel, effort, meta, remove);
  return li;
}

// ---------------------------------------------------------------- rendering: results

function renderResults() {
  const ev = state.evaluation;
  if (!ev) return;
  const w = Math.min(state.week, ev.weeks.length - 1);
  const week = ev.weeks[w];
  renderMuscleBars($('muscle-bars'), week, ev.landmarks, state.muscleNames, $('show-all-muscles').checked);
  renderBudgetChart($('budget-chart'), ev, w, selectWeek);
  renderReadinessChart($('readiness-chart'), ev);
  $('budget-summary').textContent =
    `Week ${w + 1} uses ${Math.round(week.fatigue.ratio * 100)}\u00a0% of its weekly fatigue budget (${week.fatigue.status}). ` +
    'Sets closer to failure and heavy compound lifts use more of it than easy isolation sets.';
  const low = ev.simulation.lowest, end = ev.simulation.final;
  $('readiness-summary').textContent =
    `Lowest ${fmtPercent(low.percent)} on day ${low.day + 1} (week ${Math.floor(low.day / 7) + 1}); ` +
    `${fmtPercent(end.percent)} the morning after the block.`;
  renderSessionNumbers(w);
  renderAdvice(ev, w);
  renderLoads(w);
}

// Each set's prescribed load from the lifter profile (px.planLoads), rounded to their equipment.
function renderLoads(w) {
  const sessions = state.loads?.weeks[w]?.sessions ?? [];
  for (const el of document.querySelectorAll('[data-load]')) {
    const m = /sessions\[(\d+)\]\.exercises\[(\d+)\]\.sets\[(\d+)\]/.exec(el.dataset.load);
    const l = m && sessions[m[1]]?.exercises[m[2]]?.sets[m[3]];
    el.textContent = l ? `${l.load} ${state.loads.unit}${l.percent ? ` · ${Math.round(l.percent)}%` : ''}` : '';
  }
}

function renderSessionNumbers(w) {
  const ev = state.evaluation.weeks[w];
  const contradictions = new Map(state.evaluation.contradictions.map((c) => [c.path, c]));
  document.querySelectorAll('#sessions .pl-session').forEach((el) => {
    const s = Number(el.dataset.session);
    const se = ev.sessions[s];
    if (!se) return;
    const direct = Object.keys(state.muscleNames).filter((m) => se.hardSets[m])
      .map((m) => `${state.muscleNames[m]} ${Math.round(se.hardSets[m] * 10) / 10}`).join(', ');
    el.querySelector('[data-role="cost"]').textContent =
      `${se.dayName} · fatigue ${se.cost.toFixed(1)}${direct ? ` · hard sets: ${direct}` : ''}`;
  });
  document.querySelectorAll('#sessions [data-cost]').forEach((el) => {
    const m = el.dataset.cost.match(/sessions\[(\d+)\]\.exercises\[(\d+)\]/);
    const xe = ev.sessions[Number(m[1])]?.exercises[Number(m[2])];
    el.textContent = xe ? `fatigue ${xe.cost.toFixed(1)} (${xe.loadClass === 'heavyCompound' ? 'heavy compound' : xe.loadClass})` : '';
  });
  document.querySelectorAll('#sessions [data-badge]').forEach((el) => {
    const m = el.dataset.badge.match(/sessions\[(\d+)\]\.exercises\[(\d+)\]\.sets\[(\d+)\]/);
    const set = ev.sessions[Number(m[1])]?.exercises[Number(m[2])]?.sets[Number(m[3])];
    el.className = 'pl-badge';
    el.removeAttribute('title');
    if (!set) { el.textContent = ''; return; }
    if (!set.verdict) {
      el.textContent = 'warm-up';
      el.classList.add('pl-badge-warmup');
      return;
    }
    const [min, max] = set.targetRir;
    const range = min === max ? `${min}` : `${min}-${max}`;
    el.textContent = `${VERDICT_SHORT[set.verdict]} · RIR ${range}`;
    el.classList.add(`pl-verdict-${set.verdict}`);
    const conflict = contradictions.get(el.dataset.badge);
    const differs = !conflict && set.followsAdvice === false;
    if (conflict) {
      el.classList.add('pl-conflict');
      el.textContent = `⚠ ${el.textContent}`;
      el.title = conflict.text;
    } else if (differs) {
      el.classList.add('pl-differs');
      el.textContent = `advice: ${el.textContent}`;
      el.title = 'The plan stops further from failure than the advice for this set.';
    }
    const what = conflict ? `. The plan goes against it: ${conflict.text}`
      : differs ? '. The plan stops further from failure than this.' : '. Planned as advised.';
    el.setAttribute('aria-label', `Failure advice: ${VERDICT_SHORT[set.verdict]}, RIR ${range}${what}`);
  });
}

function listItems(list, items, empty) {
  list.replaceChildren();
  for (const text of items) {
    const li = document.createElement('li');
    li.textContent = text;
    list.appendChild(li);
  }
  if (!items.length) {
    const li = document.createElement('li');
    li.className = 'pl-none';
    li.textContent = empty;
    list.appendChild(li);
  }
}

function renderAdvice(ev) {
  listItems($('contradictions'), ev.contradictions.map((c) => c.text), 'None: every set is within the failure advice.');
  listItems($('warnings'), ev.warnings.map((w) => w.text), 'None.');
  listItems($('suggestions'), ev.suggestions.map((s) => s.text), 'None needed: every week is within its fatigue budget.');
}

// ---------------------------------------------------------------- settings

function renderSettings() {
  const plan = state.plan;
  document.querySelectorAll('[data-setting]').forEach((el) => {
    const value = getPath(plan, el.dataset.setting);
    if (el.type === 'checkbox') el.checked = !!value;
    else el.value = value ?? '';
  });
  $('set-budget').placeholder = String(state.defaults.fatigueBudget[plan.lifter?.status ?? 'intermediate']);
  const body = $('landmarks').tBodies[0];
  body.replaceChildren();
  const overrides = plan.settings?.landmarks ?? {};
  for (const id of Object.keys(state.muscleNames)) {
    const def = state.defaults.landmarks[id];
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = state.muscleNames[id] ?? id;
    tr.appendChild(th);
    const current = overrides[id] ?? def;
    const inputs = {};
    for (const key of ['min', 'max', 'ceiling']) {
      const td = document.createElement('td');
      const input = numberInput({ min: 0, max: 60, step: 0.5, mode: 'decimal', value: current[key],
        path: `settings.landmarks.${id}.${key}`, label: `${th.textContent} ${key}` });
      if (overrides[id]) input.classList.add('pl-override');
      input.addEventListener('change', () => {
        const next = { ...(plan.settings.landmarks?.[id] ?? def) };
        next[key] = input.value === '' ? def[key] : Number(input.value);
        plan.settings.landmarks ??= {};
        plan.settings.landmarks[id] = next;
        Object.values(inputs).forEach((i) => i.classList.add('pl-override'));
        evaluateNow();
      });
      inputs[key] = input;
      td.appendChild(input);
      tr.appendChild(td);
    }
    const td = document.createElement('td');
    td.appendChild(iconButton('↺', `Reset ${th.textContent} to the defaults`, () => {
      delete plan.settings.landmarks?.[id];
      renderSettings();
      evaluateNow();
    }));
    tr.appendChild(td);
    body.appendChild(tr);
  }
}

function bindSettings() {
  document.querySelectorAll('[data-setting]').forEach((el) => {
    el.addEventListener('change', () => {
      let value;
      if (el.type === 'checkbox') value = el.checked;
      else if (el.type === 'number') value = el.value === '' ? undefined : Number(el.value);
      else value = el.value;
      setPath(state.plan, el.dataset.setting, value);
      if (el.dataset.setting === 'lifter.status') renderSettings();
      evaluateNow();
    });
  });
}

// ---------------------------------------------------------------- plan-level actions

function exportFile() {
  try {
    const { text, fileName } = state.px.exportPlan(state.plan);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus(`Exported ${fileName}.`);
  } catch (error) {
    showError(error);
  }
}

async function importFile(file) {
  const text = await file.text();
  let plan;
  try {
    plan = state.px.importPlan({ text });
  } catch (error) {
    notice(`Import failed, nothing changed. ${readableError(error, text, (id) => state.exercises.find((x) => x.id === id)?.name ?? id)}`);
    setStatus('Import failed; your saved plan is unchanged.');
    return;
  }
  notice('');
  leaveShared();
  setPlan(plan, { keepUndo: true });
  savedStatus(`Imported "${plan.name ?? file.name}" (${plan.weeks.length} weeks). Saved.`);
}

async function shareLink() {
  const fragment = await planFragment(JSON.stringify(state.plan));
  const url = `${location.href.split('#')[0]}${fragment}`;
  $('share-box').hidden = false;
  $('share-url').value = url;
  $('share-url').select();
  // The native share sheet where the browser has one (phones), the clipboard otherwise.
  if (navigator.share && navigator.canShare?.({ url })) {
    try {
      await navigator.share({ title: state.plan?.name || 'Training plan', url });
      setStatus('Plan shared.');
      return;
    } catch (error) {
      if (error?.name === 'AbortError') { setStatus('Sharing cancelled; the link is in the box below.'); return; }
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    setStatus(`Link copied (${url.length} characters).`);
  } catch {
    setStatus(`Link ready below (${url.length} characters): copy it from the box.`);
  }
}

function leaveShared() {
  state.shared = false;
  $('shared-banner').hidden = true;
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}

async function loadSavedOrDefault() {
  const record = await state.store.read(PLAN_KEY);
  try {
    const plan = planFromRecord(record);
    if (plan) return plan;
  } catch (error) {
    // Kept aside (listed under "Your data", in the export), never overwritten by the next save.
    const kept = await state.store.setAside(PLAN_KEY, `The saved plan could not be read: ${error.message}`);
    state.rev = 0;
    state.savedText = null;
    if (kept.ok) {
      notice(`Your saved plan could not be read (${error.message}). It is kept aside unchanged (see "Your data" below); starting a new block.`);
    } else {
      state.protect = true;
      notice(`Your saved plan could not be read (${error.message}) and could not be kept aside (${kept.message}). It stays saved as it is: this page will not save over it.`);
    }
  }
  return generate({ template: 'upperLower', weeks: 4, name: 'My block' });
}

// Edits that were not saved last time (refused by the core, or storage full) come back.
async function restoreDraft(plan) {
  const draft = await state.store.read(DRAFT_KEY);
  if (!draft?.value?.plan?.weeks?.length) return plan;
  state.draft = true;
  state.dirty = true;
  state.rev = draft.value.baseRev ?? state.rev;  // a plan saved since then makes the next save ask
  notice('Your unsaved changes from last time are back.');
  return draft.value.plan;
}

// ---------------------------------------------------------------- start

function bindControls() {
  // Name fields take as many characters as the core does (its limit, not a copy of it).
  const { nameLength } = state.defaults.limits;
  for (const input of [$('plan-name'), $('week-label'), $('session-template').content.querySelector('[data-role="name"]')]) {
    input.maxLength = nameLength;
  }
  $('plan-name').addEventListener('input', () => {
    const name = $('plan-name').value.trim();
    if (name) state.plan.name = $('plan-name').value; else delete state.plan.name;
    scheduleEvaluate();
  });
  $('week-label').addEventListener('input', () => {
    if ($('week-label').value.trim()) weekOf().label = $('week-label').value; else delete weekOf().label;
    renderWeekTabs();
    scheduleEvaluate();
  });
  $('week-phase').addEventListener('change', () => {
    weekOf().phase = $('week-phase').value;
    renderWeekTabs();
    evaluateNow();
  });
  $('add-week').addEventListener('click', () => {
    const copy = JSON.parse(JSON.stringify(weekOf()));
    delete copy.label;
    state.plan.weeks.splice(state.week + 1, 0, copy);
    state.week += 1;
    renderWeekTabs();
    renderWeek();
    evaluateNow();
  });
  $('remove-week').addEventListener('click', () => {
    if (state.plan.weeks.length <= 1) return;
    state.plan.weeks.splice(state.week, 1);
    state.week = Math.max(0, state.week - 1);
    renderWeekTabs();
    renderWeek();
    evaluateNow();
  });
  $('add-session').addEventListener('click', () => {
    const sessions = weekOf().sessions;
    sessions.push({ name: `Session ${sessions.length + 1}`, exercises: [{ exercise: 'cable-fly', sets: [newSet(), newSet(), newSet()] }] });
    renderWeek();
    evaluateNow();
  });
  $('show-all-muscles').addEventListener('change', renderResults);
  $('export-file').addEventListener('click', exportFile);
  $('import-file').addEventListener('change', async (event) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) await importFile(file);
  });
  $('share-link').addEventListener('click', shareLink);
  $('undo').addEventListener('click', () => {
    if (!state.undo) return;
    const previous = JSON.parse(state.undo);
    state.undo = null;
    $('undo').hidden = true;
    setPlan(previous);
    setStatus('Undone.');
  });
  $('conflict-mine').addEventListener('click', () => resolveConflict(true));
  $('conflict-theirs').addEventListener('click', () => resolveConflict(false));
  $('shared-keep').addEventListener('click', async () => {
    leaveShared();
    state.rev = (await state.store.read(PLAN_KEY))?.rev ?? 0;  // the person chose this plan over the saved one
    save();
  });
  $('shared-discard').addEventListener('click', async () => {
    leaveShared();
    setPlan(await loadSavedOrDefault());
    setStatus('Back to your saved plan.');
  });
  const templateSelect = $('gen-template');
  for (const t of state.templates) templateSelect.appendChild(new Option(t.name, t.id));
  const describeTemplate = () => {
    $('gen-description').textContent = state.templates.find((t) => t.id === templateSelect.value)?.description ?? '';
  };
  templateSelect.addEventListener('change', describeTemplate);
  templateSelect.value = 'upperLower';
  describeTemplate();
  $('generate-form').addEventListener('submit', (event) => {
    event.preventDefault();
    try {
      const plan = generate({
        template: templateSelect.value,
        weeks: Number($('gen-weeks').value),
        status: $('gen-status').value,
        spotter: $('gen-spotter').checked,
        deload: $('gen-deload').checked,
      });
      leaveShared();
      setPlan(plan, { keepUndo: true });
      savedStatus(`Generated "${plan.name}" (${plan.weeks.length} weeks). Saved; Undo brings the previous plan back.`);
    } catch (error) {
      showError(error);
    }
  });
  bindSettings();
}

async function start() {
  try {
    state.px = await loadProximity();
  } catch (error) {
    setStatus(`Proximity could not start: ${error.message}`);
    return;
  }
  const px = state.px;
  state.store = await getStore();
  state.store.subscribe(followChanges);
  state.exercises = px.exercises({});
  state.profile = (await loadProfile(state.store, px)).profile;
  for (const m of px.muscles({})) state.muscleNames[m.id] = m.name;
  state.templates = px.planTemplates({});
  state.defaults = px.planDefaults({});
  bindControls();

  let plan = null;
  try {
    const text = await planFromFragment(location.hash, state.defaults.limits.fileBytes);
    if (text) {
      plan = px.importPlan({ text });
      state.shared = true;
      $('shared-banner').hidden = false;
    }
  } catch (error) {
    notice(`The link holds no readable plan (${error.message}). Showing your saved plan.`);
  }
  setPlan(plan ?? await restoreDraft(await loadSavedOrDefault()));
  if (state.shared) setStatus(`Opened "${plan.name ?? 'a shared plan'}" from a link; not saved yet.`);
}

start();
