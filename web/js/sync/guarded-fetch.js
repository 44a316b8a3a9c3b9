// @ts-check
// The only way the sync client talks to the server: a fetch that adds the person's
// Authorization header, goes nowhere but the configured server's origin, gives up after a
// time limit, and stops reading an answer past a size limit. So a broken or hostile server
// (a huge document, a changes feed that never ends, an answer that never comes) makes a
// sync attempt fail and be retried later; it never fills the memory or holds the page.
import { authHeader } from './connection.js';
import { readCapped } from '../lib/read-capped.js';

export const MAX_ANSWER_BYTES = 48 * 1024 * 1024;
export const ANSWER_TIMEOUT_MS = 70_000;  // longer than the changes feed's own 25 s poll

export class SyncRefused extends Error {}

/**
 * @param {{url: string, user: string, password: string}} connection
 * @param {{maxBytes?: number, timeoutMs?: number}} [limits]
 */
export function guardedFetch(connection, { maxBytes = MAX_ANSWER_BYTES, timeoutMs = ANSWER_TIMEOUT_MS } = {}) {
  const origin = new URL(connection.url).origin;
  const authorization = authHeader(connection);
  return async function fetchGuarded(input, init = {}) {
    const target = new URL(typeof input === 'string' ? input : input.url, connection.url);
    if (target.origin !== origin) throw new SyncRefused('the sync client only talks to the configured server');
    const headers = new Headers(init.headers ?? (typeof input === 'string' ? undefined : input.headers));
    headers.set('Authorization', authorization);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const abortOuter = () => controller.abort();
    init.signal?.addEventListener('abort', abortOuter);
    try {
      const answer = await fetch(target.href, { ...init, headers, signal: controller.signal, credentials: 'omit', redirect: 'error' });
      if (!answer.body) return answer;
      const chunks = await readCapped(answer.body, maxBytes);
      if (!chunks) { controller.abort(); throw new SyncRefused('the server sent more than any Proximity data can be'); }
      // A proxy's error page (HTML from a reverse proxy whose database is down) becomes
      // CouchDB's error shape, so the client reads it as a failed request, not a crash.
      if (!answer.ok && !/json/.test(answer.headers.get('Content-Type') ?? '')) {
        return new Response(JSON.stringify({ error: 'unavailable', reason: 'the database server did not answer' }),
          { status: answer.status, statusText: answer.statusText, headers: { 'Content-Type': 'application/json' } });
      }
      return new Response(new Blob(chunks), { status: answer.status, statusText: answer.statusText, headers: answer.headers });
    } finally {
      clearTimeout(timer);
      init.signal?.removeEventListener('abort', abortOuter);
    }
  };
}
