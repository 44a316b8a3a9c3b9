// The training history as the pages keep it: one store record per workout, under a stable
// id "workout/<start>|<name>" (key order is start order), that a finished workout or an
// import adds to, and one record "history.document" with the rest of the history document
// ({version, customExercises, mapping}). Nothing is rewritten whole: a finished workout
// writes one record, an import its new workouts and the document, in one transaction. The
// core keeps the whole history in the engine (px.setHistory once per page load,
// px.importToHistory adds a file to it; importedWorkouts below reads what to store).
// Until schema version 2 the history was ONE record "history" holding the whole document;
// splitHistoryRecord (the store's migration) and splitHistoryDocument (old backup files)
// turn it into these records, keeping every workout.
import { KEY } from './store-keys.js';

const DOCUMENT_KEY = KEY.historyDocument;
const WORKOUT_PREFIX = KEY.workout;
const OLD_KEY = KEY.history;
/** What a change of the history is announced as (store.subscribe's key): the old record's key. */
export const HISTORY_TOPIC = KEY.history;

export const workoutKey = (workout) => `${WORKOUT_PREFIX}${workout.start}|${workout.name ?? ''}`;
export const isHistoryKey = (key) => key === HISTORY_TOPIC || key === DOCUMENT_KEY || !!key?.startsWith(WORKOUT_PREFIX);

const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const holdsWorkouts = (history) => isPlainObject(history) && Array.isArray(history.workouts);

// The records of a whole history document; two workouts with the same start and name
// (possible in the old single record) both kept, the second as "...#2".
function splitEntries(history) {
  const { workouts, ...document } = history;
  const seen = new Set();
  const entries = workouts.map((workout) => {
    let key = workoutKey(workout);
    for (let n = 2; seen.has(key); n++) key = `${workoutKey(workout)}#${n}`;
    seen.add(key);
    return { key, value: workout };
  });
  entries.push({ key: DOCUMENT_KEY, value: document });
  return entries;
}

/** Records of a data file: an old "history" record becomes the records above. */
export function splitHistoryDocument(records) {
  if (!holdsWorkouts(records[OLD_KEY])) return records;
  const { [OLD_KEY]: history, ...rest } = records;
  for (const { key, value } of splitEntries(history)) rest[key] = value;
  return rest;
}

// The history document from its document record's value and the workouts in key order.
function historyOf(document, workouts) {
  if (!document && !workouts.length) return null;
  return { version: 1, customExercises: [], mapping: [], ...document, workouts };
}

/**
 * The history held by records keyed as above (a synced database read by the coach page, a
 * data file): the workout records in key order with the document, or an old single
 * "history" record; null when there is none.
 */
export function historyFromRecords(records) {
  if (holdsWorkouts(records[OLD_KEY])) return records[OLD_KEY];
  const keys = Object.keys(records).filter((key) => key.startsWith(WORKOUT_PREFIX)).sort();
  return historyOf(records[DOCUMENT_KEY], keys.map((key) => records[key]));
}

/** The schema migration (inside its upgrade transaction): `records` is the idb object store. */
export async function splitHistoryRecord(records) {
  const old = await records.get(OLD_KEY);
  if (!old || !holdsWorkouts(old.value)) return;  // nothing to move (an odd value stays as it was)
  const savedAt = new Date().toISOString();
  for (const { key, value } of splitEntries(old.value)) await records.put({ key, value, rev: 1, savedAt });
  await records.delete(OLD_KEY);
}

const CONFLICT = 'Not saved: the history was changed in another tab. It is shown as saved there now; import again to add this file.';
const failed = (answer) => (answer.reason === 'conflict'
  ? { ok: false, conflict: true, message: CONFLICT }
  : { ok: false, message: `Not saved: ${answer.message ?? 'the browser refused to save'}. Your saved history is unchanged.` });

export function historyRecords(store) {
  let documentRev = 0;
  return {
    /** The saved history as one document (null when none yet), for px.setHistory. */
    async load() {
      const [document, workouts] = await Promise.all([store.read(DOCUMENT_KEY), store.list(WORKOUT_PREFIX)]);
      documentRev = document?.rev ?? 0;
      return historyOf(document?.value, workouts.map((r) => r.value));
    },
    /**
     * Adds new workouts and writes the document (custom exercises, mapping) over the revision
     * read, all in one transaction; `changed` workouts (already saved) are written again.
     * `added` may be any iterable (importedWorkouts below: read as the transaction goes).
     * {ok: true} or {ok: false, conflict?, message} with a sentence for the page.
     */
    async save({ added = [], changed = [], document }) {
      function* entries() {
        for (const value of added) yield { key: workoutKey(value), value, baseRev: 0 };
        for (const value of changed) yield { key: workoutKey(value), value };
        yield { key: DOCUMENT_KEY, value: document, baseRev: documentRev };
      }
      const answer = await store.writeAll(entries(), HISTORY_TOPIC);
      if (!answer.ok) return failed(answer);
      documentRev = answer.revs.at(-1);
      return { ok: true };
    },
  };
}

/**
 * The workouts px's last importToHistory added, asked from the engine a page at a time
 * (px.importedWorkouts) as they are iterated: saved with save({added}), a decade's import is
 * never held whole as JS objects, nor as one answer's text.
 */
export function* importedWorkouts(px) {
  for (let from = 0, total = 1; from < total;) {
    const page = px.importedWorkouts({ from });
    yield* page.workouts;
    ({ next: from, total } = page);
  }
}

/**
 * Appends one finished workout (checked by the core, px.readHistory, with the saved custom
 * exercises it may name): one new record, whatever the size of the history.
 */
export async function appendWorkout(store, px, workout) {
  const document = (await store.read(DOCUMENT_KEY))?.value;
  const checked = px.readHistory({ history: { version: 1, customExercises: document?.customExercises ?? [], workouts: [workout] } });
  const answer = await store.write(workoutKey(workout), checked.history.workouts[0], { baseRev: 0 });
  return answer.ok ? answer : failed(answer);
}
