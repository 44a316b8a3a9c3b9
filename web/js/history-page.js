// The history page ("Your progress"): imports a Strong / Hevy CSV or a Proximity history
// file into the saved history (./history/history-record.js: one record, written over the
// revision read), maps custom exercises to the library (px.remapExercise: the mapping stays
// in the history for the next import), exports it (px.exportHistory), and shows the
// analysis (px.analyzeHistory over the history kept in the engine with px.setHistory, sent
// once per load or change).
import { loadProximity, ProximityError } from './proximity.js';
import { getStore } from './lib/store.js';
import { download } from './lib/download.js';
import { historyRecord } from './history/history-record.js';
import { loadProfile } from './lib/profile.js';
import { progressView } from './history/progress-view.js';

const $ = (id) => document.getElementById(id);
const plural = (n, one, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

const px = await loadProximity();
const store = await getStore();
const record = historyRecord(store);
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
  const plan = (await store.read('plan'))?.value;
  if (!plan) return undefined;
  try { return px.importPlan(plan); } catch { return undefined; }
}

async function showProgress() {
  const history = record.value;
  const has = !!history?.workouts?.length;
  $('progress').hidden = !has;
  // With a history the progress comes first and the import below it; without, the import.
  $('history').append(...(has ? [$('import-card'), $('export-card')] : []));
  $('export-card').hidden = !has;
  if (!has) {
    px.clearHistory({});
    $('status').textContent = 'No training saved yet. Import an export from Strong or Hevy to see your progress.';
    return;
  }
  // The profile goes with the history: the analysis reads the lifter's status, safety,
  // calibration and equipment from it.
  const { profile } = await loadProfile(store, px);
  const kept = px.setHistory({ history, profile });
  const plan = await savedPlan();
  // The first look asks for no exercise's sessions (exercise: null); the chart then asks
  // for the chosen one's (view.trendOf), so a year of sessions never crosses all at once.
  let analysis;
  try {
    asked = plan ? { plan } : {};
    analysis = px.analyzeHistory({ ...asked, exercise: null });
  } catch {
    asked = {};
    analysis = px.analyzeHistory({ exercise: null });
  }
  $('status').textContent = `${plural(kept.workouts, 'workout')} and ${plural(kept.sets, 'set')} saved on this device.`;
  view.show(analysis);
  showCustom(history);
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
    answer = px.importHistory({ text, history: record.value ?? undefined });
  } catch (error) {
    if (!(error instanceof ProximityError)) throw error;
    $('import-report').replaceChildren();
    $('import-error').textContent = `This file could not be imported: ${error.message}. Your saved history is unchanged.`;
    return;
  }
  const saved = answer.report.imported ? await record.save(answer.history) : { ok: true };
  showReport(answer.report, saved.ok);
  if (!saved.ok) $('import-error').textContent = saved.message;
  if (saved.ok || saved.conflict) await showProgress();
}

async function importFile(file) {
  if (!file) return;
  $('import-report').textContent = `Reading ${file.name}…`;
  await importText(await file.text());
}

function showCustom(history) {
  const customs = history?.customExercises ?? [];
  $('custom').hidden = !customs.length;
  const list = $('custom-list');
  list.replaceChildren();
  const options = library.filter((e) => !e.custom).sort((a, b) => a.name.localeCompare(b.name));
  customs.forEach((c, i) => {
    const li = document.createElement('li');
    const label = document.createElement('label');
    label.htmlFor = `map-${i}`;
    label.textContent = c.name;
    const select = document.createElement('select');
    select.id = `map-${i}`;
    select.append(new Option('Keep as my own exercise', ''), ...options.map((e) => new Option(e.name, e.id)));
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = 'Map';
    button.setAttribute('aria-label', `Map ${c.name}`);
    button.addEventListener('click', () => remap(c, select.value));
    li.append(label, select, button);
    list.appendChild(li);
  });
}

async function remap(custom, to) {
  if (!to) return;
  const { history, moved } = px.remapExercise({ history: record.value, from: custom.id, to });
  const saved = await record.save(history);
  $('import-error').textContent = saved.ok ? '' : saved.message;
  $('import-report').textContent = saved.ok
    ? `${custom.name} now counts as ${exerciseNames[to]} (${plural(moved, 'exercise entry', 'exercise entries')} moved); the next import maps it the same way.`
    : '';
  await showProgress();
}

function exportAs(format) {
  $('export-error').textContent = '';
  try {
    const { text, fileName } = px.exportHistory({ history: record.value, format });
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
store.subscribe(async ({ key, local }) => {
  if (key !== 'history' || local) return;
  await record.load();
  await showProgress();
});

await record.load();
await showProgress();
document.body.dataset.ready = 'true';
