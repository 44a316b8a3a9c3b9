// @ts-check
// Persistent storage: a browser may clear a site's saved data when space runs low, unless the
// site asked to keep it (navigator.storage.persist()). Proximity asks at the first save of
// training data (a history, a workout, a plan or the profile), not on a first visit, and says
// why; "Your data" shows the answer and, when it is no, reminds to export or sync.
import { KEY, kindOf } from '../lib/store-keys.js';

const TRAINING = [KEY.history, KEY.workout, KEY.session, KEY.plan, KEY.profile];
/** @param {unknown} key */
export const isTrainingData = (key) => TRAINING.includes(kindOf(key)?.key ?? '');

/** "kept" | "may-clear" | "unknown" (the browser has no storage manager). */
export async function storageState() {
  try { return (await navigator.storage.persisted()) ? 'kept' : 'may-clear'; } catch { return 'unknown'; }
}

/** Asks once per page, when not granted yet. Resolves to the state after. */
export async function askToKeep() {
  if ((await storageState()) !== 'may-clear') return storageState();
  try { await navigator.storage.persist(); } catch { /* the answer stays "may-clear" */ }
  return storageState();
}

export const STORAGE_WORDS = {
  kept: 'This browser keeps Proximity\'s data: it will not clear it to make room.',
  'may-clear': 'This browser may clear Proximity\'s data when the device runs low on space. Export your data now and then, or sync it to your own database below.',
  unknown: 'This browser does not say whether it keeps Proximity\'s data. Export your data now and then, or sync it.',
};
export const WHY_ASKED = 'Proximity asked this browser to keep your training data, because a history cleared to free space could not be rebuilt.';
