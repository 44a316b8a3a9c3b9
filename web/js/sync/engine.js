// @ts-check
// Sync, loaded only when the lifter turned it on (this module and ../../vendor/pouchdb.js are
// not precached and no page imports them statically): PouchDB replicates a local copy
// ("proximity-mirror") with the lifter's CouchDB database both ways, live, retrying with
// back-off while offline and at once when the browser is back online; ./bridge.js keeps that
// copy and the store in agreement. One tab per browser runs it (Web Locks); the others hear
// the store's changes as usual. Every request goes through ./guarded-fetch.js.
import PouchDBModule from '../../vendor/pouchdb.js';
import { createBridge } from './bridge.js';
import { guardedFetch } from './guarded-fetch.js';

export const MIRROR = 'proximity-mirror';
const LOCK = 'proximity-sync';
/** @type {any} PouchDB's bundle carries no types */
const PouchDB = PouchDBModule;

const backOff = (delay) => (delay === 0 ? 1000 : Math.min(delay * 2, 30_000));

/**
 * Starts syncing. `onStatus({state, at?, problem?})`: state "starting", "waiting" (another tab
 * syncs), "syncing", "synced", "offline", "problem", "refused".
 * @param {{store: any, connection: {url: string, user: string, password: string},
 *   onStatus?: (s: any) => void, onConflicts?: (list: any[]) => void}} options
 */
export function startSync(options) {
  const { onStatus = () => {} } = options;
  let running = null;
  let stopped = false;
  let release;
  const held = new Promise((ok) => { release = ok; });
  const body = async () => {
    if (stopped) return;
    running = await syncHere({ onConflicts: () => {}, ...options, onStatus });
    await held;
    await running.stop();
  };
  const done = navigator.locks
    ? navigator.locks.request(LOCK, body)
    : body();
  const failed = done.catch((error) => onStatus({ state: 'problem', problem: words(error) }));
  navigator.locks?.query().then((state) => {
    if (!running && state.held?.some((lock) => lock.name === LOCK)) onStatus({ state: 'waiting' });
  });
  return {
    stop: async () => { stopped = true; release(); await failed; },
    resolve: (key, choice) => (running ? running.resolve(key, choice) : Promise.resolve({ ok: false, message: 'sync runs in another Proximity tab' })),
    get conflicts() { return running?.conflicts ?? []; },
  };
}

async function syncHere({ store, connection, onStatus, onConflicts }) {
  onStatus({ state: 'starting' });
  const local = new PouchDB(MIRROR, { auto_compaction: true });
  const remote = new PouchDB(connection.url, { fetch: guardedFetch(connection), skip_setup: true });
  const bridge = createBridge({ store, local, onConflicts, onError: (error) => onStatus({ state: 'problem', problem: words(error) }) });
  await bridge.start();
  const unsubscribe = store.subscribe(({ key, cause }) => (cause === 'import' || key === null ? bridge.lookAll() : bridge.look([key])));
  const feed = local.changes({ since: 'now', live: true }).on('change', (change) => bridge.look([change.id]));
  let replication = null;
  let again = null;  // the restart planned after an error PouchDB does not retry by itself
  let delay = 0;
  const replicate = () => {
    clearTimeout(again);
    replication?.cancel();
    const current = local.sync(remote, { live: true, retry: true, back_off_function: backOff, batch_size: 500 });
    replication = current;
    const restartLater = () => {
      if (replication !== current) return;
      delay = backOff(delay);
      again = setTimeout(replicate, delay);
    };
    current
      .on('active', () => { delay = 0; onStatus({ state: 'syncing' }); })
      .on('paused', (error) => {
        if (error || !navigator.onLine) onStatus({ state: 'offline' });
        else bridge.settled().then(() => { if (replication === current) onStatus({ state: 'synced', at: new Date() }); });
      })
      .on('denied', (error) => onStatus({ state: 'problem', problem: words(error) }))
      .on('error', (error) => {
        const status = error?.status ?? error?.result?.status;
        onStatus(status === 401 || status === 403 ? { state: 'refused', problem: words(error) } : { state: 'offline' });
        restartLater();  // a broken answer (a server killed mid-answer) ends PouchDB's live sync: start it again
      })
      .on('complete', restartLater);
  };
  const online = () => replicate();
  globalThis.addEventListener('online', online);
  replicate();
  return {
    resolve: bridge.resolve,
    get conflicts() { return bridge.conflicts; },
    async stop() {
      globalThis.removeEventListener('online', online);
      clearTimeout(again);
      const last = replication;
      replication = null;
      last?.cancel();
      feed.cancel();
      unsubscribe();
      await bridge.settled();
      await local.close();
    },
  };
}

/** A server's or the client's error in plain words (never the address or the password). */
export function words(error) {
  const status = error?.status ?? error?.result?.status;
  if (status === 401) return 'the server did not accept the user name or password';
  if (status === 403) return 'the server refused: this user may not write to this database';
  if (status === 404) return 'the server has no such database (ask its administrator to create it)';
  if (error?.name === 'SyncRefused' || error instanceof Error && error.constructor?.name === 'SyncRefused') return error.message;
  return 'the server could not be reached';
}

/** Deletes this browser's sync copy (when sync is turned off; the store keeps everything). */
export async function forgetMirror() { await new PouchDB(MIRROR).destroy(); }

