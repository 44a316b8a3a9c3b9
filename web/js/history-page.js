// The history page ("Your progress"): the saved history (./lib/history-records.js: one
// record per workout) is kept in the history's worker (./history-analysis.js: its own
// module reads the records, once per load or change in another tab), which runs everything
// that reads all of it, so the page stays responsive with a decade of training. A Strong /
// Hevy / FitNotes CSV or a Proximity history file is imported there (px.importToHistory;
// the worker saves the workouts added as new records); custom exercises are mapped to the
// library (px.remapExercise: the mapping stays in the history for the next import);
// px.exportHistory writes the kept history; the page asks px.analyzeHistory for what it
// shows. The page's own module answers the small questions (library, plan, profile). A body-measurement
// export (Hevy's, FitNotes') chosen there fills the profile's body-weight log
// (./history/body-weight-import.js).
import { loadProximity, ProximityError } from './proximity.js';
import { historyAnalysis } from './history-analysis.js';
import { formatCount } from './lib/format.js';
import { getStore } from './lib/store.js';
import { lifterFormula, withFormula } from './lib/lifter-formula.js';
import { download } from './lib/download.js';
import { isHistoryKey } from './lib/history-records.js';
import { loadProfile } from './lib/profile.js';
import { progressView } from './history/progress-view.js';
import { skippedRows } from './history/skipped-rows.js';
import { importBodyWeights, isBodyWeightExport } from './history/body-weight-import.js';
import { KEY } from './lib/store-keys.js';
import { $ } from './lib/dom.js';

const plural = (n, one, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

const px = await loadProximity();
const store = await getStore();
const worker = historyAnalysis();
// The worker's own saves, announced to this page as changes made elsewhere: each one that
// wrote is announced once, and that announcement is not a reason to read the history again.
let ownWrites = 0;
// The kept history's size ({workouts, sets}, null: none) and its custom exercises, with
// the names the analysis shows them by (the library's sentence case; id -> name).
let counts = null;
let customs = [];
let shownNames = {};
const library = px.exercises({});
const exerciseNames = Object.fromEntries(library.filter((e) => !e.custom).map((e) => [e.id, e.name]));
// The analysis options of the page: the saved plan when the core reads it (its next
// session and the readiness projection), else none.
let asked = {};
const view = progressView({
  muscleNames: Object.fromEntries(px.muscles({}).map((m) => [m.id, m.name])),
  landmarks: px.planDefaults({}).landmarks,
  exerciseNames,
  // One exercise's sessions and records, for the trend chart (the kept history is not
  // re-analysed: the engine starts from its last analysis).
  trendOf: (exercise) => worker.run('exerciseTrend', { ...asked, exercise }),
});

/** The saved plan, when it is one the core reads (the analysis then gives its next session). */
async function savedPlan() {
  const plan = (await store.read(KEY.plan))?.value;
  if (!plan) return undefined;
  try { return px.importPlan(plan); } catch { return undefined; }
}

/** Keeps the saved history in the worker's engine, with the profile (the analysis reads the
 * lifter's status, safety, calibration and equipment from it). */
async function loadHistory() {
  const { profile } = await loadProfile(store, px);
  const loaded = await worker.run('loadHistory', { profile });
  customs = loaded?.customExercises ?? [];
  counts = loaded && { workouts: loaded.workouts, sets: loaded.sets };
}

/** A failure to read or analyse the history, told where the page says how it is. */
function showFailure(error) {
  if (!(error instanceof ProximityError)) $('export-card').hidden = true;  // the worker that writes it stopped
  $('status').textContent = error instanceof ProximityError
    ? `Your progress could not be shown: ${error.message}. Your saved history is unchanged.`
    : error.message;
}

async function showProgress() {
  const has = !!counts;
  $('progress').hidden = !has;
  // With a history the progress comes first and the import below it; without, the import.
  $('history').append(...(has ? [$('import-card'), $('export-card')] : []));
  $('export-card').hidden = !has;
  if (!has) {
    $('status').textContent = 'No training saved yet. Import an export from Strong, Hevy or FitNotes to see your progress.';
    return;
  }
  const plan = await savedPlan();
  // The first look asks for no exercise's sessions (exercise: null); the chart then asks
  // for the chosen one's (view.trendOf), so a year of sessions never crosses all at once.
  const formula = await lifterFormula(store);  // the calculator's choice: every analysis here computes with it
  $('status').textContent = `Analysing ${plural(counts.sets, 'set')}…`;
  let analysis;
  try {
    asked = withFormula(plan ? { plan } : {}, formula);
    analysis = await worker.run('analyzeHistory', { ...asked, exercise: null });
  } catch (error) {
    if (!plan || !(error instanceof ProximityError)) throw error;
    asked = withFormula({}, formula);
    analysis = await worker.run('analyzeHistory', { ...asked, exercise: null });
  }
  $('status').textContent = `${plural(counts.workouts, 'workout')} and ${plural(counts.sets, 'set')} saved on this device.`;
  view.show(analysis);
  shownNames = Object.fromEntries(analysis.exercises.map((e) => [e.exercise, e.name]));
  showCustom();
}

function reportLines(report) {
  const lines = [`Read ${plural(report.rows, 'row')}: ${plural(report.imported, 'set')} imported, ${report.skipped.length.toLocaleString('en')} skipped.`];
  if (report.imported) lines.push(`${plural(report.workouts, 'workout')} with ${plural(report.sets, 'set')} added.`);
  const mapped = report.exercises.filter((e) => e.mapped).length;
  const custom = report.exercises.length - mapped;
  if (report.exercises.length) lines.push(`${plural(report.exercises.length, 'exercise')}: ${mapped} recognised, ${custom} kept as your own.`);
  return lines;
}

function showReport(report, saved) {
  const box = $('import-report');
  box.replaceChildren();
  for (const line of reportLines(report)) {
    const p = document.createElement('p');
    p.textContent = line;
    box.appendChild(p);
  }
  const skipped = skippedRows(report.skipped);
  if (skipped) box.appendChild(skipped);
  if (saved) {
    const p = document.createElement('p');
    p.className = 'hx-strong';
    p.textContent = report.imported ? 'Saved.' : 'Nothing new to save: every workout in this file is already in your history.';
    box.appendChild(p);
  }
}

async function importFile(file) {
  if (!file) return;
  $('import-error').textContent = '';
  $('import-report').textContent = `Reading ${file.name}…`;
  // A body-measurement export (Hevy, FitNotes) fills the profile's body-weight log instead;
  // its first line says which it is.
  const head = await file.slice(0, 4096).text();
  if (isBodyWeightExport(px, head)) {
    await importBodyWeights({ px, store, text: await file.text(), box: $('import-report'), error: $('import-error') });
    return;
  }
  let answer;
  try {
    ownWrites++;
    answer = await worker.run('importFile', { file }, ({ rows, saving }) => {
      if (rows) $('import-report').textContent = `Reading ${plural(rows, 'row')}…`;
      if (saving) $('import-report').textContent = `Saving ${plural(saving, 'workout')}…`;
    });
  } catch (error) {
    settled(false);
    $('import-report').replaceChildren();
    $('import-error').textContent = error instanceof ProximityError
      ? `This file could not be imported: ${error.message}. Your saved history is unchanged.`
      : `${error.message} Your saved history is unchanged.`;
    return;
  }
  const { report, saved } = answer;
  settled(saved.ok && report.imported > 0);
  showReport(report, saved.ok);
  if (saved.ok) {
    counts = answer.workouts ? { workouts: answer.workouts, sets: answer.sets } : null;
    customs = answer.customExercises;
  } else {
    $('import-error').textContent = saved.message;
    await loadHistory().catch(showFailure);  // the engine holds what is saved again
  }
  await showProgress().catch(showFailure);
}

function showCustom() {
  $('custom').hidden = !customs.length;
  const list = $('custom-list');
  list.replaceChildren();
  const options = library.filter((e) => !e.custom).sort((a, b) => a.name.localeCompare(b.name));
  customs.forEach((c, i) => {
    const li = document.createElement('li');
    const label = document.createElement('label');
    label.htmlFor = `map-${i}`;
    const shown = shownNames[c.id] ?? c.name;
    label.textContent = shown === c.name ? shown : `${shown} (imported as “${c.name}”)`;
    const select = document.createElement('select');
    select.id = `map-${i}`;
    select.append(new Option('Keep as my own exercise', ''), ...options.map((e) => new Option(e.name, e.id)));
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = 'Map';
    button.setAttribute('aria-label', `Map ${shown}`);
    button.addEventListener('click', () => remap(c, select.value));
    li.append(label, select, button);
    list.appendChild(li);
  });
}

async function remap(custom, to) {
  if (!to) return;
  let answer;
  try {
    ownWrites++;
    answer = await worker.run('remapExercise', { from: custom.id, to });
  } catch (error) {
    settled(false);
    $('import-error').textContent = `${shownNames[custom.id] ?? custom.name} was not mapped: ${error.message}${error instanceof ProximityError ? '.' : ''}`;
    return;
  }
  const { moved, saved } = answer;
  settled(saved.ok);
  await loadHistory().catch(showFailure);
  $('import-error').textContent = saved.ok ? '' : saved.message;
  $('import-report').textContent = saved.ok
    ? `${shownNames[custom.id] ?? custom.name} now counts as ${exerciseNames[to]} (${plural(moved, 'exercise entry', 'exercise entries')} moved); the next import maps it the same way.`
    : '';
  await showProgress().catch(showFailure);
}

async function exportAs(format) {
  $('export-error').textContent = '';
  try {
    const { text, fileName } = await worker.run('exportHistory', { format });
    download(fileName, text, format === 'strong' ? 'text/csv' : 'application/json');
  } catch (error) {
    $('export-error').textContent = `Could not export: ${error.message}.`;
  }
}

$('import-file').addEventListener('change', (event) => { importFile(event.target.files[0]); event.target.value = ''; });
$('export-json').addEventListener('click', () => exportAs('proximity'));
$('export-csv').addEventListener('click', () => exportAs('strong'));
const drop = $('drop');
drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('hx-over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('hx-over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('hx-over');
  importFile(event.dataTransfer.files[0]);
});
const reload = () => loadHistory().then(showProgress).catch(showFailure);
// A save of the worker's that wrote nothing is announced to no one; if an announcement was
// taken for it meanwhile, that one came from elsewhere.
function settled(wrote) {
  if (wrote) return;
  if (ownWrites > 0) ownWrites--;
  else reload();
}
store.subscribe(({ key, local, cause }) => {
  if (local || (cause !== 'import' && !isHistoryKey(key))) return;
  if (isHistoryKey(key) && ownWrites > 0) ownWrites--;
  else reload();
});

await reload();
document.body.dataset.ready = 'true';
