// @ts-check
// Keeps the store (../lib/store.js, what every page reads and writes) and the sync client's
// local database (PouchDB, which replicates with the server) in agreement, record by record.
//
// For each synced key the bridge remembers the last pair of revisions on which both sides
// agreed (store revision, PouchDB revision; a `_local` document, never replicated). When one
// side moved since, its value is copied to the other; the store is written with the revision
// read (baseRev), so a tab's concurrent edit is never overwritten. When both moved (an edit
// on this device and another device's edit arrived), or PouchDB holds two versions (two
// devices edited the same revision offline), the person is asked which to keep (`conflicts`,
// `resolve`); the version not chosen is kept aside in the store's quarantine. A document the
// app cannot read is kept aside and never written over a saved record.
import { isSynced, toDoc, fromDoc, sameValue } from './records.js';

const META = '_local/proximity-bridge';
const BATCH = 200;
const pause = () => new Promise((ok) => setTimeout(ok, 0));  // lets the page breathe between batches

/**
 * @param {{store: any, local: any, onConflicts?: (list: any[]) => void, onError?: (error: any) => void}} options
 */
export function createBridge({ store, local, onConflicts = () => {}, onError = () => {} }) {
  /** @type {Record<string, [number, string | null]>} key -> [storeRev, pouchRev] last agreed */
  let pairs = {};
  let metaRev;
  let metaDirty = false;
  /** @type {Map<string, {key: string, mine: any, others: {rev: string, value: any, savedAt?: string}[]}>} */
  const conflicts = new Map();
  const pending = new Set();
  let draining = null;
  let chain = Promise.resolve();
  const exclusive = (fn) => { const run = chain.then(fn); chain = run.catch(() => {}); return run; };

  async function loadMeta() {
    try { const meta = await local.get(META); pairs = meta.pairs ?? {}; metaRev = meta._rev; } catch { pairs = {}; }
  }
  async function saveMeta() {
    if (!metaDirty) return;
    metaDirty = false;
    const answer = await local.put({ _id: META, ...(metaRev ? { _rev: metaRev } : {}), pairs });
    metaRev = answer.rev;
  }
  const agree = (key, storeRev, pouchRev) => { pairs[key] = [storeRev, pouchRev]; metaDirty = true; };
  const forget = (key) => { if (key in pairs) { delete pairs[key]; metaDirty = true; } };
  const announceConflicts = () => onConflicts([...conflicts.values()]);
  const setConflict = (key, entry) => {
    const before = conflicts.get(key);
    if (entry) conflicts.set(key, entry); else conflicts.delete(key);
    if (before !== entry) announceConflicts();
  };

  async function pouchDoc(key) {
    try { return await local.get(key, { conflicts: true }); } catch (/** @type {any} */ error) {
      if (error?.status === 404) return null;
      throw error;
    }
  }

  // Decides what one key needs; returns a document to push (bulk) or null when done here.
  async function reconcile(key) {
    const s = await store.read(key);
    const p = await pouchDoc(key);
    const pair = pairs[key];
    if (p?._conflicts?.length) return twoVersions(key, s, p);
    setConflict(key, undefined);
    if (!s && !p) { forget(key); return null; }
    /** @type {any} */
    let incoming = p ? fromDoc(p) : null;
    if (incoming?.problem) {
      if (!pair || pair[1] !== p._rev) {
        await store.keepAside(key, p.value ?? null, `Came from the sync server and was not used: ${incoming.problem}.`);
      }
      if (!s) { agree(key, 0, p._rev); return null; }
      incoming = null;  // this device's version goes back over it
      return { doc: { ...toDoc(key, s.value), _rev: p._rev }, key, storeRev: s.rev };
    }
    if (s && p && sameValue(s.value, incoming.value)) { agree(key, s.rev, p._rev); return null; }
    const storeMoved = !pair || (s?.rev ?? 0) !== pair[0];
    const pouchMoved = !pair || (p?._rev ?? null) !== pair[1];
    const pushMine = () => ({ doc: { ...toDoc(key, s.value), ...(p ? { _rev: p._rev } : {}) }, key, storeRev: s.rev });
    if (s && !p) {
      if (pair?.[1] && !storeMoved) {  // deleted on another device, unchanged here: delete here too
        const answer = await store.remove(key, { baseRev: s.rev });
        if (answer.ok) forget(key); else if (answer.reason === 'conflict') pending.add(key);
        return null;
      }
      return pushMine();  // new here, or changed here after another device deleted it: keep it
    }
    if (!s && pair && !pouchMoved) return { doc: { _id: key, _rev: p._rev, _deleted: true }, key, storeRev: 0 };
    if (s && !pouchMoved) return pushMine();
    if (s && storeMoved) {  // both moved: the person chooses
      setConflict(key, { key, mine: s.value, others: [{ rev: p._rev, value: incoming.value, savedAt: p.savedAt }] });
      return null;
    }
    // The other side moved (or was deleted here while another device changed it: keep it).
    const answer = await store.write(key, incoming.value, { baseRev: s?.rev ?? 0 });
    if (answer.ok) agree(key, answer.rev, p._rev);
    else if (answer.reason === 'conflict') pending.add(key);  // a tab wrote meanwhile: look again
    else throw new Error(answer.message);
    return null;
  }

  // PouchDB holds two or more versions: ask, unless they all say what this device has.
  async function twoVersions(key, s, p) {
    const others = [];
    for (const rev of [p._rev, ...p._conflicts]) {
      const doc = rev === p._rev ? p : await local.get(key, { rev });
      const read = fromDoc(doc);
      if (read.problem || (s && sameValue(s.value, read.value))) continue;
      if (!others.some((o) => sameValue(o.value, read.value))) others.push({ rev, value: read.value, savedAt: doc.savedAt });
    }
    if (others.length === 0 || (!s && others.length === 1)) {  // nothing to choose: settle it
      const value = s ? s.value : others[0].value;
      const written = s ? { ok: true, rev: s.rev } : await store.write(key, value, { baseRev: 0 });
      if (!written.ok) return null;
      const [answer] = await local.bulkDocs([{ ...toDoc(key, value), _rev: p._rev },
        ...p._conflicts.map((rev) => ({ _id: key, _rev: rev, _deleted: true }))]);
      if (answer.ok) agree(key, written.rev, answer.rev);
      return null;
    }
    setConflict(key, { key, mine: s ? s.value : null, others });
    return null;
  }

  async function push(actions) {
    if (!actions.length) return;
    const answers = await local.bulkDocs(actions.map((a) => a.doc));
    answers.forEach((answer, i) => {
      if (answer.ok) agree(actions[i].key, actions[i].storeRev, answer.rev);
      else pending.add(actions[i].key);  // changed meanwhile (a replication arrived): look again
    });
  }

  async function drain() {
    try {
      while (pending.size) {
        const batch = [...pending].slice(0, BATCH);
        for (const key of batch) pending.delete(key);
        await exclusive(async () => {
          const actions = [];
          for (const key of batch) {
            try { const action = await reconcile(key); if (action) actions.push(action); } catch (error) { onError(error); }
          }
          try { await push(actions); await saveMeta(); } catch (error) { onError(error); }
        });
        await pause();
      }
    } finally { draining = null; }
  }

  /** Looks at these keys again (after a change on either side). */
  function look(keys) {
    for (const key of keys) if (isSynced(key)) pending.add(key);
    if (pending.size) draining ??= drain();
    return draining ?? Promise.resolve();
  }

  /** Looks at every key either side holds or held. */
  async function lookAll() {
    const keys = new Set(Object.keys(pairs));
    for (const r of await store.list()) keys.add(r.key);
    for (const row of (await local.allDocs()).rows) keys.add(row.id);
    return look(keys);
  }

  /**
   * The person's choice for a key shown in `conflicts`: "mine" (this device's version) or the
   * index of one of `others`. The versions not chosen are kept aside in the store.
   * @param {string} key @param {'mine' | number} choice
   */
  function resolve(key, choice) {
    return exclusive(async () => {
      const shown = conflicts.get(key);
      if (!shown) return { ok: true };
      const s = await store.read(key);
      const p = await pouchDoc(key);
      const chosen = choice === 'mine' ? s?.value : shown.others[choice]?.value;
      if (chosen === undefined) return { ok: false, message: 'that version is no longer there' };
      let storeRev = s?.rev ?? 0;
      if (choice === 'mine') {
        for (const other of shown.others) await store.keepAside(key, other.value, 'The other device\'s version, not chosen when both changed.');
      } else {
        if (s) await store.keepAside(key, s.value, 'This device\'s version, replaced by the other device\'s you chose.');
        const written = await store.write(key, chosen, { baseRev: storeRev });
        if (!written.ok) return written;
        storeRev = written.rev;
      }
      const docs = [{ ...toDoc(key, chosen), ...(p ? { _rev: p._rev } : {}) },
        ...(p?._conflicts ?? []).map((rev) => ({ _id: key, _rev: rev, _deleted: true }))];
      const [answer] = await local.bulkDocs(docs);
      if (!answer.ok) { pending.add(key); return { ok: false, message: 'the other device changed it again; look once more' }; }
      agree(key, storeRev, answer.rev);
      await saveMeta();
      setConflict(key, undefined);
      return { ok: true };
    }).finally(() => look([]));
  }

  return {
    start: async () => { await loadMeta(); await lookAll(); },
    look, lookAll, resolve,
    get conflicts() { return [...conflicts.values()]; },
    /** Resolves when every change heard so far was handled. */
    settled: async () => { while (draining) await draining; },
  };
}
