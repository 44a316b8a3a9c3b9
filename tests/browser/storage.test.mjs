// Saved data is safe (web/js/lib/store.js): today's localStorage keys move in with nothing
// lost, a full storage is said in plain words and keeps the previous value, two planner tabs
// never overwrite each other silently, unreadable records are kept aside (several, listed,
// exported), an import reaches the open pages, and an update asks before dropping edits.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { launchBrowser, serveWeb, ARTIFACTS } from './support/browser.mjs';
import { serveWebCopy } from './support/web-copy.mjs';
import { readRecord, writeRecord, waitRecord, quarantined } from './support/store.mjs';

let browser, server;
before(async () => { server = await serveWeb(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const PHONE = { width: 360, height: 740 };

// What the person sees at 360 x 740 with `selector` in view.
async function screenshot(page, name, selector) {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}${name}.png` });
}

// A browser profile (context) whose pages fail the test on any page or console error.
async function profile(options = {}) {
  const context = await browser.newContext({ viewport: PHONE, acceptDownloads: true, ...options });
  const errors = [];
  const open = async (url, { init } = {}) => {
    const page = await context.newPage();
    if (init) await page.addInitScript(init);
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    if (url) await page.goto(url);
    return page;
  };
  return { context, errors, open };
}

async function plannerReady(page) {
  await page.waitForSelector('#muscle-bars .pl-bar-row');
  await page.waitForSelector('#sessions .pl-badge:not(:empty)');
}

// Makes every IndexedDB put/add of the page throw QuotaExceededError while window.__full is true.
function fillableStorage() {
  for (const name of ['put', 'add']) {
    const original = IDBObjectStore.prototype[name];
    IDBObjectStore.prototype[name] = function stub(...args) {
      if (globalThis.__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
  }
}
const setFull = (page, full) => page.evaluate((f) => { globalThis.__full = f; }, full);

// A plan document made by the page's own core (nothing is saved by this).
const makePlan = (page, name) => page.evaluate(async (n) => {
  const { loadProximity } = await import('./js/proximity.js');
  return (await loadProximity()).generateMesocycle({ template: 'push', weeks: 3, name: n });
}, name);

test('today\'s localStorage keys move into the new store with every value kept', async () => {
  const { context, errors, open } = await profile();
  // A same-origin page that opens no store: write the keys exactly as the old pages did.
  const setup = await open(`${server.url}embed-frame.html`);  // the widget keeps nothing
  const old = await setup.evaluate(async () => {
    const { loadProximity } = await import('./js/proximity.js');
    const px = await loadProximity();
    const plan = px.generateMesocycle({ template: 'push', weeks: 3, name: 'Old block' });
    const rules = { ...px.ruleSet(), name: 'Coach rules' };
    const calculator = {
      load: '140', reps: '3', effort: '1', mode: 'rir', unit: 'kg', formula: 'brzycki',
      experience: 'intermediate', equipmentType: 'barbell', rounding: 'down',
      equipment: { kg: { barbell: { type: 'barbell', bar: 15, plates: [{ weight: 20, count: 8 }, { weight: 5, count: 4 }] } }, lb: {} },
      selected: { row: 2, col: 1 },
      calibration: { sets: [[8, 1, 12], [6, 2, 9], [10, 0, 13]].map(([reps, predictedRir, failureReps]) => ({ reps, predictedRir, failureReps })), apply: true },
    };
    const items = {
      'proximity.settings.v1': JSON.stringify({ version: 1, theme: 'dark' }),
      'proximity.calculator.v1': JSON.stringify(calculator),
      'proximity.plan.v1': JSON.stringify(plan),
      'proximity.advisor.ruleSet': JSON.stringify(rules, null, 2),
      'proximity.backup.plan.v1': '{"version": 9, "weeks": [',
      'proximity.plans.v1': JSON.stringify([{ name: 'Block A' }]),
      'other.app': 'not ours',
    };
    for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
    return { items, plan, calculator };
  });
  await setup.close();

  const calc = await open(server.url);
  await calc.waitForFunction(() => document.querySelector('#e1rm-value')?.textContent.trim() !== '–');
  assert.equal(await calc.inputValue('#load'), '140');
  assert.equal(await calc.inputValue('#reps'), '3');
  assert.equal(await calc.inputValue('#formula'), 'brzycki');
  // The equipment editor and the calibration panel load after the first result.
  await calc.waitForFunction(() => document.querySelector('#bar')?.value === '15', null, { timeout: 10000 }).catch(() => {});
  assert.equal(await calc.inputValue('#bar'), '15');
  await calc.locator('#calibration-sets li').nth(2).waitFor({ state: 'attached' });  // the panel loads after the first result
  assert.equal(await calc.locator('#calibration-sets li').count(), 3);
  await calc.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  assert.deepEqual((await readRecord(calc, 'calculator')).value, old.calculator);
  assert.deepEqual((await readRecord(calc, 'settings')).value, { version: 1, theme: 'dark' });
  assert.deepEqual((await readRecord(calc, 'plans.v1')).value, [{ name: 'Block A' }], 'an unknown key keeps its name');
  assert.equal((await readRecord(calc, 'advisor.ruleSet')).value, old.items['proximity.advisor.ruleSet']);
  const keys = await calc.evaluate(async () => {
    const { getStore } = await import('./js/lib/store.js');
    return (await (await getStore()).list()).map((r) => r.key);
  });
  assert.deepEqual(keys, ['advisor.ruleSet', 'calculator', 'plan', 'plans.v1', 'settings'],
    'every key of ours; other apps\' keys are left alone');
  const aside = await quarantined(calc);
  assert.deepEqual(aside.map((q) => [q.key, q.value]), [['plan', '{"version": 9, "weeks": [']]);
  await calc.locator('.data-aside summary', { hasText: 'Kept aside: 1 item ' }).waitFor();

  const planner = await open(`${server.url}planner.html`);
  await plannerReady(planner);
  assert.equal(await planner.inputValue('#plan-name'), 'Old block');
  assert.deepEqual((await readRecord(planner, 'plan')).value, old.plan);

  const advisor = await open(`${server.url}advisor.html`);
  await advisor.waitForFunction(() => document.body.dataset.ready === 'true');
  await advisor.locator('#rules-status', { hasText: 'Your saved rule set “Coach rules” is in force.' }).waitFor();

  // The move happens once, and the old keys stay exactly as they were.
  const left = await advisor.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  assert.deepEqual(left, old.items);
  await advisor.reload();
  assert.equal((await quarantined(advisor)).length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('storage full: each page says so where the person acted, and the previous value stays', async () => {
  const { context, errors, open } = await profile();
  const planner = await open(`${server.url}planner.html`, { init: fillableStorage });
  await plannerReady(planner);
  await planner.fill('#plan-name', 'Saved name');
  const saved = await waitRecord(planner, 'plan', (p) => p.name === 'Saved name');
  await setFull(planner, true);
  await planner.fill('#plan-name', 'Lost name?');
  await planner.locator('#status', { hasText: 'Not saved: the storage on this device is full. Your plan as last saved is unchanged.' }).waitFor();
  assert.deepEqual(await readRecord(planner, 'plan'), saved);
  await screenshot(planner, 'storage-full-planner-360', '#status');
  // Space again: the next edit saves (the page kept the edit).
  await setFull(planner, false);
  await planner.fill('#plan-name', 'After space');
  await waitRecord(planner, 'plan', (p) => p.name === 'After space');

  // The theme in the footer.
  await setFull(planner, true);
  await planner.selectOption('#px-theme', 'dark');
  await planner.locator('.data-status', { hasText: 'Not saved: the storage on this device is full. The theme applies until you close this page.' }).waitFor();
  assert.equal(await readRecord(planner, 'settings'), null);

  // The calculator.
  const calc = await open(server.url, { init: fillableStorage });
  await calc.waitForFunction(() => document.querySelector('#e1rm-value')?.textContent.trim() !== '–');
  await calc.fill('#load', '120');
  await waitRecord(calc, 'calculator', (c) => c.load === '120');
  await setFull(calc, true);
  await calc.fill('#load', '130');
  await calc.locator('#save-status', { hasText: 'Not saved: the storage on this device is full.' }).waitFor();
  assert.equal((await readRecord(calc, 'calculator')).value.load, '120');
  await screenshot(calc, 'storage-full-calculator-360', '#save-status');

  // The advisor: a rule set that loads but cannot be saved says so.
  const advisor = await open(`${server.url}advisor.html`, { init: fillableStorage });
  await advisor.waitForFunction(() => document.body.dataset.ready === 'true');
  await setFull(advisor, true);
  await advisor.click('#edit-current');
  await advisor.click('#load-rules');
  await advisor.locator('#rules-status', { hasText: /rules\. Not saved on this device: the storage on this device is full\./ }).waitFor();
  assert.equal(await readRecord(advisor, 'advisor.ruleSet'), null);

  // An unreadable saved plan that cannot be kept aside stays, and is never saved over.
  await setFull(planner, false);
  await writeRecord(planner, 'plan', { version: 9, weeks: [] });
  await planner.evaluate(() => { sessionStorage.setItem('full', '1'); });
  await planner.addInitScript(() => { if (sessionStorage.getItem('full')) globalThis.__full = true; });
  await planner.reload();
  await plannerReady(planner);
  assert.match(await planner.textContent('#notice'), /could not be read .* and could not be kept aside \(the storage on this device is full\)\. It stays saved as it is/);
  assert.doesNotMatch(await planner.textContent('#notice'), /kept aside unchanged/);
  await setFull(planner, false);
  await planner.fill('#plan-name', 'Would overwrite');
  await planner.locator('#status', { hasText: 'Not saved: your unreadable saved plan is protected' }).waitFor();
  assert.deepEqual((await readRecord(planner, 'plan')).value, { version: 9, weeks: [] });
  assert.deepEqual(errors, []);
  await context.close();
});

test('two planner tabs: a change reaches the other tab, a stale save asks which version to keep', async () => {
  const { context, errors, open } = await profile();
  const a = await open(`${server.url}planner.html`);
  await plannerReady(a);
  const b = await open(`${server.url}planner.html`);
  await plannerReady(b);
  // With both tabs in sync, an edit in one shows up in the other.
  await a.fill('#plan-name', 'Edited in A');
  await b.waitForFunction(() => document.querySelector('#plan-name').value === 'Edited in A');
  assert.match(await b.textContent('#notice'), /changed in another tab/);

  // A tab that missed the news (no BroadcastChannel, e.g. an old browser) tries to save.
  const c = await open(`${server.url}planner.html`, { init: () => { delete globalThis.BroadcastChannel; } });
  await plannerReady(c);
  await a.fill('#plan-name', 'Second edit in A');
  const fromA = await waitRecord(a, 'plan', (p) => p.name === 'Second edit in A');
  await c.fill('#plan-name', 'Edit in C');
  await c.locator('#conflict').waitFor();
  await c.locator('#status', { hasText: 'Not saved yet: choose which version to keep.' }).waitFor();
  assert.deepEqual(await readRecord(c, 'plan'), fromA, 'nothing was overwritten');
  await screenshot(c, 'storage-conflict-360', '#conflict');
  await c.click('#conflict-theirs');
  assert.equal(await c.inputValue('#plan-name'), 'Second edit in A');
  assert.equal(await c.isHidden('#conflict'), true);

  // Again, and this time C keeps its own version: it is saved, and A follows.
  await a.fill('#plan-name', 'Third edit in A');
  await waitRecord(a, 'plan', (p) => p.name === 'Third edit in A');
  await c.fill('#plan-name', 'Mine from C');
  await c.locator('#conflict').waitFor();
  await c.click('#conflict-mine');
  await waitRecord(c, 'plan', (p) => p.name === 'Mine from C');
  // A hears nothing from C (no channel there), so A's next stale save asks too.
  await a.fill('#plan-name', 'A again');
  await a.locator('#conflict').waitFor();
  assert.equal((await readRecord(a, 'plan')).value.name, 'Mine from C');

  // A tab with an edit the core refused asks instead of dropping it when another tab saves.
  await a.click('#conflict-theirs');
  await b.reload();   // B heard nothing from C either
  await plannerReady(b);
  assert.equal(await b.inputValue('#plan-name'), 'Mine from C');
  await b.fill('#sessions .pl-set >> nth=0 >> input[type="number"]', '0');
  await b.waitForSelector('[aria-invalid="true"]');
  await a.fill('#plan-name', 'Saved by A while B is mid-edit');
  await b.locator('#conflict').waitFor();
  assert.equal(await b.inputValue('#sessions .pl-set >> nth=0 >> input[type="number"]'), '0');
  assert.deepEqual(errors, []);
  await context.close();
});

test('unreadable records are kept aside: several, time-stamped, listed and exported', async () => {
  const { context, errors, open } = await profile();
  const page = await open(`${server.url}planner.html`);
  await plannerReady(page);
  const bad = [{ version: 9, weeks: [] }, { version: 1, weeks: 'three' }];
  for (const value of bad) {
    await writeRecord(page, 'plan', value);
    await page.reload();
    await plannerReady(page);
    assert.match(await page.textContent('#notice'), /could not be read .*kept aside unchanged/);
  }
  await writeRecord(page, 'settings', 'dark');
  await page.reload();
  await plannerReady(page);
  const aside = await quarantined(page);
  assert.deepEqual(aside.map((q) => [q.key, q.value]), [['plan', bad[0]], ['plan', bad[1]], ['settings', 'dark']]);
  assert.ok(aside.every((q) => !Number.isNaN(Date.parse(q.at))), 'each has a time stamp');
  assert.ok(aside[0].at <= aside[1].at && aside[1].at <= aside[2].at);
  const summary = page.locator('.data-aside summary');
  await summary.filter({ hasText: 'Kept aside: 3 items that could not be read' }).waitFor();
  await summary.click();
  const items = await page.locator('.data-aside li').allTextContents();
  assert.equal(items.length, 3);
  assert.match(items[0], /^Training plan, .+: The saved plan could not be read: /);
  assert.match(items[2], /^Settings, .+: The saved settings could not be used/);
  assert.ok(items.every((t) => !/[{}[\]]|\.v1|proximity\./.test(t)), items.join(' | '));
  await screenshot(page, 'storage-kept-aside-360', '.data-aside');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export data', exact: true }).click()]);
  const doc = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(doc.quarantine.map((q) => q.value), [bad[0], bad[1], 'dark']);
  assert.match(await page.textContent('.data-status'), /and 3 kept-aside items/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an import replaces what open pages show, and their next save keeps it', async () => {
  const { context, errors, open } = await profile();
  const planner = await open(`${server.url}planner.html`);
  await plannerReady(planner);
  await planner.fill('#plan-name', 'Before the import');
  await waitRecord(planner, 'plan', (p) => p.name === 'Before the import');
  const calc = await open(server.url);
  await calc.waitForFunction(() => document.querySelector('#e1rm-value')?.textContent.trim() !== '–');

  const plan = await makePlan(planner, 'Imported plan');
  const file = { app: 'proximity', format: 2, exportedAt: new Date().toISOString(),
    records: { plan, settings: { version: 1, theme: 'dark' }, calculator: { load: '150', reps: '2', effort: '0' } }, quarantine: [] };
  const other = await open(`${server.url}embed.html`);
  const [chooser] = await Promise.all([other.waitForEvent('filechooser'), other.click('text=Import data…')]);
  await chooser.setFiles({ name: 'data.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await other.locator('.data-status', { hasText: 'Imported 3 items. Open Proximity pages now show them.' }).waitFor();

  await planner.waitForFunction(() => document.querySelector('#plan-name').value === 'Imported plan');
  assert.equal(await planner.locator('#week-tabs .pl-tab').count(), 4);
  await planner.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  await calc.waitForFunction(() => document.querySelector('#load')?.value === '150');
  // The planner's next save builds on the imported plan; it does not bring the old one back.
  await planner.fill('#plan-name', 'Imported, then renamed');
  const saved = await waitRecord(planner, 'plan', (p) => p.name === 'Imported, then renamed');
  assert.equal(saved.value.weeks.length, 4);
  assert.equal(await planner.isHidden('#conflict'), true);

  // Importing in the planner's own footer replaces its plan too.
  const again = { ...file, records: { plan: { ...plan, name: 'Imported here' } } };
  const [chooser2] = await Promise.all([planner.waitForEvent('filechooser'), planner.click('text=Import data…')]);
  await chooser2.setFiles({ name: 'data.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(again)) });
  await planner.waitForFunction(() => document.querySelector('#plan-name').value === 'Imported here');

  // A file exported before this store (format 1: the old localStorage keys) imports too.
  const oldFile = { app: 'proximity', format: 1, exportedAt: new Date().toISOString(),
    data: { 'proximity.plan.v1': { ...plan, name: 'From an old export' } }, text: { 'proximity.backup.plan.v1': '{"version": 9' } };
  const [chooser3] = await Promise.all([planner.waitForEvent('filechooser'), planner.click('text=Import data…')]);
  await chooser3.setFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(oldFile)) });
  await planner.waitForFunction(() => document.querySelector('#plan-name').value === 'From an old export');
  assert.deepEqual((await quarantined(planner)).map((q) => [q.key, q.value]), [['plan', '{"version": 9']]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an update asks before reloading a page with unsaved edits, and the draft comes back', async () => {
  const site = await serveWebCopy();
  const { context, errors, open } = await profile();
  try {
    const page = await open(`${site.url}planner.html`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
    await plannerReady(page);
    const reps = '#sessions .pl-set >> nth=0 >> input[type="number"]';
    await page.fill(reps, '0');   // refused by the core: not saved, kept as a draft
    await page.waitForSelector('[aria-invalid="true"]');
    await waitRecord(page, 'plan.draft', (d) => d.plan.weeks[0].sessions[0].exercises[0].sets[0].reps === 0);

    await site.deploy('planner.html', (html) => html.replace('<h1>', '<h1 data-version="2">'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const banner = page.locator('.pwa-banner', { hasText: 'Update available.' });
    await banner.waitFor({ timeout: 20000 });
    await banner.getByRole('button', { name: 'Reload' }).click();
    const ask = page.locator('.pwa-banner', { hasText: 'This page has changes that are not saved yet.' });
    await ask.waitFor();
    await screenshot(page, 'storage-update-asks-360', '.pwa-banner');
    assert.equal(await page.inputValue(reps), '0', 'nothing reloaded yet');
    await Promise.all([page.waitForEvent('load'), ask.getByRole('button', { name: 'Reload now' }).click()]);
    await page.waitForSelector('h1[data-version="2"]');
    await page.waitForFunction(() => /unsaved changes from last time are back/.test(document.querySelector('#notice').textContent));
    assert.equal(await page.inputValue(reps), '0');
    assert.equal(await page.getAttribute(reps, 'aria-invalid'), 'true');
    // Fixing the field saves the plan and drops the draft.
    await page.fill(reps, '6');
    await waitRecord(page, 'plan', (p) => p.weeks[0].sessions[0].exercises[0].sets[0].reps === 6);
    await page.waitForFunction(async () => {
      const { getStore } = await import('./js/lib/store.js');
      return (await (await getStore()).read('plan.draft')) === null;
    });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await site.close();
  }
});

test('no storage at all (private window): pages work and say that nothing is saved', async () => {
  const { context, errors, open } = await profile();
  const noStorage = () => { Object.defineProperty(globalThis, 'indexedDB', { get() { throw new DOMException('denied', 'SecurityError'); } }); };
  const planner = await open(`${server.url}planner.html`, { init: noStorage });
  await plannerReady(planner);
  await planner.locator('#status', { hasText: 'Not saved: this browser does not allow saving here (a private window, or storage is switched off). Your plan as last saved is unchanged.' }).waitFor();
  await planner.locator('.data-status', { hasText: 'Nothing can be saved: this browser does not allow saving here' }).waitFor();
  // Editing still works and is evaluated by the core.
  await planner.fill('#plan-name', 'Only in memory');
  await planner.locator('#status', { hasText: 'Not saved:' }).waitFor();
  const calc = await open(server.url, { init: noStorage });
  await calc.waitForFunction(() => document.querySelector('#e1rm-value')?.textContent.trim() === '123.3');
  await calc.locator('#save-status', { hasText: 'Not saved: this browser does not allow saving here' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('half-typed advisor rules are kept as a draft until they are loaded', async () => {
  const { context, errors, open } = await profile();
  const page = await open(`${server.url}advisor.html`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  await page.fill('#rules-text', '{"format": "proximity-rules", "version": 1, "rules": [');
  await waitRecord(page, 'advisor.ruleSet.draft', (text) => text.endsWith('"rules": ['));
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  assert.equal(await page.inputValue('#rules-text'), '{"format": "proximity-rules", "version": 1, "rules": [');
  assert.match(await page.textContent('#rules-status'), /you were typing is back/);
  // Loading a good rule set drops the draft and saves the rule set.
  await page.click('#edit-current');
  await page.click('#load-rules');
  await page.locator('#rules-status', { hasText: /^Loaded / }).waitFor();
  assert.equal(await readRecord(page, 'advisor.ruleSet.draft'), null);
  assert.equal(typeof (await readRecord(page, 'advisor.ruleSet')).value, 'string');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a newer version opening the database in another tab: saves stop with a plain message', async () => {
  const { context, errors, open } = await profile();
  const page = await open(`${server.url}planner.html`);
  await plannerReady(page);
  await page.fill('#plan-name', 'Before the upgrade');
  const saved = await waitRecord(page, 'plan', (p) => p.name === 'Before the upgrade');
  // What a newer deployment does: open the database at the next schema version.
  await page.evaluate(() => new Promise((done, fail) => {
    const request = indexedDB.open('proximity', 99);
    request.onsuccess = () => { request.result.close(); done(); };
    request.onerror = () => fail(request.error);
  }));
  await page.fill('#plan-name', 'After the upgrade');
  await page.locator('#status', { hasText: 'Not saved: Proximity is being updated in another tab; close the other Proximity tabs or reload this one. Your plan as last saved is unchanged.' }).waitFor();
  const after = await page.evaluate(() => new Promise((done) => {
    const request = indexedDB.open('proximity');
    request.onsuccess = () => {
      const get = request.result.transaction('records').objectStore('records').get('plan');
      get.onsuccess = () => { done(get.result); request.result.close(); };
    };
  }));
  assert.deepEqual({ value: after.value, rev: after.rev }, saved);
  assert.deepEqual(errors, []);
  await context.close();
});
