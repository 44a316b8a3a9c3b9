// The history page (web/history.html): importing each app's export through the page and
// reading its report, importing twice adds nothing, the e1RM chart with its table, every
// progress card on a synthetic year of training, a failed write that keeps the old history,
// axe, and screenshots at phone and desktop width (test-artifacts/history-*.png).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchBrowser, serveWeb, openPage, screenshot } from './support/browser.mjs';
import { readHistory, readRecord, writeRecord } from './support/store.mjs';
import { syntheticHevyYear } from '../../scripts/lib/synthetic-hevy.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const VECTORS = JSON.parse(readFileSync(new URL('../vectors/history_import.json', import.meta.url), 'utf8')).vectors;
const vector = (start) => VECTORS.find((v) => v.name.startsWith(start));
const FILES = {
  'Strong, current layout': vector('Strong current layout:'),
  'Strong, older layout': vector('Strong older layout'),
  Hevy: vector('Hevy: quoted commas'),
  FitNotes: vector('round trip: FitNotes'),
};

let browser, server;
before(async () => { server = await serveWeb(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

async function open(viewport = { width: 360, height: 740 }) {
  const opened = await openPage(browser, `${server.url}history.html`, { viewport });
  await opened.page.waitForSelector('body[data-ready="true"]');
  return opened;
}

async function importFile(page, name, text) {
  await page.setInputFiles('#import-file', { name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.waitForFunction(() => /Read \d/.test(document.getElementById('import-report').textContent)
    || document.getElementById('import-error').textContent);
  return page.locator('#import-report').innerText();
}

for (const [label, v] of Object.entries(FILES)) {
  test(`${label}: imported through the page, the report in words, the history saved`, async () => {
    const { page, errors, context } = await open();
    const expected = v.expect.report;
    const report = await importFile(page, 'export.csv', v.input.text);
    assert.match(report, new RegExp(`Read ${expected.rows} rows: ${expected.imported} sets imported, ${expected.skipped.length} skipped`));
    assert.match(report, new RegExp(`${expected.workouts} workout`));
    const custom = expected.exercises.filter((e) => !e.mapped).length;
    assert.match(report, new RegExp(`${expected.exercises.length} exercises: ${expected.exercises.length - custom} recognised, ${custom} kept as your own`));
    await page.click('#import-report summary');
    for (const s of expected.skipped) assert.match(await page.locator('#import-report').innerText(), new RegExp(`Line ${s.line}: ${s.reason.replace(/[()]/g, '\\$&')}`));
    const saved = { value: await readHistory(page) };
    assert.equal(saved.value.workouts.reduce((n, w) => n + w.exercises.reduce((m, x) => m + x.sets.length, 0), 0), expected.sets);
    if (custom) assert.equal(await page.locator('#custom-list li').count(), saved.value.customExercises.length);
    if (label === 'FitNotes') await screenshot(page, 'history-fitnotes-import');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('importing the same file twice adds nothing, and says so', async () => {
  const { page, errors, context } = await open();
  const v = FILES.Hevy;
  await importFile(page, 'hevy.csv', v.input.text);
  const first = await readHistory(page);
  const firstRev = (await readRecord(page, 'history.document')).rev;
  const again = await importFile(page, 'hevy.csv', v.input.text);
  assert.match(again, /0 sets imported/);
  assert.match(again, /Nothing new to save/);
  assert.equal((await readRecord(page, 'history.document')).rev, firstRev);
  assert.deepEqual(await readHistory(page), first);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a custom exercise mapped to the library stays mapped for the next import', async () => {
  const { page, errors, context } = await open();
  const v = FILES['Strong, current layout'];
  await importFile(page, 'strong.csv', v.input.text);
  const name = v.expect.report.exercises.find((e) => !e.mapped).name;
  const row = page.locator('#custom-list li', { hasText: name });
  await row.locator('select').selectOption('front-squat');
  await row.locator('button').click();
  await page.waitForFunction(() => /now counts as/.test(document.getElementById('import-report').textContent));
  const saved = await readHistory(page);
  assert.ok(saved.mapping.some((m) => m.name === name && m.exercise === 'front-squat'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a year of Hevy training: every card drawn from the analysis, chart and table, axe clean', async () => {
  for (const [label, viewport] of [['360', { width: 360, height: 740 }], ['desktop', { width: 1280, height: 900 }]]) {
    const { page, errors, context } = await open(viewport);
    const text = syntheticHevyYear();
    const report = await importFile(page, 'hevy-year.csv', text);
    assert.match(report, /Read 7,280 rows: 7,280 sets imported, 0 skipped/);
    await page.waitForSelector('#progress:not([hidden])');
    await page.waitForSelector('#trend-chart .hx-line');  // the chosen exercise's sessions come from the worker after the first answer
    // The chart: a line, its band and record markers, one table row per session in range.
    const trend = await page.evaluate(() => ({
      points: document.querySelector('#trend-chart .hx-line').getAttribute('points').split(' ').length,
      band: !!document.querySelector('#trend-chart .hx-band'),
      records: document.querySelectorAll('#trend-chart .hx-record').length,
      rows: document.querySelectorAll('#trend-table tbody tr').length,
      label: document.querySelector('#trend-chart svg').getAttribute('aria-label'),
    }));
    assert.ok(trend.points > 40, `${trend.points} sessions drawn`);
    assert.equal(trend.rows, trend.points);
    assert.ok(trend.band);
    assert.ok(trend.records > 0);
    assert.match(trend.label, /^e1RM of /);
    await page.click('label[for="range-3m"]');
    const short = await page.locator('#trend-table tbody tr').count();
    assert.ok(short < trend.rows && short >= 12, `3 months: ${short} sessions`);
    // The other cards.
    assert.match(await page.locator('#readiness-value').innerText(), /^[+-]?\d[\d.,]* %$/);  // percent of the usual week
    assert.ok(await page.locator('#readiness-table tbody tr').count() >= 40);
    assert.ok(await page.locator('#readiness-chart polyline').count() === 1);
    assert.ok(await page.locator('#volume .hx-bar-row').count() >= 10);
    assert.match(await page.locator('#failure-summary').innerText(), /reached failure; the failure policy would have advised against \d+/);
    assert.ok(await page.locator('#failure-reasons li').count() >= 1);
    assert.doesNotMatch(await page.locator('#failure-reasons').innerText(), /[a-z]+-[a-z]+-[a-z]+/, 'no rule ids on screen');
    assert.ok(await page.locator('#failure-table tbody tr').count() >= 20);
    assert.match(await page.locator('#calibration').innerText(), /your calls (run about|are taken as made)/);
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] }))
      .violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
    assert.deepEqual(violations, []);
    await page.click('label[for="range-1y"]');
    await screenshot(page, `history-year-${label}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a failed write keeps the old history and says so', async () => {
  const { page, errors, context } = await open();
  await importFile(page, 'strong.csv', FILES['Strong, current layout'].input.text);
  const before = await readHistory(page);
  // The history's worker saves an import (web/js/history/analysis-worker.js): its store refuses.
  await page.workers()[0].evaluate(async () => {
    const store = await (await import(`${location.origin}/js/lib/store.js`)).getStore();
    store.writeAll = async () => ({ ok: false, reason: 'full', message: 'the storage on this device is full' });
  });
  await importFile(page, 'hevy.csv', FILES.Hevy.input.text);
  assert.equal(await page.locator('#import-error').innerText(),
    'Not saved: the storage on this device is full. Your saved history is unchanged.');
  assert.deepEqual(await readHistory(page), before);
  // The engine holds what is saved again: the page shows the saved history's sets.
  const sets = before.workouts.reduce((n, w) => n + w.exercises.reduce((m, x) => m + x.sets.length, 0), 0);
  assert.match(await page.locator('#status').innerText(), new RegExp(`and ${sets} sets saved`));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file that is no export is refused in words and nothing changes', async () => {
  const { page, errors, context } = await open();
  await importFile(page, 'notes.csv', 'hello,world\n1,2\n');
  assert.match(await page.locator('#import-error').innerText(), /^This file could not be imported: .+\. Your saved history is unchanged\.$/);
  assert.equal(await readHistory(page), null);
  await screenshot(page, 'history-empty-360');
  assert.deepEqual(errors, []);
  await context.close();
});

test('with a plan saved, the next session lists each exercise with its load from the trend', async () => {
  const { page, errors, context } = await open();
  await importFile(page, 'hevy-year.csv', syntheticHevyYear());
  const plan = await page.evaluate(async () => {
    const px = await (await import('./js/proximity.js')).loadProximity();
    return px.generateMesocycle({ template: px.planTemplates({})[0].id, weeks: 4, status: 'intermediate' });
  });
  assert.equal((await writeRecord(page, 'plan', plan, { baseRev: 0 })).ok, true);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.locator('#next-intro').innerText(), "Week 1, session 1 of your plan, loaded from each exercise's trend.");
  const first = await page.locator('#next tbody tr').first().innerText();
  assert.match(first, /\d+ reps @ RIR \d/);
  assert.match(first, /\d+(\.\d)? kg/);
  assert.ok(await page.locator('#next tbody tr').count() >= 3);
  // Readiness goes on through the rest of the block: a dashed continuation of the line,
  // and the projected days in the table, marked as such.
  assert.equal(await page.locator('#readiness-chart polyline.hx-projection').count(), 1);
  const projected = await page.locator('#readiness-table tbody tr', { hasText: 'projected from your plan' }).count();
  // The page's history lives in its worker: the same analysis asked with the saved history.
  const projection = await page.evaluate(async ({ p, history }) => (await (await import('./js/proximity.js')).loadProximity())
    .analyzeHistory({ history, plan: p, exercise: null }).projection, { p: plan, history: await readHistory(page) });
  assert.ok(projection.length >= 20, `${projection.length} projected days`);
  assert.equal(projected, projection.length);
  assert.match(await page.locator('#readiness-chart svg').getAttribute('aria-label'), /as projected through the rest of your planned block/);
  await page.locator('section:has(#next-heading)').screenshot({ path: new URL('../../test-artifacts/history-next-360.png', import.meta.url).pathname });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a history changed elsewhere since the page read it is not overwritten by an import', async () => {
  const { page, errors, context } = await open();
  await importFile(page, 'strong.csv', FILES['Strong, current layout'].input.text);
  const { workouts, ...document } = await readHistory(page);
  const theirs = { ...document, mapping: [] };
  assert.equal((await writeRecord(page, 'history.document', theirs)).ok, true);  // e.g. a remap in another tab
  await importFile(page, 'hevy.csv', FILES.Hevy.input.text);
  assert.match(await page.locator('#import-error').innerText(), /^Not saved: the history was changed in another tab\./);
  assert.deepEqual(await readHistory(page), { ...theirs, workouts });
  assert.deepEqual(errors, []);
  await context.close();
});

test('export: the history as a Proximity file and as Strong CSV, each re-importable', async () => {
  const { page, errors, context } = await open();
  await importFile(page, 'hevy.csv', FILES.Hevy.input.text);
  const saved = await readHistory(page);
  for (const [button, header] of [['#export-json', /^\{/], ['#export-csv', /^"?Workout #"?;"?Date/]]) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    const text = readFileSync(await download.path(), 'utf8');
    assert.match(text, header);
    const again = await page.evaluate(async (t) => (await (await import('./js/proximity.js')).loadProximity()).importHistory({ text: t }).report, text);
    assert.equal(again.sets, saved.workouts.reduce((n, w) => n + w.exercises.reduce((m, x) => m + x.sets.length, 0), 0));
  }
  assert.deepEqual(errors, []);
  await context.close();
});
