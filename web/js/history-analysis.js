// @ts-check
// The page's side of the history's worker (./history/analysis-worker.js): one worker per
// page, started on first use, that keeps the saved history in its own Proximity module and
// answers what reads all of it. Every answer is a promise; the page's thread only posts
// and receives, so it stays responsive while a decade of training is read or analysed.
//
//   const history = historyAnalysis();
//   await history.run('loadHistory', { profile });        // {workouts, sets, customExercises} | null
//   await history.run('analyzeHistory', { exercise: null });
//   await history.run('importFile', { file }, ({ rows }) => say(`Reading ${rows} rows…`));
//
// A refused input rejects with the core's ProximityError (its field and words). A worker
// that cannot start or stops (its module failed to load, it crashed) rejects every waiting
// and later request with a HistoryWorkerError whose message is a sentence for the person:
// a page never waits for ever.
import { ProximityError } from './proximity.js';

export class HistoryWorkerError extends Error {
  constructor(message) {
    super(message);
    this.name = 'HistoryWorkerError';
  }
}

const STOPPED = 'Your training history could not be read on this device: the part of Proximity that reads it stopped';
const AGAIN = 'Reload the page to try again.';

let shared = null;

/** The page's history worker (one per page). */
export function historyAnalysis() {
  shared ??= startWorker();
  return shared;
}

function startWorker() {
  const pending = new Map();  // id -> {resolve, reject, onProgress}
  let next = 1;
  let stopped = null;  // a HistoryWorkerError once the worker cannot answer
  let worker = null;
  const stop = (why) => {
    stopped ??= new HistoryWorkerError(`${STOPPED}${why ? ` (${why})` : ''}. ${AGAIN}`);
    for (const { reject } of pending.values()) reject(stopped);
    pending.clear();
    worker?.terminate();
  };
  try {
    worker = new Worker(new URL('./history/analysis-worker.js', import.meta.url), { type: 'module' });
  } catch (error) {
    stop(/** @type {any} */ (error)?.message);
  }
  worker?.addEventListener('error', (event) => {
    event.preventDefault();
    stop(event.message || 'it could not be started');
  });
  worker?.addEventListener('messageerror', () => stop('an answer could not be read'));
  worker?.addEventListener('message', ({ data }) => {
    if (data?.failed) return stop(data.failed);
    const waiting = pending.get(data?.id);
    if (!waiting) return;
    if ('progress' in data) return waiting.onProgress?.(data.progress);
    pending.delete(data.id);
    if (data.ok) waiting.resolve(data.result);
    else waiting.reject(new ProximityError(data.error));
  });
  return {
    /**
     * Runs `op` (a px method or a worker request: loadHistory, importFile, remapExercise,
     * exerciseTrend, analyzeWith) in the worker.
     * @param {string} op
     * @param {object} [input]
     * @param {(progress: any) => void} [onProgress]
     * @returns {Promise<any>}
     */
    run(op, input = {}, onProgress = undefined) {
      if (stopped) return Promise.reject(stopped);
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, onProgress });
        try {
          worker?.postMessage({ id, op, input });
        } catch (error) {
          pending.delete(id);
          reject(new ProximityError({ message: `the input cannot be sent (${/** @type {any} */ (error)?.message})` }));
        }
      });
    },
  };
}
