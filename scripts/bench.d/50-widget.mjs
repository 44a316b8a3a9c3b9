// Widget: what an article pays for <proximity-calculator>, measured in headless Chromium
// on the test "article" (another origin, strict CSP, hostile CSS):
//  - gzip bytes of what the browser actually fetched from the widget's origin, for one
//    e1rm widget and for one widget of each mode: the widget's own JS (+ js/proximity.js),
//    then with the shared WASM module and its glue;
//  - time from navigation to the first computed value (the first proximity-result event),
//    median of 9 cold runs (fresh browser context each, so nothing is cached).
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { launchBrowser, serveWeb } from '../../tests/browser/support/browser.mjs';
import { serveArticle } from '../../tests/browser/support/article.mjs';

const RUNS = 9;
const TARGETS = {
  ownJsGzip: 12 * 1024,        // the widget's JS for one mode + js/proximity.js, without the WASM and its glue
  totalGzip: 120 * 1024,       // everything one widget loads, WASM included (the page budget)
  firstValueMs: 250,           // navigation -> first computed value, localhost, median (4 serial fetches + compile)
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const line = (what, limit, value, text) =>
  console.log(`target: ${what} <= ${text(limit)}  measured ${text(value)}  ${value <= limit ? 'OK' : 'OVER'}`);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const server = await serveWeb();
const widgetOrigin = new URL(server.url).origin;
const article = await serveArticle(server.url, {
  'bench-one.html': '<proximity-calculator mode="e1rm" load="100" reps="5" rir="2"></proximity-calculator>',
  'bench-all.html': ['e1rm', 'table', 'advisor'].map((m) => `<proximity-calculator mode="${m}"></proximity-calculator>`).join('\n'),
});
const browser = await launchBrowser();

// Loads a page in a fresh context; returns the widget-origin files fetched (gzip sizes)
// and the time of the first proximity-result.
async function visit(name) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    document.addEventListener('proximity-result', () => {
      if (window.__firstValue === undefined) window.__firstValue = performance.now();
    }, { capture: true });
  });
  const page = await context.newPage();
  const files = new Map();
  page.on('response', async (response) => {
    const url = response.url();
    if (!url.startsWith(widgetOrigin)) return;
    try { files.set(new URL(url).pathname, gzipSync(await response.body(), { level: 9 }).length); } catch { /* redirects */ }
  });
  await page.goto(article.url + name);
  await page.waitForFunction(() => window.__firstValue !== undefined, null, { timeout: 15000 });
  const firstValue = await page.evaluate(() => window.__firstValue);
  await page.waitForLoadState('networkidle');
  await context.close();
  return { files, firstValue };
}

const isCore = (path) => path.startsWith('/wasm/');
const sum = (files, keep) => [...files].filter(([p]) => keep(p)).reduce((a, [, n]) => a + n, 0);

console.log('== widget (<proximity-calculator> on a cross-origin article, strict CSP)');
const one = await visit('bench-one.html');
const all = await visit('bench-all.html');
for (const [path, size] of [...all.files].sort()) console.log(`  ${path.padEnd(34)} ${kb(size)} gzip${one.files.has(path) ? '' : '   (not loaded by an e1rm widget)'}`);
const ownOne = sum(one.files, (p) => !isCore(p));
const ownAll = sum(all.files, (p) => !isCore(p));
console.log(`  one e1rm widget: own JS ${kb(ownOne)} gzip, with the shared core ${kb(sum(one.files, () => true))} gzip (${one.files.size} files)`);
console.log(`  one widget of each mode: own JS ${kb(ownAll)} gzip, with the shared core ${kb(sum(all.files, () => true))} gzip`);
line('widget JS gzip (e1rm, excl. WASM + glue)', TARGETS.ownJsGzip, ownOne, kb);
line('widget total gzip (e1rm, incl. WASM + glue)', TARGETS.totalGzip, sum(one.files, () => true), kb);

const times = [];
for (let i = 0; i < RUNS; i++) times.push((await visit('bench-one.html')).firstValue);
console.log(`  first computed value: ${times.map((t) => t.toFixed(0)).join(', ')} ms  (machine load average ${loadavg()[0].toFixed(1)})`);
line(`widget first computed value (median of ${RUNS}, cold)`, TARGETS.firstValueMs, median(times), (v) => `${v.toFixed(0)} ms`);

await browser.close();
await article.close();
await server.close();
