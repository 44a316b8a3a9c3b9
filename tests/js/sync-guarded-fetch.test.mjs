// The sync client's only way to the server (web/js/sync/guarded-fetch.js) against servers
// that misbehave: an answer that never ends is cut at the size limit, one that never comes
// at the time limit, a redirect or another origin is refused; a normal answer passes with
// the Authorization header added (and the password nowhere in the address).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { guardedFetch, SyncRefused } from '../../web/js/sync/guarded-fetch.js';
import { checkAddress } from '../../web/js/sync/connection.js';

let server, base;
const seen = [];
before(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url, authorization: req.headers.authorization });
    if (req.url.startsWith('/endless')) {  // a changes feed that never ends
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const more = () => { while (res.write(chunk)); };
      res.on('drain', more);
      more();
      return;
    }
    if (req.url.startsWith('/silent')) return;  // never answers
    if (req.url.startsWith('/moved')) { res.writeHead(302, { Location: 'http://127.0.0.2/' }).end(); return; }
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${server.address().port}/db/`;
});
after(() => { server.closeAllConnections(); server.close(); });

const connection = () => ({ url: base, user: 'ann', password: 'pässword' });

test('a normal answer passes, with the Authorization header and no password in the address', async () => {
  const answer = await guardedFetch(connection())(`${base}doc`);
  assert.deepEqual(await answer.json(), { ok: true });
  const last = seen.at(-1);
  assert.equal(last.authorization, `Basic ${Buffer.from('ann:pässword').toString('base64')}`);
  assert.doesNotMatch(last.url, /ann|p%C3%A4ssword/);
});

test('an endless answer is cut at the size limit', async () => {
  const start = Date.now();
  await assert.rejects(guardedFetch(connection(), { maxBytes: 2 * 1024 * 1024 })(`${base.replace('/db/', '/endless')}`), SyncRefused);
  assert.ok(Date.now() - start < 5000);
});

test('an answer that never comes is given up at the time limit', async () => {
  await assert.rejects(guardedFetch(connection(), { timeoutMs: 300 })(`${base.replace('/db/', '/silent')}`), { name: 'AbortError' });
});

test('another origin and redirects are refused', async () => {
  await assert.rejects(guardedFetch(connection())('http://127.0.0.2:1/steal'), SyncRefused);
  await assert.rejects(guardedFetch(connection())(`${base.replace('/db/', '/moved')}`));
});

test('addresses: HTTPS, or plain HTTP on this computer only; no credentials in the address', () => {
  assert.deepEqual(checkAddress('https://example.org/couchdb/ann', { database: true }), { url: 'https://example.org/couchdb/ann/' });
  assert.deepEqual(checkAddress('http://127.0.0.1:5984/ann'), { url: 'http://127.0.0.1:5984/ann/' });
  assert.match(checkAddress('http://example.org/couchdb/ann').problem, /must start with https/);
  assert.match(checkAddress('https://ann:secret@example.org/ann').problem, /their own fields/);
  assert.match(checkAddress('https://example.org/', { database: true }).problem, /names the server only/);
  assert.match(checkAddress('not an address').problem, /not a web address/);
});
