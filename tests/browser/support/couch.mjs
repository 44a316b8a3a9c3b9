// A real CouchDB-compatible server for the sync tests and the bench: pouchdb-server (from
// package-lock.json; LevelDB files in a temporary folder, so a kill and a restart keep what
// it had) on 127.0.0.1, with an admin, users, and one database per athlete whose owner is
// its admin and only member, as a CouchDB administrator (or couch_peruser) would set it up.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = new URL('../../../node_modules/.bin/pouchdb-server', import.meta.url).pathname;
export const ADMIN = { user: 'admin', password: 'admin-secret' };

const freePort = () => new Promise((ok, fail) => {
  const probe = createServer();
  probe.once('error', fail);
  probe.listen(0, '127.0.0.1', () => { const { port } = probe.address(); probe.close(() => ok(port)); });
});

export const basic = ({ user, password }) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

export async function startCouch() {
  const dir = mkdtempSync(join(tmpdir(), 'proximity-couch-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  let child = null;

  async function up() {
    child = spawn(BIN, ['--dir', dir, '--host', '127.0.0.1', '--port', String(port), '--no-stdout-logs'], { cwd: dir, stdio: 'ignore' });
    const end = Date.now() + 20_000;
    for (;;) {
      try { if ((await fetch(url)).ok) return; } catch { /* not listening yet */ }
      if (Date.now() > end) throw new Error('pouchdb-server did not start');
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
  /** A request as `who` (default the admin); the parsed answer and its status. */
  async function ask(path, { method = 'GET', body, who = ADMIN } = {}) {
    const answer = await fetch(new URL(path, url), { method, headers: { 'Content-Type': 'application/json', Authorization: basic(who) },
      body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: answer.status, body: await answer.json().catch(() => null) };
  }
  async function addUser(user, password) {
    await ask(`_users/org.couchdb.user:${user}`, { method: 'PUT', body: { name: user, password, roles: [], type: 'user' } });
    return { user, password };
  }
  /** A user and the database `proximity-<user>`, the user its admin and only member. */
  async function addAthlete(user, password) {
    await addUser(user, password);
    await ask(`proximity-${user}`, { method: 'PUT' });
    await ask(`proximity-${user}/_security`, { method: 'PUT', body: { admins: { names: [user], roles: [] }, members: { names: [user], roles: [] } } });
    return { user, password, db: `proximity-${user}` };
  }

  await up();
  // Ends the "admin party" (everyone an admin): from here on requests are checked.
  await fetch(`${url}_config/admins/${ADMIN.user}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) });
  return {
    url, ask, addUser, addAthlete,
    /** Kills the server at once (SIGKILL: no clean shut-down), as a crash would. */
    kill: async () => { const gone = new Promise((ok) => child.once('exit', ok)); child.kill('SIGKILL'); await gone; },
    restart: up,
    close: async () => { if (child.exitCode === null) { const gone = new Promise((ok) => child.once('exit', ok)); child.kill(); await gone; } rmSync(dir, { recursive: true, force: true }); },
  };
}
