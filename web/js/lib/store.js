// @ts-check
// Proximity's one store for everything a page keeps: IndexedDB through idb (web/vendor/idb.js,
// copied from npm by scripts/build). Every page uses it; the widget keeps nothing.
//
//   import { getStore } from './lib/store.js';
//   const store = await getStore();                 // one per page; never throws
//   await store.read('plan');                       // { value, rev } | null
//   await store.write('plan', plan, { baseRev });   // { ok: true, rev }
//                                                   // | { ok: false, reason, message, current? }
//   await store.remove('plan', { baseRev });        // same answers as write
//   await store.writeAll([{ key, value, baseRev }], topic)  // several records in one
//                                                   // transaction, all or none (same answers);
//                                                   // announced once, as key `topic`; any
//                                                   // iterable, read as the transaction goes
//   await store.list('workout/');                   // [{ key, value, rev }] in key order
//   await store.setAside('plan', why);              // moves the record to quarantine (one transaction)
//   await store.keepAside(key, value, why);         // adds a quarantine entry, record untouched
//   await store.quarantined();                      // [{ id, key, value, reason, at }] oldest first
//   store.subscribe(({ key, rev, cause, local }) => ...)  // every change, this tab and others
//   await store.exportAll(); await store.importAll(doc)   // the "Your data" file
//
// Records: one per key, any structured-clonable value ("settings", "calculator", "plan",
// "advisor.ruleSet", drafts "<key>.draft"). For many items of one kind use one record each
// under a prefix and list(prefix), e.g. a lifter profile "profile", a training history
// "workout/2026-12-01T18:30:00Z" (thousands: each write touches one record), the workout in
// progress "session.current" (written set by set with its baseRev). Each record has
// a revision that starts at 1 and grows by one with every write. `baseRev` is the revision the
// page read (0 = "I expect no record"); a write whose base is stale changes nothing and answers
// reason "conflict" with the current record, so the page can ask the person which to keep
// (keep theirs: write again with baseRev = current.rev; take the other: use current.value).
// Without baseRev a write is unconditional (settings a person just picked).
//
// Every write is one IndexedDB transaction: it happens completely or not at all, and a failure
// (reason "full", "unavailable", "blocked", "failed") leaves the previous value in place; the
// message is a plain-words clause for the page to show where the person acted ("Not saved:
// <message>."). Nothing is ever deleted to make room. The quarantine keeps every entry (auto
// numbered, time-stamped, never overwritten). Changes are announced to other tabs on a
// BroadcastChannel. The schema is versioned (MIGRATIONS, one step per version); version 1
// moves today's localStorage keys in (./legacy-storage.js), leaving them where they were.
import { openDB } from '../../vendor/idb.js';
import { legacyEntries, recordFromExportKey } from './legacy-storage.js';
import { splitHistoryRecord, splitHistoryDocument } from './history-records.js';

export const DB_NAME = 'proximity';
export const CHANNEL = 'proximity-store';
export const EXPORT_FORMAT = 2;
const BLOCKED_WAIT_MS = 2000;

const MESSAGES = {
  full: 'the storage on this device is full',
  unavailable: 'this browser does not allow saving here (a private window, or storage is switched off)',
  blocked: 'Proximity is being updated in another tab; close the other Proximity tabs or reload this one',
  conflict: 'this was changed in another tab',
  failed: 'the browser refused to save',
};

// MIGRATIONS[n] turns schema version n into n + 1 inside the upgrade transaction.
export const MIGRATIONS = [
  (db, tx) => {
    db.createObjectStore('records', { keyPath: 'key' });
    db.createObjectStore('quarantine', { keyPath: 'id', autoIncrement: true });
    const at = new Date().toISOString();
    let old = null;
    try { old = globalThis.localStorage; } catch { /* blocked: nothing to move */ }
    for (const entry of legacyEntries(old)) {
      if (entry.aside) tx.objectStore('quarantine').add({ key: entry.key, value: entry.value, reason: entry.aside, at });
      else tx.objectStore('records').put({ key: entry.key, value: entry.value, rev: 1, savedAt: at });
    }
  },
  // The training history, one record rewritten whole, becomes one record per workout.
  (_db, tx) => splitHistoryRecord(tx.objectStore('records')),
];
export const SCHEMA_VERSION = MIGRATIONS.length;

const fail = (reason, extra = {}) => ({ ok: false, reason, message: MESSAGES[reason], ...extra });
const reasonOf = (error) => (error?.name === 'QuotaExceededError' ? 'full'
  : error?.name === 'InvalidStateError' || error?.name === 'UnknownError' ? 'unavailable' : 'failed');
const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

let opened = null;
/** The page's store (opened once). */
export function getStore() {
  opened ??= openStore();
  return opened;
}

export async function openStore({ name = DB_NAME } = {}) {
  const listeners = new Set();
  let blocked = false;
  let problem = null;  // a reason that makes every write fail (unavailable, blocked)
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  const emit = (change) => { for (const fn of listeners) { try { fn(change); } catch (e) { console.error(e); } } };
  channel?.addEventListener('message', (event) => { if (isPlainObject(event.data)) emit({ ...event.data, local: false }); });
  const announce = (change) => { emit({ ...change, local: true }); channel?.postMessage(change); };

  const ready = (async () => {
    try {
      return await openDB(name, SCHEMA_VERSION, {
        upgrade(db, oldVersion, _newVersion, tx) {
          for (let v = oldVersion; v < SCHEMA_VERSION; v++) MIGRATIONS[v](db, tx);
        },
        blocked() { blocked = true; },
        blocking(_current, _next, event) { event.target.close(); problem = 'blocked'; },
        terminated() { problem = 'unavailable'; },
      });
    } catch {
      problem = 'unavailable';
      return null;
    }
  })();
  async function database() {
    const waiting = blocked ? new Promise((ok) => setTimeout(() => ok('blocked'), BLOCKED_WAIT_MS)) : null;
    const first = await (waiting ? Promise.race([ready, waiting]) : ready);
    if (first === 'blocked') return { error: 'blocked' };
    if (problem) return { error: problem };
    return first ? { db: first } : { error: 'unavailable' };
  }

  // Runs `body(tx)` in one readwrite transaction; any throw aborts all of it.
  async function transact(stores, body) {
    const { db: handle, error } = await database();
    if (error) return fail(error);
    let tx;
    try {
      tx = handle.transaction(stores, 'readwrite');
      const answer = await body(tx);
      if (answer && answer.ok === false) {
        try { tx.abort(); } catch { /* finished already: it wrote nothing */ }
        await tx.done.catch(() => {});
        return answer;
      }
      await tx.done;
      return answer ?? { ok: true };
    } catch (err) {
      try { tx?.abort(); } catch { /* already finished */ }
      await tx?.done.catch(() => {});
      return fail(reasonOf(err));
    }
  }

  async function readOnly(storeName, fn, fallback) {
    const { db: handle } = await database();
    if (!handle) return fallback;
    try { return await fn(handle.transaction(storeName).store); } catch { return fallback; }
  }

  const toRecord = (r) => (r ? { key: r.key, value: r.value, rev: r.rev, savedAt: r.savedAt } : null);

  async function read(key) {
    const record = await readOnly('records', (s) => s.get(key), null);
    return record ? { value: record.value, rev: record.rev } : null;
  }

  async function list(prefix = '') {
    const range = prefix ? IDBKeyRange.bound(prefix, `${prefix}\uffff`) : undefined;
    return (await readOnly('records', (s) => s.getAll(range), [])).map(toRecord);
  }

  /** @param {string} key @param {any} value @param {{baseRev?: number, remove?: boolean}} [options] */
  async function change(key, value, { baseRev, remove = false } = {}) {
    let rev = 0;
    const answer = await transact(['records'], async (tx) => {
      const current = await tx.store.get(key);
      const currentRev = current?.rev ?? 0;
      if (baseRev !== undefined && baseRev !== currentRev) {
        return fail('conflict', { current: current ? { value: current.value, rev: current.rev } : null });
      }
      rev = currentRev + 1;
      if (remove) await tx.store.delete(key);
      else await tx.store.put({ key, value, rev, savedAt: new Date().toISOString() });
      return { ok: true, rev };
    });
    if (answer.ok) announce({ key, rev: remove ? 0 : rev, cause: remove ? 'remove' : 'write' });
    return answer;
  }

  const write = (key, value, options) => change(key, value, options);

  /** @param {Iterable<{key: string, value: any, baseRev?: number}>} entries @param {string} topic */
  async function writeAll(entries, topic) {
    const revs = [];
    const answer = await transact(['records'], async (tx) => {
      for (const { key, value, baseRev } of entries) {
        const current = await tx.store.get(key);
        const currentRev = current?.rev ?? 0;
        if (baseRev !== undefined && baseRev !== currentRev) {
          return fail('conflict', { key, current: current ? { value: current.value, rev: current.rev } : null });
        }
        revs.push(currentRev + 1);
        await tx.store.put({ key, value, rev: currentRev + 1, savedAt: new Date().toISOString() });
      }
      return { ok: true, revs };
    });
    if (answer.ok) announce({ key: topic, rev: 0, cause: 'write' });
    return answer;
  }
  const remove = (key, options) => change(key, undefined, { ...options, remove: true });

  function keepAside(key, value, reason) {
    return transact(['quarantine'], async (tx) => {
      await tx.store.add({ key, value, reason, at: new Date().toISOString() });
      return { ok: true };
    });
  }

  async function setAside(key, reason) {
    const answer = await transact(['records', 'quarantine'], async (tx) => {
      const current = await tx.objectStore('records').get(key);
      if (!current) return { ok: true };
      await tx.objectStore('quarantine').add({ key, value: current.value, rev: current.rev, reason, at: new Date().toISOString() });
      await tx.objectStore('records').delete(key);
      return { ok: true };
    });
    if (answer.ok) announce({ key, rev: 0, cause: 'remove' });
    return answer;
  }

  const quarantined = () => readOnly('quarantine', (s) => s.getAll(), []);

  async function exportAll(now = new Date()) {
    const records = {};
    for (const r of await list()) records[r.key] = r.value;
    return { app: 'proximity', format: EXPORT_FORMAT, exportedAt: now.toISOString(), records, quarantine: await quarantined() };
  }

  /**
   * Replaces the saved records the file holds (all or nothing; records it does not hold are
   * kept); its quarantine entries are added.
   * `check(key, value)` returns a problem (plain words) or null. Format 1 (the localStorage
   * era's export) is read too. Open pages hear cause "import" and show the new data.
   */
  /** @param {any} doc @param {(key: string, value: any) => string | null} [check] */
  async function importAll(doc, check = (_key, _value) => null) {
    if (!isPlainObject(doc) || doc.app !== 'proximity') return { ok: false, reason: 'invalid', message: 'the file is not a Proximity export' };
    let records; let aside = [];
    if (doc.format === 1 && isPlainObject(doc.data)) {
      records = {};
      const entries = [...Object.entries(doc.data).map(([k, v]) => [k, JSON.stringify(v)]), ...Object.entries(isPlainObject(doc.text) ? doc.text : {})];
      for (const [exportKey, text] of entries) {
        const entry = recordFromExportKey(exportKey, text);
        if (!entry) return { ok: false, reason: 'invalid', message: 'the file holds an item that is not Proximity data' };
        if (entry.aside) aside.push({ key: entry.key, value: entry.value, reason: entry.aside });
        else records[entry.key] = entry.value;
      }
    } else if (doc.format === EXPORT_FORMAT && isPlainObject(doc.records)) {
      records = doc.records;
      aside = Array.isArray(doc.quarantine) ? doc.quarantine.filter(isPlainObject) : [];
    } else {
      return { ok: false, reason: 'invalid', message: 'this export format is not supported' };
    }
    records = splitHistoryDocument(records);  // a file saved before one record per workout
    for (const [key, value] of Object.entries(records)) {
      const problem = check(key, value);
      if (problem) return { ok: false, reason: 'invalid', message: problem };
    }
    const at = new Date().toISOString();
    const answer = await transact(['records', 'quarantine'], async (tx) => {
      const saved = tx.objectStore('records');
      for (const [key, value] of Object.entries(records)) {
        const rev = ((await saved.get(key))?.rev ?? 0) + 1;
        await saved.put({ key, value, rev, savedAt: at });
      }
      for (const q of aside) {
        await tx.objectStore('quarantine').add({ key: String(q.key ?? ''), value: q.value, reason: String(q.reason ?? 'imported'), at: String(q.at ?? at) });
      }
      return { ok: true, count: Object.keys(records).length };
    });
    if (answer.ok) announce({ key: null, rev: 0, cause: 'import' });
    return answer;
  }

  function subscribe(fn) { listeners.add(fn); return () => listeners.delete(fn); }

  await ready;
  return {
    read, write, writeAll, remove, list, setAside, keepAside, quarantined, exportAll, importAll, subscribe,
    /** A plain-words reason why nothing can be saved, or null. */
    get problem() { return problem ? MESSAGES[problem] : null; },
  };
}
