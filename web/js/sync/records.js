// @ts-check
// What travels to the lifter's CouchDB, and in what shape: one CouchDB document per saved
// record of the store (../lib/store.js), the document's id being the record's key ("profile",
// "plan", "settings", "history", one "workout/<id>" per workout when the history is kept one
// record each; the workout in progress, set by set). Drafts and the sync bookkeeping stay here.
// A document from the server is used only when it has this shape, fits the size limit and
// passes the same checks as an imported file (../lib/settings-store.js checkImport); otherwise it
// is kept aside and the saved record is left as it was.
import { checkImport } from '../lib/settings-store.js';

export const DOC_FORMAT = 1;
/** One document's largest accepted JSON size (a year of training in one record is ~2 MB). */
export const MAX_DOC_BYTES = 16 * 1024 * 1024;
const LOCAL_ONLY = [/\.draft$/, /^sync\./, /^_/];

/** Whether the store record `key` is synced. */
export const isSynced = (key) => typeof key === 'string' && key.length > 0 && key.length <= 200
  && !LOCAL_ONLY.some((pattern) => pattern.test(key));

/** The CouchDB document for a record (without _rev). */
export const toDoc = (key, value) => ({ _id: key, app: 'proximity', format: DOC_FORMAT, value, savedAt: new Date().toISOString() });

/**
 * The record a server document holds: {key, value} or {key, problem} (plain words).
 * @param {any} doc
 */
export function fromDoc(doc) {
  const key = typeof doc?._id === 'string' ? doc._id : '';
  if (!isSynced(key)) return { key, problem: 'it is not a Proximity item' };
  if (doc.app !== 'proximity' || doc.format !== DOC_FORMAT || !('value' in doc)) return { key, problem: 'it is not in a form this version of Proximity reads' };
  let size = 0;
  try { size = JSON.stringify(doc.value)?.length ?? 0; } catch { return { key, problem: 'it could not be read' }; }
  if (size > MAX_DOC_BYTES) return { key, problem: 'it is larger than any Proximity item' };
  const problem = checkImport(key, doc.value);
  return problem ? { key, problem } : { key, value: doc.value };
}

/** Same saved content (values went through JSON on the way, so their text compares). */
export const sameValue = (a, b) => JSON.stringify(a) === JSON.stringify(b);
