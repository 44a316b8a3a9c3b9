// The history page ("Your progress"): the saved history (./lib/history-records.js: one
// record per workout) is kept in the engine (px.setHistory, sent once per load or change
// in another tab). A Strong / Hevy CSV or a Proximity history file is imported into it
// (px.importToHistory answers the workouts added, which are saved as new records); custom
// exercises are mapped to the library (px.remapExercise: the mapping stays in the history
// for the next import); px.exportHistory writes the kept history; the page asks
// px.analyzeHistory for what it shows.
import { loadProximity, ProximityError } from './proximity.js';
import { getStore } from './lib/store.js';
import { lifterFormula, withFormula } from './lib/lifter-formula.js';
import { download } from './lib/download.js';
import { historyRecords, isHistoryKey } from './lib/history-records.js';
import { loadProfile } from './lib/profile.js';
import { progressView } from './history/progress-view.js';
import { KEY } from './lib/store-keys.js';
import { $ } from './lib/dom.js';

const plural = (n, one, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

const px = await loadProximity();
const store = await getStore();
const records = historyRecords(store);
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
  trendOf: (exercise) => px.analyzeHistory({ ...asked, exercise }).exercises.find((e) => e.exercise === exercise),
});

/** The saved plan, when it is one the core reads (the analysis then gives its next session). */
async function savedPlan() {
  const plan = (await store.read(KEY.plan))?.value;
  if (!plan) return undefined;
  try { return px.importPlan(plan); } catch { return undefined; }
}

/** Keeps the saved history in the engine, with the profile (the analysis reads the
 * lifter's status, safety, calibration and equipment from it). */
async function loadHistory() {
  const history = await records.load();
  customs = history?.customExercises ?? [];
  if (!history?.workouts?.length) {
    px.clearHistory({});
    counts = null;
    return;
  }
  const { profile } = await loadProfile(store, px);
  counts = px.setHistory({ history, profile });
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
  let analysis;
  try {
    asked = withFormula(plan ? { plan } : {}, formula);
    analysis = px.analyzeHistory({ ...asked, exercise: null });
  } catch {
    asked = withFormula({}, formula);
    analysis = px.analyzeHistory({ ...asked, exercise: null });
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
  if (report.skipped.length) {
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = `Skipped rows (${report.skipped.length.toLocaleString('en')})`;
    const list = document.createElement('ul');
    list.className = 'hx-list hx-skipped';
    for (const s of report.skipped.slice(0, 500)) {
      const li = document.createElement('li');
      li.textContent = `Line ${s.line}: ${s.reason}`;
      list.appendChild(li);
    }
    if (report.skipped.length > 500) {
      const li = document.createElement('li');
      li.textContent = `… and ${(report.skipped.length - 500).toLocaleString('en')} more.`;
      list.appendChild(li);
    }
    details.append(summary, list);
    box.appendChild(details);
  }
  if (saved) {
    const p = document.createElement('p');
    p.className = 'hx-strong';
    p.textContent = report.imported ? 'Saved.' : 'Nothing new to save: every workout in this file is already in your history.';
    box.appendChild(p);
  }
}

async function importText(text) {
  $('import-error').textContent = '';
  let answer;
  try {
    answer = px.importToHistory({ text });
  } catch (error) {
    if (!(error instanceof ProximityError)) throw error;
    $('import-report').replaceChildren();
    $('import-error').textContent = `This file could not be imported: ${error.message}. Your saved history is unchanged.`;
    return;
  }
  const saved = answer.report.imported ? await records.save({ added: answer.added, document: answer.document }) : { ok: true };
  showReport(answer.report, saved.ok);
  if (saved.ok) {
    counts = answer.workouts ? { workouts: answer.workouts, sets: answer.sets } : null;
    customs = answer.document.customExercises;
  } else {
    $('import-error').textContent = saved.message;
    await loadHistory();  // the engine holds what is saved again
  }
  await showProgress();
}

async function importFile(file) {
  if (!file) return;
  $('import-report').textContent = `Reading ${file.name}…`;
  await importText(await file.text());
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
  const before = await records.load();
  const { history, moved } = px.remapExercise({ history: before, from: custom.id, to });
  const { workouts, ...document } = history;
  const changed = workouts.filter((w, i) => w.exercises.some((x, j) => x.exercise !== before.workouts[i].exercises[j].exercise));
  const saved = await records.save({ changed, document });
  await loadHistory();
  $('import-error').textContent = saved.ok ? '' : saved.message;
  $('import-report').textContent = saved.ok
    ? `${shownNames[custom.id] ?? custom.name} now counts as ${exerciseNames[to]} (${plural(moved, 'exercise entry', 'exercise entries')} moved); the next import maps it the same way.`
    : '';
  await showProgress();
}

function exportAs(format) {
  $('export-error').textContent = '';
  try {
    const { text, fileName } = px.exportHistory({ format });
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
store.subscribe(async ({ key, local, cause }) => {
  if (local || (cause !== 'import' && !isHistoryKey(key))) return;
  await loadHistory();
  await showProgress();
});

await loadHistory();
await showProgress();
document.body.dataset.ready = 'true';
