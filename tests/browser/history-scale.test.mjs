// The training history at scale (web/js/lib/history-records.js): the old single
// "history" record moves to one record per workout with every set kept (schema version 2),
// and the largest history Proximity keeps (describe().limits.historySets: 100,000 sets,
// scripts/lib/synthetic-hevy.mjs) imports through the Progress page and works on every
// page that reads it (Progress, Today, the planner). Timings are printed, not asserted
// (scripts/bench checks the targets).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWeb, openPage, screenshot } from './support/browser.mjs';
import { readHistory, readRecord, writeRecord } from './support/store.mjs';
import { syntheticHevyDecade } from '../../scripts/lib/synthetic-hevy.mjs';

let browser, server;
before(async () => { server = await serveWeb(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const setCount = (h) => h.workouts.reduce((n, w) => n + w.exercises.reduce((m, x) => m + x.sets.length, 0), 0);
const set = (load, reps) => ({ load, unit: 'kg', reps, rir: 2 });
const workout = (start, name, sets) => ({ start, name, source: 'hevy', exercises: [{ exercise: 'bench-press', name: 'Bench Press', sets }] });

test('the old single history record becomes one record per workout, every set kept', async () => {
  const { page, context, errors } = await openPage(browser, `${server.url}manifest.webmanifest`);
  // What the pages saved before: schema version 1, the whole history in the record "history"
  // (two workouts with the same start and name included: both are kept).
  const old = { version: 1, customExercises: [], mapping: [{ name: 'Bench', exercise: 'bench-press' }], workouts: [
    workout('2024-11-01T08:00:00', 'Push', [set(80, 8), set(82.5, 8)]),
    workout('2024-11-03T08:00:00', 'Push', [set(85, 6)]),
    workout('2024-11-03T08:00:00', 'Push', [set(60, 12), set(60, 12), set(60, 11)]),
  ] };
  await page.evaluate((value) => new Promise((done, fail) => {
    const request = indexedDB.open('proximity', 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('records', { keyPath: 'key' });
      request.result.createObjectStore('quarantine', { keyPath: 'id', autoIncrement: true });
    };
    request.onsuccess = () => {
      const tx = request.result.transaction('records', 'readwrite');
      tx.objectStore('records').put({ key: 'history', value, rev: 7, savedAt: '2024-11-03T10:00:00Z' });
      tx.oncomplete = () => { request.result.close(); done(); };
      tx.onerror = () => fail(tx.error);
    };
  }), old);
  errors.length = 0;  // the manifest page's missing favicon
  await page.goto(`${server.url}history.html`);
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.locator('#status').innerText(), '3 workouts and 6 sets saved on this device.');
  const saved = await readHistory(page);
  assert.deepEqual(saved, old);
  assert.equal(await readRecord(page, 'history'), null);
  const keys = await page.evaluate(async () => (await (await import('./js/lib/store.js')).getStore()).list('workout/'));
  assert.deepEqual(keys.map((r) => r.key), ['workout/2024-11-01T08:00:00|Push', 'workout/2024-11-03T08:00:00|Push',
    'workout/2024-11-03T08:00:00|Push#2']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a 100,000-set history: imported through the Progress page, then Progress, Today and the planner work', async () => {
  const text = syntheticHevyDecade();
  const { page, context, errors } = await openPage(browser, `${server.url}history.html`, { viewport: { width: 1280, height: 900 } });
  await page.waitForSelector('body[data-ready="true"]');
  const limit = await page.evaluate(async () => (await (await import('./js/proximity.js')).loadProximity()).describe({}).limits.historySets.max);
  const rows = text.split('\n').length - 2;
  assert.equal(rows, limit);

  // Timed in the page from the file input's change, and the page's thread meanwhile: its
  // longest task (the import, the saving and the analysis run in the history's worker; what
  // is left here is drawing). Playwright's own push of the 12.5 MB into the input comes
  // before the change and is left out.
  await page.evaluate(() => {
    window.longest = 0;
    document.getElementById('import-file').addEventListener('change', () => {
      window.chosenAt = performance.now();
      new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.startTime >= window.chosenAt) window.longest = Math.max(window.longest, e.duration); })
        .observe({ type: 'longtask' });
    }, { capture: true, once: true });
  });
  await page.setInputFiles('#import-file', { name: 'hevy-decade.csv', mimeType: 'text/csv', buffer: Buffer.from(text) }, { timeout: 0 });
  await page.locator('#import-report', { hasText: 'Reading 100,000 rows…' }).waitFor({ timeout: 60000 });
  await page.locator('#import-report', { hasText: 'Saved.' }).waitFor({ timeout: 120000 });
  await page.locator('#trend-chart svg').first().waitFor({ timeout: 60000 });
  const importMs = Math.round(await page.evaluate(() => performance.now() - window.chosenAt));
  const longestTask = await page.evaluate(() => window.longest);
  assert.match(await page.locator('#import-report').innerText(), /Read 100,000 rows: 100,000 sets imported, 0 skipped\./);
  assert.match(await page.locator('#status').innerText(), /2,858 workouts and 100,000 sets saved on this device\./);
  assert.equal(setCount(await readHistory(page)), 100000);

  // Opening Progress with the history saved: every card drawn.
  let t0 = Date.now();
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60000 });
  const progressMs = Date.now() - t0;
  assert.match(await page.locator('#status').innerText(), /100,000 sets saved/);
  await page.locator('#trend-chart .hx-line').waitFor({ timeout: 60000 });
  // Every section filled from the decade's analysis.
  assert.match(await page.locator('#readiness-value').innerText(), /^[+-−]?\d[\d.,]* %$/);
  assert.ok(await page.locator('#readiness-table tbody tr').count() >= 40);
  assert.ok(await page.locator('#volume .hx-bar-row').count() >= 10);
  assert.match(await page.locator('#failure-summary').innerText(), /reached failure/);
  assert.match(await page.locator('#calibration').innerText(), /your calls (run about|are taken as made)/);
  assert.ok(await page.locator('#week option').count() > 400, 'every week of the decade can be chosen');
  await screenshot(page, 'history-decade-desktop');
  // The same import again adds nothing and says so.
  await page.setInputFiles('#import-file', { name: 'hevy-decade.csv', mimeType: 'text/csv', buffer: Buffer.from(text) }, { timeout: 0 });
  await page.locator('#import-report', { hasText: 'Nothing new to save' }).waitFor({ timeout: 120000 });

  // Today: a planned session prepared from the whole history.
  const plan = await page.evaluate(async () => (await (await import('./js/proximity.js')).loadProximity())
    .generateMesocycle({ template: 'upperLower', weeks: 4, status: 'intermediate' }));
  assert.equal((await writeRecord(page, 'plan', plan)).ok, true);
  t0 = Date.now();
  await page.goto(`${server.url}today.html`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60000 });
  await page.click('#start-plan');
  await page.locator('.exercise.current .exercise-why').waitFor({ timeout: 60000 });
  const todayMs = Date.now() - t0;
  assert.match(await page.locator('.exercise.current .exercise-why').innerText(), /\S/);

  // The planner: the log's fatigue read from the whole history, the plan judged.
  t0 = Date.now();
  await page.goto(`${server.url}planner.html`);
  await page.waitForSelector('#sessions .pl-badge:not(:empty)', { timeout: 60000 });
  await page.waitForSelector('#muscle-bars .pl-bar-row');
  const plannerMs = Date.now() - t0;
  assert.equal(await page.locator('#plan-name').inputValue(), plan.name);

  console.log(`100,000 sets: import to first chart ${importMs} ms (the page's longest task meanwhile ${longestTask.toFixed(0)} ms); Progress opened ${progressMs} ms; ` +
    `Today session prepared ${todayMs} ms; planner opened ${plannerMs} ms`);
  assert.deepEqual(errors, []);
  await context.close();
});
