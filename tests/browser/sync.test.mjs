// Sync through a real CouchDB-compatible server (pouchdb-server on 127.0.0.1, served under
// the app's origin at /couchdb/ as the README's reverse-proxy default): two devices of one
// athlete (two browser profiles), offline edits on both then sync, a change made on both
// resolved by the person with the other version kept aside, the server killed mid-sync and
// restarted with nothing lost or duplicated, and a broken server's documents kept aside.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWeb, screenshot } from './support/browser.mjs';
import { readRecord, writeRecord, waitRecord, quarantined } from './support/store.mjs';
import { startCouch } from './support/couch.mjs';

let browser, server, couch;
before(async () => {
  couch = await startCouch();
  server = await serveWeb({ proxy: { prefix: '/couchdb/', target: couch.url } });
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.close(); await couch?.close(); });

const PHONE = { width: 360, height: 740 };
const PAGE = 'history.html';  // writes nothing on its own when opened

/** A device: its own browser profile (own IndexedDB), one page open; fails on page errors. */
async function device(viewport = PHONE) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}${PAGE}`);
  // "Your data" loads after the page's own modules; the first page of a run compiles the core
  // cold, which on a busy 2-core machine has taken over 30 s.
  await page.waitForSelector('.data-sync', { timeout: 90000 });
  return { context, page, errors };
}

/** Turns sync on in "Your data" as a person does. */
async function startSyncing(page, athlete) {
  const details = page.locator('.data-sync');
  if (!(await details.evaluate((d) => d.open))) await page.click('.data-sync summary');
  await page.fill('#px-sync-url', `${server.url}couchdb/${athlete.db}`);
  await page.fill('#px-sync-user', athlete.user);
  await page.fill('#px-sync-password', athlete.password);
  await page.click('.sync-setup button[type=submit]');
  await page.waitForSelector('.sync-state:text("Up to date")', { timeout: 15000 });
}

const serverDoc = (athlete, id) => couch.ask(`${athlete.db}/${encodeURIComponent(id)}?conflicts=true`, { who: athlete });

test('two devices: offline edits on both meet, and a change made on both is the person\'s choice', async () => {
  const ann = await couch.addAthlete('ann', 'ann-secret');
  const a = await device();
  const b = await device();
  await writeRecord(a.page, 'plan', { name: 'Block 1', weeks: [] });
  await startSyncing(a.page, ann);
  await startSyncing(b.page, ann);
  await waitRecord(b.page, 'plan', (v) => v.name === 'Block 1');

  await a.context.setOffline(true);
  await b.context.setOffline(true);
  await writeRecord(a.page, 'today.position', { week: 2, session: 1 });
  await writeRecord(b.page, 'today.settings', { vibrate: false });
  const planA = await readRecord(a.page, 'plan');
  await writeRecord(a.page, 'plan', { name: 'Block 2 from the laptop', weeks: [] }, { baseRev: planA.rev });
  const planB = await readRecord(b.page, 'plan');
  await writeRecord(b.page, 'plan', { name: 'Block 2 from the phone', weeks: [] }, { baseRev: planB.rev });
  await a.context.setOffline(false);
  await b.context.setOffline(false);

  // Different records: each device gets the other's.
  await waitRecord(a.page, 'today.settings', (v) => v.vibrate === false, 15000);
  await waitRecord(b.page, 'today.position', (v) => v.week === 2, 15000);
  // The same record: both devices ask; nothing was written over.
  await b.page.waitForSelector('.sync-conflict[data-key="plan"]', { timeout: 15000 });
  await a.page.waitForSelector('.sync-conflict[data-key="plan"]', { timeout: 15000 });
  assert.equal((await readRecord(b.page, 'plan')).value.name, 'Block 2 from the phone');
  assert.equal((await readRecord(a.page, 'plan')).value.name, 'Block 2 from the laptop');
  const text = await b.page.locator('.sync-conflict').textContent();
  assert.match(text, /Training plan was changed on this device and on another one/);
  await screenshot(b.page, 'sync-conflict-phone');

  await b.page.click('.sync-conflict button:text("Use the other device\'s version")');
  await waitRecord(b.page, 'plan', (v) => v.name === 'Block 2 from the laptop');
  // The other device hears the choice: its question goes away, its plan stays the laptop's.
  await a.page.waitForSelector('.sync-conflict', { state: 'detached', timeout: 15000 });
  assert.equal((await readRecord(a.page, 'plan')).value.name, 'Block 2 from the laptop');
  // The phone's version is kept aside, not lost; the server holds one version.
  const aside = await quarantined(b.page);
  assert.ok(aside.some((q) => q.key === 'plan' && q.value.name === 'Block 2 from the phone'));
  const onServer = await serverDoc(ann, 'plan');
  assert.equal(onServer.body.value.name, 'Block 2 from the laptop');
  assert.equal(onServer.body._conflicts, undefined);
  assert.deepEqual([...a.errors, ...b.errors], []);
  await a.context.close();
  await b.context.close();
});

test('the server killed mid-sync and restarted: nothing lost, nothing twice', async () => {
  const eve = await couch.addAthlete('eve', 'eve-secret');
  const COUNT = 800;
  const a = await device();
  await a.page.evaluate(async (count) => {
    const { getStore } = await import('./js/lib/store.js');
    const store = await getStore();
    for (let i = 0; i < count; i++) await store.write(`workout/${String(i).padStart(5, '0')}`, { note: `workout ${i}`, sets: [i, i + 1] });
  }, COUNT);
  await a.page.click('.data-sync summary');
  await a.page.fill('#px-sync-url', `${server.url}couchdb/${eve.db}`);
  await a.page.fill('#px-sync-user', eve.user);
  await a.page.fill('#px-sync-password', eve.password);
  await a.page.click('.sync-setup button[type=submit]');
  let seen = 0;
  while (seen === 0) seen = (await couch.ask(eve.db, { who: eve })).body?.doc_count ?? 0;
  await couch.kill();
  assert.ok(seen < COUNT, `the sync had finished before the kill (${seen})`);
  await a.page.waitForTimeout(1500);  // the device keeps trying meanwhile
  await couch.restart();
  const end = Date.now() + 40000;
  let count = 0;
  while (count < COUNT && Date.now() < end) {
    await a.page.waitForTimeout(250);
    count = (await couch.ask(eve.db, { who: eve })).body?.doc_count ?? 0;
  }
  await a.page.waitForSelector('.sync-state:text("Up to date")', { timeout: 15000 });
  const all = await couch.ask(`${eve.db}/_all_docs?include_docs=true&conflicts=true`, { who: eve });
  const docs = all.body.rows.map((r) => r.doc);
  assert.equal(docs.length, COUNT);
  assert.equal(new Set(docs.map((d) => d._id)).size, COUNT);
  assert.ok(docs.every((d) => d.value.note === `workout ${Number(d._id.slice(8))}` && !d._conflicts));

  // A second device gets every one of them, once.
  const b = await device();
  await startSyncing(b.page, eve);
  const keys = await b.page.evaluate(async (count) => {
    const { getStore } = await import('./js/lib/store.js');
    const store = await getStore();
    const end = Date.now() + 20000;
    let list = [];
    while (list.length < count && Date.now() < end) {
      list = await store.list('workout/');
      await new Promise((ok) => setTimeout(ok, 200));
    }
    return list.map((r) => r.key);
  }, COUNT);
  assert.equal(keys.length, COUNT);
  assert.deepEqual([...a.errors, ...b.errors], []);
  await a.context.close();
  await b.context.close();
});

test('what a broken server sends is kept aside, never written over the saved data', async () => {
  const fay = await couch.addAthlete('fay', 'fay-secret');
  const a = await device();
  await writeRecord(a.page, 'plan', { name: 'My plan', weeks: [] });
  await startSyncing(a.page, fay);
  const plan = await serverDoc(fay, 'plan');
  // Another client writes a document of the wrong shape over the plan, and settings the app refuses.
  await couch.ask(`${fay.db}/plan`, { method: 'PUT', who: fay, body: { _rev: plan.body._rev, app: 'something else', value: 42 } });
  await couch.ask(`${fay.db}/settings`, { method: 'PUT', who: fay, body: { app: 'proximity', format: 1, value: { theme: 'neon', version: 1 } } });
  const end = Date.now() + 15000;
  let aside = [];
  while (aside.length < 2 && Date.now() < end) { aside = await quarantined(a.page); await new Promise((ok) => setTimeout(ok, 100)); }
  assert.deepEqual(aside.map((q) => q.key).sort(), ['plan', 'settings']);
  assert.match(aside[0].reason, /Came from the sync server and was not used/);
  assert.equal((await readRecord(a.page, 'plan')).value.name, 'My plan');
  assert.equal(await readRecord(a.page, 'settings'), null);
  // This device's plan goes back over the broken one.
  const endFix = Date.now() + 15000;
  let fixed;
  do { fixed = await serverDoc(fay, 'plan'); } while (fixed.body?.value?.name !== 'My plan' && Date.now() < endFix);
  assert.equal(fixed.body.value.name, 'My plan');
  assert.deepEqual(a.errors, []);
  await a.context.close();
});

test('persistent storage is asked at the first save of training data, and the answer shown', async () => {
  const context = await browser.newContext({ viewport: PHONE });
  await context.addInitScript(() => {
    let kept = false;
    globalThis.__asked = 0;
    navigator.storage.persisted = async () => kept;
    navigator.storage.persist = async () => { globalThis.__asked++; kept = true; return true; };
  });
  const page = await context.newPage();
  await page.goto(`${server.url}${PAGE}`);
  await page.waitForSelector('.data-storage:text("may clear Proximity\'s data")');
  await writeRecord(page, 'today.settings', { vibrate: true });  // not training data: not asked
  assert.equal(await page.evaluate(() => globalThis.__asked), 0);
  await writeRecord(page, 'plan', { name: 'First block', weeks: [] });
  await page.waitForSelector('.data-storage:text("asked this browser to keep your training data")');
  await writeRecord(page, 'profile', { version: 1 });
  assert.equal(await page.evaluate(() => globalThis.__asked), 1);
  await context.close();
});
