// @ts-check
// The lifter's sync connection (database address, user name, password), kept in its own
// IndexedDB database "proximity-sync", apart from the store: so it is never in an export
// file, a share link or an import, and a page learns whether sync is on without loading the
// sync client. Addresses are accepted over HTTPS only (loopback excepted, for a server on
// this computer); the password is sent only in the Authorization header, never in a URL.
import { openDB } from '../../vendor/idb.js';

const DB = 'proximity-sync';
/** Whose connection: the lifter's own database, or the coach page's server. */
export const LIFTER = 'connection';
export const COACH = 'coach';
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

const open = () => openDB(DB, 1, { upgrade(db) { db.createObjectStore('settings'); } });

/** @returns {Promise<{url: string, user: string, password: string} | null>} */
export async function readConnection(who = LIFTER) {
  try {
    const db = await open();
    try { return (await db.get('settings', who)) ?? null; } finally { db.close(); }
  } catch { return null; }
}

/** @param {{url: string, user: string, password: string} | null} connection */
export async function saveConnection(connection, who = LIFTER) {
  const db = await open();
  try {
    if (connection) await db.put('settings', connection, who);
    else await db.delete('settings', who);
  } finally { db.close(); }
}

/**
 * The database address the person typed, normalised (no credentials, no query, one trailing
 * slash), or {problem} in plain words.
 * @param {string} text @param {{database?: boolean}} [options] database: the address must name one
 */
export function checkAddress(text, { database = false } = {}) {
  let url;
  try { url = new URL(String(text).trim()); } catch { return { problem: 'The database address is not a web address (it starts with https://).' }; }
  if (url.username || url.password) return { problem: 'Put the user name and password in their own fields, not in the address.' };
  const loopback = LOOPBACK.test(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return { problem: 'The database address must start with https:// so your training and password travel encrypted.' };
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (database && !path) return { problem: 'The address names the server only: add your database, as in https://example.org/couchdb/your-name.' };
  return { url: `${url.origin}${path}/` };
}

/** The Authorization header for a user name and password (Basic, sent over HTTPS only). */
export function authHeader({ user, password }) {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}
