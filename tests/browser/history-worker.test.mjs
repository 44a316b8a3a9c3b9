// The history's worker (web/js/history/analysis-worker.js, web/js/history-analysis.js): the
// Progress page reads, imports and analyses the history there, says how many rows it is
// reading while it reads them, and a worker that cannot start is told in words, never an
// endless "Loading your history…".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWeb, openPage, screenshot } from './support/browser.mjs';
import { readHistory } from './support/store.mjs';
import { syntheticHevyYear } from '../../scripts/lib/synthetic-hevy.mjs';

let browser, server;
before(async () => { server = await serveWeb(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const setCount = (h) => h.workouts.reduce((n, w) => n + w.exercises.reduce((m, x) => m + x.sets.length, 0), 0);

test('an import is read in the worker: the rows counted in words first, then the report; the analysis runs there too', async () => {
  const { page, context, errors } = await openPage(browser, `${server.url}history.html`, { serviceWorkers: 'block' });
  await page.waitForSelector('body[data-ready="true"]');
  // Every text the import report shows, in order.
  await page.evaluate(() => {
    window.reportTexts = [];
    new MutationObserver(() => window.reportTexts.push(document.getElementById('import-report').textContent))
      .observe(document.getElementById('import-report'), { childList: true, characterData: true, subtree: true });
  });
  await page.setInputFiles('#import-file', { name: 'hevy-year.csv', mimeType: 'text/csv', buffer: Buffer.from(syntheticHevyYear()) });
  await page.locator('#import-report', { hasText: 'Saved.' }).waitFor();
  const texts = await page.evaluate(() => window.reportTexts);
  const reading = texts.indexOf('Reading 7,280 rows…');
  assert.ok(reading >= 0, texts.join(' | '));
  assert.ok(texts.indexOf('Saving 208 workouts…') > reading, texts.join(' | '));
  assert.match(texts.at(-1), /^Read 7,280 rows: 7,280 sets imported, 0 skipped\./);
  await page.waitForSelector('#trend-chart .hx-line');
  assert.equal(await page.locator('#status').innerText(), '208 workouts and 7,280 sets saved on this device.');
  assert.equal(setCount(await readHistory(page)), 7280);
  // The history is the worker's: the page's own module keeps none.
  const kept = await page.evaluate(async () => {
    try { (await (await import('./js/proximity.js')).loadProximity()).analyzeHistory({ exercise: null }); return 'kept'; } catch (error) { return error.message; }
  });
  assert.match(kept, /no history yet/);
  assert.equal(page.workers().length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a worker that cannot start is told in words, and the page does not wait for ever', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  await context.route('**/js/history/analysis-worker.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
  const page = await context.newPage();
  await page.goto(`${server.url}history.html`);
  await page.waitForSelector('body[data-ready="true"]');
  const status = await page.locator('#status').innerText();
  assert.match(status, /^Your training history could not be read on this device: .*\. Reload the page to try again\.$/);
  assert.doesNotMatch(status, /Loading|\.js|worker/i);
  // An import then is refused at once, in words, with nothing saved.
  await page.setInputFiles('#import-file', { name: 'hevy-year.csv', mimeType: 'text/csv', buffer: Buffer.from(syntheticHevyYear()) });
  await page.locator('#import-error', { hasText: 'Your saved history is unchanged.' }).waitFor();
  assert.match(await page.locator('#import-error').innerText(), /^Your training history could not be read/);
  assert.equal(await readHistory(page), null);
  await screenshot(page, 'history-worker-failed-360');
  await context.close();
});
