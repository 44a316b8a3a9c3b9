// Sync and coaching (headless Chromium, a real pouchdb-server on 127.0.0.1 behind the
// static server's /couchdb/ proxy, loopback): the first sync of a one-year history (the
// synthetic Hevy year, 7,280 sets) to an empty database; a set logged on one device until
// the other device has it saved; the coach page with 30 athletes of one year each until the
// first athlete's card and until all 30; and the bytes of the sync client fetched by pages
// that do not sync.
import { launchBrowser, serveWeb } from '../../tests/browser/support/browser.mjs';
import { startCouch } from '../../tests/browser/support/couch.mjs';
import { APP_PAGES } from '../../tests/browser/support/pages.mjs';
import { createProximity } from '../../web/js/proximity.js';
import { syntheticHevyYear } from '../lib/synthetic-hevy.mjs';

const target = (what, limit, unit, value) =>
  console.log(`target: ${what} <= ${limit} ${unit}  measured ${value.toFixed(1)} ${unit}  ${value <= limit ? 'OK' : 'OVER'}`);
const ATHLETES = 30;
// What only a syncing page loads: the sync client, PouchDB inside (scripts/lib/bundle.mjs).
const SYNC_CLIENT = /\/js\/sync\/engine\.js$/;

const couch = await startCouch();
const server = await serveWeb({ proxy: { prefix: '/couchdb/', target: couch.url }, gzip: true });
const browser = await launchBrowser();
const px = await createProximity();
const history = px.importHistory({ text: syntheticHevyYear() }).history;
const sets = history.workouts.reduce((n, w) => n + w.exercises.reduce((m, e) => m + e.sets.length, 0), 0);
try {
  console.log('## Sync and coaching (headless Chromium, pouchdb-server on 127.0.0.1, loopback)');

  // Pages that do not sync: no byte of the sync client.
  let clientBytes = 0;
  const pages = APP_PAGES.filter((name) => name !== 'coach.html');  // the coach page reads the server by design
  for (const name of pages) {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('response', async (response) => {
      const path = new URL(response.url()).pathname;
      if (!SYNC_CLIENT.test(path)) return;
      clientBytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${server.url}${name}`, { waitUntil: 'networkidle' });
    await context.close();
  }
  console.log(`pages opened without sync: ${pages.length}`);
  target('bytes of the sync client on pages that do not sync', 0, 'B', clientBytes);

  // First sync of a year.
  const ann = await couch.addAthlete('ann', 'ann-secret');
  const device = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}history.html`);
    await page.waitForSelector('.data-sync');
    return { context, page };
  };
  const startSyncing = async (page, who) => {
    await page.click('.data-sync summary');
    await page.fill('#px-sync-url', `${server.url}couchdb/${who.db}`);
    await page.fill('#px-sync-user', who.user);
    await page.fill('#px-sync-password', who.password);
    const t0 = Date.now();
    await page.click('.sync-setup button[type=submit]');
    return t0;
  };
  const a = await device();
  await a.page.evaluate(async (value) => (await (await import('./js/lib/store.js')).getStore()).write('history', value), history);
  const t0 = await startSyncing(a.page, ann);
  for (;;) {
    const doc = await couch.ask(`${ann.db}/history`, { who: ann });
    if (doc.status === 200) break;
    await new Promise((ok) => setTimeout(ok, 20));
  }
  const first = Date.now() - t0;
  console.log(`one-year history: ${history.workouts.length} workouts, ${sets} sets, ${(JSON.stringify(history).length / 1e6).toFixed(2)} MB of JSON`);
  target('first sync of a one-year history to an empty server', 10_000, 'ms', first);

  // A set logged on one device, saved on the other.
  const b = await device();
  await startSyncing(b.page, ann);
  await b.page.waitForFunction(async () => !!(await (await (await import('./js/lib/store.js')).getStore()).read('history')), null, { timeout: 60000, polling: 100 });
  await b.page.waitForSelector('.sync-state:text("Up to date")', { timeout: 30000 });
  await a.page.waitForSelector('.sync-state:text("Up to date")', { timeout: 30000 });
  const arrivals = [];
  for (let i = 1; i <= 5; i++) {
    const waiting = b.page.evaluate(async (n) => {
      const store = await (await import('./js/lib/store.js')).getStore();
      return new Promise((ok) => {
        const check = async () => { if ((await store.read('session.current'))?.value?.sets?.length === n) ok(Date.now()); else setTimeout(check, 5); };
        check();
      });
    }, i);
    const sent = await a.page.evaluate(async (n) => {
      const store = await (await import('./js/lib/store.js')).getStore();
      const current = await store.read('session.current');
      const at = Date.now();
      await store.write('session.current', { sets: Array.from({ length: n }, (_, k) => ({ load: 100, reps: 5 + k })) }, { baseRev: current?.rev ?? 0 });
      return at;
    }, i);
    arrivals.push((await waiting) - sent);
  }
  arrivals.sort((x, y) => x - y);
  target('a logged set reaching the other device (median of 5)', 2000, 'ms', arrivals[2]);
  await a.context.close();
  await b.context.close();

  // The coach page: 30 athletes of one year each.
  const coachUser = await couch.addUser('kim', 'kim-secret');
  const doc = { _id: 'history', app: 'proximity', format: 1, value: history, savedAt: '2026-12-01T10:00:00Z' };
  for (let i = 0; i < ATHLETES; i++) {
    const who = await couch.addAthlete(`athlete${String(i).padStart(2, '0')}`, 'secret');
    await couch.ask(`${who.db}/history`, { method: 'PUT', who, body: doc });
    await couch.ask(`${who.db}/_security`, { method: 'PUT', who, body: { admins: { names: [who.user] }, members: { names: [who.user, 'kim'] } } });
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const coach = await context.newPage();
  await coach.goto(`${server.url}coach.html`);
  await coach.evaluate(async (c) => (await import('./js/sync/connection.js')).saveConnection(c, 'coach'),
    { url: `${server.url}couchdb/`, user: coachUser.user, password: coachUser.password });
  const c0 = Date.now();
  await coach.reload();
  await coach.waitForSelector('.coach-athlete h2', { timeout: 60000 });
  const listedAt = Date.now() - c0;
  await coach.waitForSelector('.coach-athlete h3', { timeout: 60000 });
  const firstCard = Date.now() - c0;
  await coach.waitForSelector('#athletes[data-done]', { timeout: 300000 });
  const allCards = Date.now() - c0;
  const listed = await coach.locator('.coach-athlete').count();
  console.log(`coach page: ${listed} athletes listed; all ${ATHLETES} cards analysed in ${(allCards / 1000).toFixed(1)} s`);
  target('coach page with 30 athletes of a year, first paint of the athlete list (desktop)', 3000, 'ms', listedAt);
  target('coach page with 30 athletes of a year, first athlete analysed (desktop)', 3000, 'ms', firstCard);
  await context.close();
} finally {
  await browser.close();
  await server.close();
  await couch.close();
}
