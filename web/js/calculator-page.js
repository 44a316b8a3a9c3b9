// The calculator page: reads the set, asks the core, shows the e1RM, its band, every
// formula, the personal load table and what to load for the chosen cell. Every number
// comes from the core (web/js/proximity.js); this file only moves values in and out.
import { loadProximity, ProximityError } from './proximity.js';
import { loadSettings, saveSettings } from './calculator/settings.js';
import { KEY } from './lib/store-keys.js';
import { markUnsaved, clearUnsaved } from './lib/unsaved.js';
import { formatNumber, formatEstimate, formatRange, plural } from './lib/format.js';
import { $, el, clear } from './lib/dom.js';
import { applyLimit, choicesOf, fillSelect, labelOf, limitOf, radios } from './lib/choices.js';
import { fieldErrors } from './lib/field-errors.js';
import { inputNumber } from './lib/input-number.js';
import { renderBreakdown } from './calculator/breakdown.js';
import { calibrationInput } from './lib/lifter-formula.js';
import { getStore } from './lib/store.js';
// The equipment editor, the calibration panel and "Save to my profile" are not needed for
// the first result: they load after it (loadEditors below; scripts/lib/bundle.mjs makes
// each import() a chunk of its own).

performance.mark('modules-loaded');
const px = await loadProximity({ module: 'calculator' });
performance.mark('core-ready');
const settings = await loadSettings((name) => choicesOf(px, name).map((c) => c.value));
// An import of "Your data" (here or in another tab) replaces what this page shows; a save
// still waiting for typing to pause is dropped, not written over the imported settings.
(await getStore()).subscribe(({ cause }) => { if (cause === 'import') { cancelSave(); window.location.reload(); } });

// Changes are saved once typing pauses (one save per edit, not per keystroke), and at
// once when the page is hidden or left or an update reloads it (lib/unsaved.js); a failed
// save says so under the result.
const SAVE_DELAY_MS = 400;
let saveTimer = null;
function cancelSave() {
  clearTimeout(saveTimer);
  saveTimer = null;
  clearUnsaved(KEY.calculator);
}
async function saveNow() {
  if (saveTimer === null) return;
  cancelSave();
  const problem = await saveSettings(settings);
  $('save-status').textContent = problem
    ? `Not saved: ${problem}. Your settings as saved before are unchanged; the calculator still works.` : '';
}
function persist() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, SAVE_DELAY_MS);
  markUnsaved(KEY.calculator, saveNow);
}
addEventListener('pagehide', saveNow);
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') saveNow(); });

const EFFORT_HINT = {
  rir: 'Reps in reserve: how many more you could have done.',
  rpe: 'RPE 10 = nothing left, 9 = one more rep, 8 = two more.',
};

let lastEstimate = null;  // the last successful estimateOneRepMax result
let lastTable = null;     // the last successful load table (the estimate's `table`)
let firstResultMarked = false;

// ---- Errors next to the field the core names -------------------------------------

const FIELD_INPUTS = {
  load: 'load', reps: 'reps', rir: 'effort', rpe: 'effort', formula: 'formula', experience: 'experience',
  rounding: 'rounding', 'equipment.bar': 'bar', 'equipment.increment': 'increment', 'equipment.min': 'min',
  'equipment.max': 'max', 'equipment.plates': 'plates',
};

function inputForField(field) {
  const plate = /^equipment\.plates\[(\d+)\](?:\.(weight|count))?$/.exec(field);
  if (plate) return { input: $(`plate-${plate[1]}-${plate[2] ?? 'weight'}`), note: $(`plate-${plate[1]}-error`) };
  const id = FIELD_INPUTS[field];
  // The plate list as a whole has no single input: its note stands next to the list.
  return id ? { input: id === 'plates' ? null : $(id), note: $(`${id}-error`) } : null;
}

const errors = fieldErrors({
  find: inputForField,
  fallback: $('message'),
  onShow: (_target, field) => { if (field.startsWith('equipment')) $('equipment-details').open = true; },
});

function clearErrors() { errors.clear(); }

function showError(err, fallback) {
  if (!(err instanceof ProximityError)) throw err;
  errors.show(err, { fallback });
}

// ---- Reading the form --------------------------------------------------------------


function setInput() {
  const input = {
    load: inputNumber($('load')), reps: inputNumber($('reps')),
    [settings.mode]: inputNumber($('effort')),
    unit: settings.unit, formula: settings.formula, experience: settings.experience,
  };
  const calibration = calibrationInput(settings.calibration);
  if (calibration) input.calibration = calibration;
  return input;
}

// The lifter's own equipment, or just its type: the core fills in the unit's defaults
// (and answers them in the table's `equipment`, which the editor then shows).
const savedEquipment = () => settings.equipment[settings.unit][settings.equipmentType];
const equipmentInput = () => savedEquipment() ?? { type: settings.equipmentType };
// The load table's inputs: an error on one of them leaves the estimate standing.
const isTableField = (field) => /^(equipment|rounding|maxReps)\b/.test(field);

// ---- Rendering ---------------------------------------------------------------------

function renderEstimate(est) {
  $('e1rm-value').textContent = formatEstimate(est.e1rm);
  const band = est.band;
  $('band').replaceChildren();
  if (band) {
    const strong = el('strong', { text: `${formatRange(band.low, band.high, 1)} ${est.unit}` });
    const why = band.basis === 'calibration' ? 'from your calibration' : `the app's own assumption for ${settings.experience} lifters, not a measured figure`;
    const scale = labelOf(px, 'effortKind', settings.mode, { short: true });
    $('band').append('Likely ', strong, ` if your ${scale} call is off by ±${plural(band.misjudgement, 'rep')} (${why})`);
    if (est.calibration && est.rir !== est.calledRir)
      $('band').append(`. Your RIR ${formatNumber(est.calledRir)} is read as ${formatNumber(est.rir, 1)} after calibration.`);
  }
  clear($('warnings'), est.warnings.map((w) => el('li', { text: w })));
  clear($('by-formula'), Object.entries(est.byFormula).map(([name, value]) =>
    el('div', { class: name === est.formula ? 'chosen' : null },
      el('dt', { text: labelOf(px, 'formula', name) }),
      el('dd', { text: value === null ? 'n/a' : formatEstimate(value) }))));
}

function effortLabel(col) {
  return settings.mode === 'rpe' ? `RPE ${formatNumber(lastTable.rpe[col])}` : `RIR ${formatNumber(lastTable.rir[col])}`;
}

function buildTableSkeleton(table) {
  const head = $('load-table').tHead.rows[0];
  while (head.cells.length > 1) head.deleteCell(1);
  head.append(...table.rir.map(() => el('th', { scope: 'col' })));
  clear($('load-table').tBodies[0], table.rows.map((row) => el('tr', {},
    el('th', { scope: 'row', text: row.reps }),
    row.cells.map((_cell, c) => el('td', {},
      el('button', { type: 'button', class: 'cell', dataset: { row: String(row.reps - 1), col: String(c) } }))))));
}

function renderTable(table) {
  const body = $('load-table').tBodies[0];
  if (body.rows.length !== table.rows.length || $('load-table').tHead.rows[0].cells.length !== table.rir.length + 1)
    buildTableSkeleton(table);
  const head = $('load-table').tHead.rows[0];
  for (let c = 0; c < table.rir.length; c++) head.cells[c + 1].textContent = effortLabel(c);
  // The target pickers offer the table's own rows and columns (the core's reps and efforts).
  $('target-reps').replaceChildren(...table.rows.map((r, i) => new Option(String(r.reps), String(i))));
  $('target-effort').replaceChildren(...table.rir.map((_r, c) => new Option(effortLabel(c).replace(/^R[IP][RE] /, ''), String(c))));
  $('target-effort-label').textContent = settings.mode === 'rpe' ? 'Target RPE' : 'Target RIR';
  table.rows.forEach((row, r) => {
    row.cells.forEach((cell, c) => {
      const button = body.rows[r].cells[c + 1].firstChild;
      const defined = cell.load !== null;
      button.textContent = defined ? formatNumber(cell.rounded) : '–';
      button.disabled = !defined;
      button.classList.toggle('rough', cell.rough);
      button.classList.toggle('noted', Boolean(cell.note));
      button.setAttribute('aria-label', `${row.reps} reps at ${effortLabel(c)}: ${defined ? `${formatNumber(cell.rounded)} ${table.unit}` : 'not defined'}`);
    });
  });
  $('load-table').classList.remove('stale');
  selectCell(settings.selected.row, settings.selected.col, false);
}

function selectCell(row, col, focus) {
  if (!lastTable) return;
  row = Math.max(0, Math.min(lastTable.rows.length - 1, row));
  col = Math.max(0, Math.min(lastTable.rir.length - 1, col));
  settings.selected = { row, col };
  for (const button of $('load-table').querySelectorAll('.cell')) {
    const chosen = Number(button.dataset.row) === row && Number(button.dataset.col) === col;
    button.setAttribute('aria-pressed', String(chosen));
    button.tabIndex = chosen ? 0 : -1;  // one tab stop; arrows move inside the table
    if (chosen && focus) button.focus();
  }
  $('target-reps').value = String(row);
  $('target-effort').value = String(col);
  renderBreakdown($('plate-breakdown'), {
    reps: lastTable.rows[row].reps, effortLabel: effortLabel(col), cell: lastTable.rows[row].cells[col],
    table: lastTable, unit: lastTable.unit, roughBeyond: limitOf(px, 'reliableRepsToFailure')?.max,
  });
  persist();
}

function markFirstResult() {
  if (firstResultMarked) return;
  firstResultMarked = true;
  // The next frame paints what was just written: mark then (scripts/bench reads it).
  requestAnimationFrame(() => performance.mark('first-result'));
}

// ---- Recompute on every keystroke --------------------------------------------------
// One core call answers everything the page shows: the estimate and, with table: true,
// the load table at its e1RM rounded to the equipment.

function showEstimateError(err) {
  lastEstimate = null;
  showError(err, $('message'));
  $('e1rm-value').textContent = '–';
  $('band').replaceChildren();
  $('warnings').replaceChildren();
  $('load-table').classList.add('stale');
}

function recompute() {
  clearErrors();
  settings.load = $('load').value;
  settings.reps = $('reps').value;
  settings.effort = $('effort').value;
  persist();
  let answer;
  try {
    answer = px.estimateOneRepMax({ ...setInput(), table: true, equipment: equipmentInput(), rounding: settings.rounding });
  } catch (err) {
    if (!(err instanceof ProximityError) || !isTableField(err.field)) {
      showEstimateError(err);
      if (editorAwaitsDefaults) showEditorDefaults();
      return;
    }
    // The set is fine and the equipment is not: the estimate alone, the table stale.
    showError(err, $('equipment-message'));
    $('load-table').classList.add('stale');
    $('plate-breakdown').replaceChildren();
    if (editorAwaitsDefaults) showEditorDefaults();
    try {
      lastEstimate = px.estimateOneRepMax(setInput());
      renderEstimate(lastEstimate);
    } catch (setErr) {
      showEstimateError(setErr);
    }
    return;
  }
  lastEstimate = answer;
  renderEstimate(answer);
  lastTable = answer.table;
  if (editorAwaitsDefaults && editor) {
    editorAwaitsDefaults = false;
    editor.show(lastTable.equipment);
  }
  renderTable(lastTable);
  markFirstResult();
}

// ---- Wiring ------------------------------------------------------------------------

function applyMode() {
  const rpe = settings.mode === 'rpe';
  $('effort-label').textContent = labelOf(px, 'effortKind', settings.mode, { short: true });
  applyLimit($('effort'), limitOf(px, settings.mode));
  $('effort-hint').textContent = EFFORT_HINT[settings.mode];
  $(`mode-${settings.mode}`).checked = true;
}

function applyUnit() {
  for (const label of document.querySelectorAll('[data-unit-label]')) label.textContent = settings.unit;
  $(`unit-${settings.unit}`).checked = true;
}

// Saved equipment is shown at once; the defaults come with the next answer's table.
let editorAwaitsDefaults = false;
function showEquipment() {
  $('equipment-type').value = settings.equipmentType;
  $('rounding').value = settings.rounding;
  const saved = savedEquipment();
  editorAwaitsDefaults = !saved;
  if (saved) editor?.show(saved);
}

// Only when no table could be computed (the set itself is wrong): ask for the defaults.
function showEditorDefaults() {
  if (!editor) return;
  editorAwaitsDefaults = false;
  editor.show(px.defaultEquipment({ unit: settings.unit, type: settings.equipmentType }));
}

let editor = null;  // set by loadEditors, after the first result
let calibrationPanel = null;  // likewise: its model's prior follows the experience chosen

async function loadEditors() {
  const [{ EquipmentEditor }, { CalibrationPanel }, { saveMaxControl }] = await Promise.all([
    import('./calculator/equipment-editor.js'), import('./calculator/calibration.js'), import('./calculator/save-max.js')]);
  editor = new EquipmentEditor({
    limit: (name) => limitOf(px, name),
    onChange() {
      settings.equipment[settings.unit][settings.equipmentType] = editor.read(settings.equipmentType);
      recompute();
    },
  });
  showEquipment();
  if (editorAwaitsDefaults && lastTable) {
    editorAwaitsDefaults = false;
    editor.show(lastTable.equipment);
  } else if (editorAwaitsDefaults) {
    showEditorDefaults();
  }
  calibrationPanel = new CalibrationPanel({ px, settings, onChange: recompute });
  saveMaxControl({ store: await getStore(), currentEstimate: () => lastEstimate, currentCalibration: () => calibrationInput(settings.calibration), calculator: px });
}

const onSetInput = (event) => {
  const t = event.target;
  if (t.name === 'effort-mode') {
    // Same effort on the other scale, as the core reports it (RPE = 10 - RIR).
    const previous = lastEstimate;
    settings.mode = t.value;
    applyMode();
    if (previous) $('effort').value = formatNumber(settings.mode === 'rpe' ? previous.calledRpe : previous.calledRir);
  } else if (t.name === 'unit') {
    const from = settings.unit;
    settings.unit = t.value;
    const load = inputNumber($('load'));
    if (load !== undefined && Number.isFinite(load) && load > 0)
      $('load').value = formatNumber(px.convertUnit({ value: load, from, to: settings.unit }).value, 1);
    applyUnit();
    showEquipment();
  } else if (t.id === 'formula' || t.id === 'experience') {
    settings[t.id] = t.value;
    if (t.id === 'experience') calibrationPanel?.render();
  }
  recompute();
};
$('set-form').addEventListener('input', onSetInput);
$('set-more').addEventListener('input', onSetInput);

$('equipment-type').addEventListener('change', () => {
  settings.equipmentType = $('equipment-type').value;
  showEquipment();
  recompute();
});
$('rounding').addEventListener('change', () => {
  settings.rounding = $('rounding').value;
  recompute();
});
$('reset-equipment').addEventListener('click', () => {
  delete settings.equipment[settings.unit][settings.equipmentType];
  showEquipment();
  recompute();
});

for (const id of ['target-reps', 'target-effort'])
  $(id).addEventListener('change', () => selectCell(Number($('target-reps').value), Number($('target-effort').value), false));
$('load-table').addEventListener('click', (event) => {
  const button = event.target.closest('button.cell');
  if (button) selectCell(Number(button.dataset.row), Number(button.dataset.col), false);
});
const ARROWS = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Home: [0, -99], End: [0, 99] };
$('load-table').addEventListener('keydown', (event) => {
  const move = ARROWS[event.key];
  if (!move || !event.target.closest('button.cell')) return;
  event.preventDefault();
  selectCell(settings.selected.row + move[0], settings.selected.col + move[1], true);
});

// Wide screens have room to show every formula at once.
if (matchMedia('(min-width: 44rem)').matches) document.querySelector('.formulas').open = true;

// The choices and limits the core describes, then the last session, then compute.
fillSelect($('formula'), choicesOf(px, 'formula'));
fillSelect($('experience'), choicesOf(px, 'experience'));
fillSelect($('equipment-type'), choicesOf(px, 'equipmentType'));
fillSelect($('rounding'), choicesOf(px, 'rounding'));
radios($('effort-mode-options'), 'effort-mode', choicesOf(px, 'effortKind'), { prefix: 'mode' });
radios($('unit-options'), 'unit', choicesOf(px, 'unit'));
applyLimit($('reps'), limitOf(px, 'reps'));
applyLimit($('cal-reps'), limitOf(px, 'reps'));
applyLimit($('cal-rir'), limitOf(px, 'rir'));
applyLimit($('cal-failure'), limitOf(px, 'failureReps'));
applyLimit($('load'), limitOf(px, 'load'));
$('load').value = settings.load;
$('reps').value = settings.reps;
$('effort').value = settings.effort;
$('formula').value = settings.formula;
$('experience').value = settings.experience;
applyMode();
applyUnit();
showEquipment();
recompute();
await loadEditors();
