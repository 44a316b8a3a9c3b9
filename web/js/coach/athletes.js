// @ts-check
// Reading the athletes a coach may read, straight from the CouchDB server (no PouchDB, no
// copy kept, nothing ever written): the databases the server lists, each asked for its
// documents with the coach's name and password, several at a time; those the server
// refuses (401/403) are not the coach's to see and are left out. Every answer goes through ../sync/guarded-fetch.js.
import { guardedFetch } from '../sync/guarded-fetch.js';
import { fromDoc } from '../sync/records.js';

const ACCEPT = { Accept: 'application/json' };
const PARALLEL = 8;

/** A database name as a person's name: "proximity-ann" -> "ann", CouchDB's "userdb-616e6e" -> "ann". */
export function athleteName(db) {
  const peruser = /^userdb-([0-9a-f]+)$/.exec(db);
  if (peruser) {
    try { return new TextDecoder().decode(new Uint8Array(peruser[1].match(/../g).map((h) => parseInt(h, 16)))); } catch { return db; }
  }
  return db.replace(/^proximity-/, '');
}

/**
 * The databases the server lists (names, in name order); which of them the coach may read
 * shows when each is read (readAthlete answers `refused`).
 * @param {{url: string, user: string, password: string}} connection the server's root address
 */
export async function listDatabases(connection) {
  const answer = await guardedFetch(connection)(`${connection.url}_all_dbs`, { headers: ACCEPT });
  if (answer.status === 401) throw Object.assign(new Error('the server did not accept the user name or password'), { status: 401 });
  if (!answer.ok) throw new Error('the server does not list its databases to you (its administrator can allow it, see the README)');
  const names = await answer.json();
  if (!Array.isArray(names)) throw new Error('the server did not answer as a CouchDB server does');
  return names.filter((n) => typeof n === 'string' && !n.startsWith('_')).sort();
}

/** Runs `fn` over `items`, `PARALLEL` at a time. */
export async function eachInParallel(items, fn) {
  let next = 0;
  const worker = async () => { while (next < items.length) { const item = items[next++]; await fn(item); } };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
}

/**
 * One athlete's records (key -> value) as their devices synced them, documents the app
 * cannot read skipped; {refused: true} when the database is not the coach's to read.
 * @param {{url: string, user: string, password: string}} connection @param {string} db
 */
export async function readAthlete(connection, db) {
  const answer = await guardedFetch(connection)(`${connection.url}${encodeURIComponent(db)}/_all_docs?include_docs=true`, { headers: ACCEPT });
  if (answer.status === 401 || answer.status === 403) return { refused: true };
  if (!answer.ok) throw new Error('the server did not send this athlete\'s training');
  const body = await answer.json();
  const records = {};
  for (const row of Array.isArray(body?.rows) ? body.rows : []) {
    const read = fromDoc(row?.doc);
    if (!read.problem) records[read.key] = read.value;
  }
  return { records };
}
