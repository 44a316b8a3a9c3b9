// The failure advisor page: reads the set's context, asks the core (px.adviseSet) for
// the verdict, RIR range, techniques and reasons, and shows them. Coaches can load an
// edited rule set (px.loadRuleSet); a bad one is refused with its JSON path and the
// rule set in force stays. Every verdict and number comes from the core.
import { loadProximity } from './proximity.js';
import { getStore } from './lib/store.js';
import { lifterFormula, withFormula } from './lib/lifter-formula.js';
import { SAFETY_LABEL } from './lib/safety-options.js';
import { applyLimit, choicesOf, fillSelect, limitOf, radios } from './lib/choices.js';
import { markUnsaved, clearUnsaved, flushDrafts } from './lib/unsaved.js';
import { prefillFromProfile } from './advisor-profile.js';
import { $, el } from './lib/dom.js';
import { download } from './lib/download.js';
import { formatLoad, formatRange, sourceParts } from './lib/format.js';
import { fieldErrors } from './lib/field-errors.js';
import { inputNumber } from './lib/input-number.js';
import { KEY } from './lib/store-keys.js';

const px = await loadProximity();
const saved = await getStore();
const formula = await lifterFormula(saved);  // the calculator's choice: the same equation everywhere
const form = $('advisor-form');

const VERDICT_TEXT = {
  failure: 'Take this set to momentary failure: the last rep you can complete with good form.',
  'near-failure': 'Finish about one rep short of failure, in the range below. Failure itself is not the target.',
  'stop-short': 'Stop with reps in reserve. Do not go to failure on this set.',
  'no-failure': 'Failure is ruled out here for safety or recovery. Keep the reserve below.',
};
const ROLE_TEXT = {
  constraint: 'safety limit', recommendation: 'recommendation', adjustment: 'adjustment',
  technique: 'technique', overridden: 'overridden',
};
const CLASS_TEXT = { compound: 'Compound', isolation: 'Isolation' };
const EQUIPMENT_TEXT = { freeWeight: 'free weight', machine: 'machine', cable: 'cable', bodyweight: 'bodyweight' };
const RISK_TEXT = {
  heavyCompound: 'Heavy compound', needsSpotter: 'Needs a spotter to fail safely',
  injuryRiskWhenFatigued: 'Risky when fatigued', spinalLoading: 'Loads the spine',
};

const muscleNames = new Map(px.muscles().map((m) => [m.id, m.name]));
const exercises = px.exercises();
const byId = new Map(exercises.map((e) => [e.id, e]));

// ---- exercise picker: a search box filtering a native select ----

function searchText(e) {
  return [e.name, e.id, CLASS_TEXT[e.class], EQUIPMENT_TEXT[e.equipment],
    ...e.primary.map((m) => muscleNames.get(m)), ...e.secondary.map((m) => muscleNames.get(m))]
    .join(' ').toLowerCase();
}
const searchIndex = new Map(exercises.map((e) => [e.id, searchText(e)]));

function fillExercises() {
  const select = $('exercise');
  const current = select.value;
  const words = $('exercise-filter').value.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = exercises.filter((e) => words.every((w) => searchIndex.get(e.id).includes(w)));
  const groups = new Map();
  for (const e of matches) {
    const label = `${CLASS_TEXT[e.class]} · ${EQUIPMENT_TEXT[e.equipment]}`;
    if (!groups.has(label)) groups.set(label, el('optgroup', { label }));
    groups.get(label).append(el('option', { value: e.id, text: e.name }));
  }
  select.replaceChildren(...groups.values());
  if (matches.some((e) => e.id === current)) select.value = current;
  $('exercise-count').textContent = matches.length === exercises.length
    ? `(${exercises.length})` : `(${matches.length} of ${exercises.length} match)`;
  select.disabled = matches.length === 0;
}

function showExerciseFacts(e) {
  const chips = $('exercise-facts');
  if (!e) { chips.replaceChildren(el('span', { class: 'chip', text: 'No exercise matches the search.' })); return; }
  const names = (list) => list.map((m) => muscleNames.get(m)).join(', ');
  const items = [el('span', { class: 'chip', text: `${CLASS_TEXT[e.class]}, ${EQUIPMENT_TEXT[e.equipment]}` }),
    el('span', { class: 'chip', text: `Works ${names(e.primary)}` })];
  if (e.secondary.length) items.push(el('span', { class: 'chip subtle', text: `also ${names(e.secondary)}` }));
  for (const [flag, text] of Object.entries(RISK_TEXT))
    if (e.risk[flag]) items.push(el('span', { class: 'chip risk', text }));
  chips.replaceChildren(...items);
}

// ---- reading the form ----

const number = (id) => inputNumber($(id));

function readInput() {
  const input = {
    exercise: $('exercise').value,
    lifter: { status: form.elements.status.value },
    set: { index: number('set-index'), of: number('set-of'), reps: number('reps'), percentE1rm: number('percent') },
    session: { safety: $('safety').value },
    phase: $('phase').value === 'failure-block'
      ? { name: 'failure-block', week: number('phase-week') } : $('phase').value,
    fatigue: { signs: [...form.querySelectorAll('input[name=fatigue]:checked')].map((c) => c.value) },
    weeklySets: number('weekly-sets'),
    frequency: number('frequency'),
  };
  const bias = number('cal-bias');
  const spread = number('cal-spread');
  if (bias !== undefined || spread !== undefined) input.lifter.calibration = { bias: bias ?? 0, spread: spread ?? 0 };
  return input;
}

// ---- showing the advice ----

const rirText = ({ min, max }) => formatRange(min, max);

function showLoad(advice, input) {
  const e1rm = number('e1rm');
  const row = $('load-row');
  $('load-note').textContent = '';
  if (!e1rm) { row.hidden = true; return; }
  row.hidden = false;
  const unit = $('unit').value;
  const reps = input.set.reps ?? 8;
  try {
    // Lighter load for the larger reserve, heavier for the smaller one.
    const { min, max } = advice.targetRir;
    const light = px.loadForTarget(withFormula({ e1rm, reps, rir: max, unit }, formula));
    const heavy = px.loadForTarget(withFormula({ e1rm, reps, rir: min, unit }, formula));
    $('load').textContent = `${formatRange(light.load, heavy.load, 1)} ${unit}`;
    $('load-note').textContent = [`For ${reps} reps at RIR ${rirText(advice.targetRir)} from an e1RM of ${formatLoad(e1rm, unit, 1)}.`,
      ...light.warnings, ...heavy.warnings].join(' ');
  } catch (err) {
    $('load').textContent = '–';
    $('load-note').textContent = err.message;
  }
}

function techniqueItem(t) {
  const note = t.limit ?? t.reason;
  return el('li', { class: t.allowed ? 'allowed' : 'denied' },
    el('span', { class: 'mark', 'aria-hidden': 'true', text: t.allowed ? '✓' : '✗' }),
    el('span', { class: 'name', text: `${t.name}: ` }),
    el('span', { class: 'visually-hidden', text: t.allowed ? 'allowed. ' : 'not for this set. ' }),
    el('span', { class: 'note', text: note }));
}

// Reasons the user expanded stay expanded when the advice is recomputed.
const openReasons = new Set();
$('reasons').addEventListener('toggle', (event) => {
  const rule = event.target.closest('li')?.dataset.rule;
  if (!rule) return;
  if (event.target.open) openReasons.add(rule);
  else openReasons.delete(rule);
}, true);

function reasonItem(r) {
  const sources = el('ul', { class: 'sources' }, ...r.sources.map((s) => {
    const { who, title, url } = sourceParts(s);
    return el('li', {}, who ? `${who}. ` : '',
      url ? el('a', { href: url, rel: 'noopener', target: '_blank', text: title }) : el('cite', { text: title }));
  }));
  const details = el('details', {},
      el('summary', {}, el('span', { class: 'reason-title', text: r.title }),
        el('span', { class: 'role', text: ROLE_TEXT[r.role] ?? r.role })),
      el('p', { text: r.explanation }),
      el('p', { class: 'sources-title', text: 'Sources' }), sources);
  details.open = openReasons.has(r.rule);
  return el('li', { class: `reason role-${r.role}`, 'data-rule': r.rule }, details);
}

let shown = '';

function render(advice, input) {
  // Unchanged advice (e.g. a change event after the input event) is not redrawn.
  const key = JSON.stringify([advice, input, $('e1rm').value, $('unit').value]);
  if (key === shown) return;
  shown = key;
  const badge = $('verdict');
  badge.dataset.verdict = advice.verdict;
  badge.querySelector('.verdict-label').textContent = advice.verdictLabel;
  $('verdict-text').textContent = VERDICT_TEXT[advice.verdict] ?? '';
  const { min, max } = advice.targetRir;
  $('rir').textContent = `RIR ${rirText(advice.targetRir)}`;
  $('rpe').textContent = rirText(advice.targetRpe);
  showLoad(advice, input);
  // When the verdict rules failure out it denies every technique for the same reason:
  // say it once.
  const blocker = advice.techniques.every((t) => t.blockedByVerdict) &&
    advice.reasons.find((r) => r.rule === advice.techniques[0].rule);
  $('techniques').replaceChildren(...(blocker
    ? [techniqueItem({ allowed: false, name: 'None on this set',
      reason: `drop sets, rest-pause, forced reps and myo-reps all go to or past failure, which this set rules out (${blocker.title}).` })]
    : advice.techniques.map(techniqueItem)));
  // The range stays the true target; a biased lifter is told what to stop at by feel.
  $('felt').hidden = !advice.felt;
  $('felt').textContent = advice.felt?.words ?? '';
  const cal = $('calibration');
  cal.hidden = !advice.calibrationTest.allowed;
  cal.textContent = advice.calibrationTest.allowed ? `RIR calibration test allowed on this set. ${advice.calibrationTest.limit}` : '';
  $('reasons-summary').textContent = `The final range is RIR ${rirText(advice.targetRir)}. Below, what each rule contributed to it: safety limits bound it, the recommendation sets it, adjustments narrow or shift it.`;
  $('reasons').replaceChildren(...advice.reasons.map(reasonItem));
  const bar = $('verdict-bar');
  bar.hidden = false;
  bar.querySelector('.verdict').dataset.verdict = advice.verdict;
  bar.querySelector('.verdict-label').textContent = advice.verdictLabel;
  bar.querySelector('.bar-rir').textContent = `RIR ${rirText(advice.targetRir)}`;
}

$('safety-label').textContent = SAFETY_LABEL;
fillSelect($('safety'), choicesOf(px, 'safety'));
fillSelect($('phase'), choicesOf(px, 'phase'), { value: 'normal' });
fillSelect($('unit'), choicesOf(px, 'unit'), { short: true });
radios($('status-options'), 'status', choicesOf(px, 'status'), { checked: 'intermediate', short: false });
// Each input's range is the one the core reads it in.
const LIMITS = { e1rm: 'load', 'set-index': 'setsPerExercise', 'set-of': 'setsPerExercise', reps: 'plannedReps',
  'phase-week': 'failureBlockWeek', 'weekly-sets': 'weeklySets', frequency: 'weeklyFrequency', percent: 'percentE1rm',
  'cal-bias': 'calibrationBias', 'cal-spread': 'calibrationSpread' };
for (const [id, limit] of Object.entries(LIMITS)) applyLimit($(id), limitOf(px, limit));
$('fatigue-signs').append(...choicesOf(px, 'fatigueSign').map((c) =>
  el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'fatigue', value: c.value }), ` ${c.label}`)));

// The core's field paths, as the form's own words and inputs.
const FIELD_INPUTS = { 'set.index': 'set-index', 'set.of': 'set-of', 'set.reps': 'reps', 'set.percentE1rm': 'percent',
  'lifter.calibration': 'cal-bias', 'lifter.calibration.bias': 'cal-bias', 'lifter.calibration.spread': 'cal-spread' };
const FIELD_WORDS = { 'set.index': 'the set number', 'set.of': 'the number of sets', 'set.reps': 'reps',
  'set.percentE1rm': 'the load in % of e1RM', 'session.position': 'the exercise\'s place', weeklySets: 'the weekly sets' };

// The input a core field names, and where its note goes (under the row it sits in).
function inputForField(field) {
  const input = $(FIELD_INPUTS[field] ?? '') ?? form.querySelector(`[name="${field.split('.').pop()}"]`);
  return input ? { input, after: input.closest('.row3, .row2') ?? input.closest('label') } : null;
}
const fieldError = fieldErrors({ find: inputForField, words: FIELD_WORDS, fallback: $('form-error') });
const showFieldError = (err) => (err ? fieldError.show(err) : fieldError.clear());

function update() {
  $('week-field').hidden = $('phase').value !== 'failure-block';
  const exercise = byId.get($('exercise').value);
  showExerciseFacts(exercise);
  if (!exercise) return;
  const input = readInput();
  try {
    const advice = px.adviseSet(input);
    showFieldError(null);
    $('result').classList.remove('stale');
    $('result').hidden = false;
    render(advice, input);
  } catch (err) {
    showFieldError(err);
    // A stale verdict is never shown: the result and the sticky bar go away until the input is valid.
    $('result').classList.add('stale');
    $('result').hidden = true;
    $('verdict-bar').hidden = true;
    shown = '';
  }
}

// ---- the rule set ----

function showRuleSet() {
  const doc = px.ruleSet();
  $('ruleset-name').textContent = doc.name || 'Unnamed rule set';
  const rev = doc.revision ? `revision ${doc.revision}, ` : '';
  $('ruleset-count').textContent = `(${rev}${doc.rules.length} rules)`;
}

function showRulesError(err, prefix = 'Not loaded') {
  const box = $('rules-error');
  // replaceChildren() writes a null as the text "null": leave the parts out instead.
  const parts = [el('strong', { text: `${prefix}: ` })];
  if (err.field) parts.push(el('code', { class: 'path', text: err.field }), ' ');
  parts.push(el('span', { text: err.message }), el('p', { class: 'hint', text: 'The rule set in force is unchanged.' }));
  box.replaceChildren(...parts);
}

/** Saves (or forgets) the rule set's text; answers a sentence to add when that failed. */
async function store(text) {
  const answer = text === null ? await saved.remove(KEY.advisorRuleSet) : await saved.write(KEY.advisorRuleSet, text);
  return answer.ok ? '' : ` Not saved on this device: ${answer.message}. It applies until you close this page; what was saved before is unchanged.`;
}

// Half-typed rule text is kept as a draft until it is loaded, so a reload never loses it.
let draftTimer = 0;
let draftWrite = Promise.resolve();
const writeDraft = () => {
  clearTimeout(draftTimer);
  draftWrite = saved.write(KEY.advisorDraft, $('rules-text').value);
  return draftWrite;
};
$('rules-text').addEventListener('input', () => {
  markUnsaved('rules', writeDraft);
  clearTimeout(draftTimer);
  draftTimer = setTimeout(writeDraft, 300);
});
async function restoreDraft() {
  const draft = (await saved.read(KEY.advisorDraft))?.value;
  if (typeof draft !== 'string' || !draft || $('rules-text').value) return;
  $('rules-text').value = draft;
  $('load-rules').disabled = false;
  markUnsaved('rules', writeDraft);
  $('rules-status').textContent = 'The rule set you were typing is back in the box; it is not loaded yet.';
}
async function dropDraft() {
  clearTimeout(draftTimer);
  clearUnsaved('rules');
  await draftWrite;
  await saved.remove(KEY.advisorDraft);
}

async function loadRules(text) {
  $('rules-status').textContent = '';
  try {
    const summary = px.loadRuleSet(text);
    $('rules-error').replaceChildren();
    await dropDraft();
    $('rules-status').textContent = `Loaded “${summary.name || 'unnamed'}”: ${summary.rules} rules.${await store(text)}`;
  } catch (err) {
    showRulesError(err);
  }
  showRuleSet();
  update();
}

async function restoreSavedRules() {
  const text = (await saved.read(KEY.advisorRuleSet))?.value;
  if (typeof text !== 'string' || !text) return;
  try {
    const summary = px.loadRuleSet(text);
    $('rules-status').textContent = `Your saved rule set “${summary.name || 'unnamed'}” is in force.`;
  } catch (err) {
    // Keep the user's text (never lose it): it stays saved, and is shown for fixing with the reason.
    $('rules-text').value = text;
    $('load-rules').disabled = false;
    showRulesError(err, 'Your saved rule set no longer loads, so the default is in force');
  }
}
// An import of "Your data" (here or in another tab) replaces the rule set in force.
saved.subscribe(async ({ cause }) => {
  if (cause !== 'import') return;
  await flushDrafts();   // the half-typed rule text comes back after the reload
  window.location.reload();
});

// Nothing to load until a rule set is pasted or chosen: the button waits for it.
const syncLoadButton = () => { $('load-rules').disabled = !$('rules-text').value.trim(); };
$('rules-text').addEventListener('input', syncLoadButton);
$('load-rules').addEventListener('click', () => {
  const text = $('rules-text').value.trim();
  if (!text) { showRulesError({ field: '', message: 'Paste a rule set or choose a file first.' }); return; }
  loadRules(text);
});
$('rules-file').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  if (!file) return;
  const text = await file.text();
  $('rules-text').value = text;
  syncLoadButton();
  loadRules(text);
  event.target.value = '';
});
$('reset-rules').addEventListener('click', async () => {
  px.resetRuleSet();
  $('rules-error').replaceChildren();
  $('rules-status').textContent = `The default rule set is in force.${await store(null)}`;
  showRuleSet();
  update();
});
$('download-current').addEventListener('click', () =>
  download('proximity-rules.json', `${JSON.stringify(px.ruleSet(), null, 2)}\n`));
$('edit-current').addEventListener('click', () => {
  $('rules-text').value = `${JSON.stringify(px.ruleSet(), null, 2)}\n`;
  syncLoadButton();
  $('rules-text').focus();
});

$('exercise-filter').addEventListener('input', () => { fillExercises(); update(); });
$('verdict-bar').addEventListener('click', () => $('result').scrollIntoView({ block: 'start' }));
// The bottom bar only shows while the result card's verdict is out of view.
new IntersectionObserver(([entry]) => $('verdict-bar').classList.toggle('offscreen', entry.isIntersecting))
  .observe($('verdict'));
form.addEventListener('input', (event) => { if (event.target.id !== 'exercise-filter') update(); });
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());

fillExercises();
$('exercise').value = byId.has('cable-fly') ? 'cable-fly' : exercises[0].id;
await restoreSavedRules();
await restoreDraft();
await prefillFromProfile(px, saved, form);
showRuleSet();
update();
syncLoadButton();
document.body.dataset.ready = 'true';
