// The history's worker: the one Proximity module instance that holds the saved training
// history and runs everything that reads all of it (the import parse, the analysis, the
// exercise remap, the export, a planned session prepared from the log), so that a page's
// main thread never waits on a decade of training. Pages talk to it through
// web/js/history-analysis.js; nothing here touches the page.
//
// Messages in:  {id, op, input}    op: a px method name, or one of OPS below
// Messages out: {id, progress}     on the way (an import's {rows} counted before it is read,
//                                  then {saving}: the workouts it adds)
//               {id, ok: true, result} | {id, ok: false, error: {kind, field, message}}
//               {failed: message}  the module could not be loaded: nothing will be answered
// The saved history is read and written here, in the store (IndexedDB), never sent to or by
// the page: an import's new workouts go from the engine to the database without crossing the
// main thread, a page at a time (px.importedWorkouts), never all at once. A write is checked
// against the history as last read here (loadHistory), so a history changed in another tab
// since is not overwritten (the answer says so).
import { loadProximity } from '../proximity.js';
import { getStore } from '../lib/store.js';
import { historyRecords, importedWorkouts } from '../lib/history-records.js';

const started = loadProximity();
started.catch((error) => self.postMessage({ failed: `the calculator could not be loaded (${error?.message ?? error})` }));

// Data rows of a CSV text, counted by its line ends for the words shown while it is read (a
// note holding a line break counts twice; the report then gives the core's exact count); a
// JSON file: none to count.
function rowsOf(text) {
  if (text.trimStart().startsWith('{')) return 0;
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  if (!text.endsWith('\n')) lines++;
  return Math.max(0, lines - 1);
}

// The history's records; load() notes the revision the next save builds on.
const records = getStore().then(historyRecords);
const savedHistory = async () => (await records).load();

const OPS = {
  /**
   * Keeps the saved history in the engine: {workouts, sets, customExercises, last} or null
   * when none; `last` is the last workout's {start, name}.
   */
  async loadHistory(px, { profile } = {}) {
    const history = await savedHistory();
    if (!history?.workouts?.length) {
      px.clearHistory({});
      return null;
    }
    const counts = px.setHistory(profile ? { history, profile } : { history });
    const { start, name = '' } = history.workouts.at(-1);
    return { ...counts, customExercises: history.customExercises ?? [], last: { start, name } };
  },
  /**
   * A file (a File, or {text}) imported into the kept history and its new workouts saved;
   * progress {rows} first. {report, saved: {ok, message?}, workouts, sets, customExercises}.
   */
  async importFile(px, input, progress) {
    let body = input.text ?? await input.file.text();
    progress({ rows: rowsOf(body) });
    const { report, document, workouts, sets } = px.importToHistory({ text: body });
    body = input.text = null;  // read: its 13 MB need not wait for the save
    progress({ saving: report.workouts });
    // The new workouts go from the engine to the store a page at a time, in one transaction.
    const saved = report.imported ? await (await records).save({ added: importedWorkouts(px), document }) : { ok: true };
    return { report, saved, workouts, sets, customExercises: document.customExercises };
  },
  /** A custom exercise mapped to a library one, the workouts that changed saved: {moved, saved}. */
  async remapExercise(px, { from, to }) {
    const before = await savedHistory();
    const { history, moved } = px.remapExercise({ history: before, from, to });
    const { workouts, ...document } = history;
    const changed = workouts.filter((w, i) => w.exercises.some((x, j) => x.exercise !== before.workouts[i].exercises[j].exercise));
    return { moved, saved: await (await records).save({ changed, document }) };
  },
  /**
   * One exercise's entry of the kept history's analysis ({...analyzeHistory's options,
   * exercise}), for a trend chart; undefined when the history has none. The rest of the
   * analysis (every week of a decade) stays here rather than being copied to the page.
   */
  async exerciseTrend(px, input) {
    return px.analyzeHistory(input).exercises.find((e) => e.exercise === input.exercise);
  },
  /** The analysis of the saved history with one more workout (Today's session in progress). */
  async analyzeWith(px, { workout, ...input }) {
    const base = (await savedHistory()) ?? { version: 1, workouts: [] };
    return px.analyzeHistory({ ...input, history: { ...base, workouts: [...base.workouts, workout] } });
  },
};

const fault = (error) => (error && typeof error === 'object' && 'kind' in error && 'field' in error
  ? { kind: error.kind, field: error.field, message: error.message }
  : { kind: 'internal', field: '', message: String(error?.message ?? error) });

// One request at a time, in order: the engine's kept history is one state.
let queue = Promise.resolve();
self.addEventListener('message', ({ data }) => {
  const { id, op, input } = data ?? {};
  queue = queue.then(async () => {
    try {
      const px = await started;
      const progress = (value) => self.postMessage({ id, progress: value });
      let result;
      if (Object.hasOwn(OPS, op)) result = await OPS[op](px, input ?? {}, progress);
      else if (px.methods.includes(op)) result = px[op](input ?? {});
      else throw new Error(`unknown request ${op}`);
      self.postMessage({ id, ok: true, result });
    } catch (error) {
      self.postMessage({ id, ok: false, error: fault(error) });
    }
  });
});
