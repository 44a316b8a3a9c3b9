// Time from navigation to the first computed result on the calculator page, in
// headless Chromium over localhost: the page marks performance 'first-result' in the
// frame that paints its first e1RM and load table. Every run is a fresh browser
// context (empty cache), so it includes fetching and compiling the WASM module.
import { cpus, loadavg } from 'node:os';
import { launchBrowser, serveWeb } from '../../tests/browser/support/browser.mjs';
import { heading, target, median } from '../lib/bench-report.mjs';

const RUNS = 9;
const LIMIT_MS = 150;

const server = await serveWeb();
const browser = await launchBrowser();
const times = [];
const phases = { 'modules-loaded': [], 'core-ready': [] };
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => performance.getEntriesByName('first-result').length > 0, null, { timeout: 10_000 });
    const marks = await page.evaluate(() => Object.fromEntries(
      performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
    times.push(marks['first-result']);
    for (const name of Object.keys(phases)) phases[name].push(marks[name]);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

heading(`First computed result (headless Chromium, localhost, ${RUNS} cold runs)`);
console.log(`runs (ms): ${times.map((t) => t.toFixed(1)).join(', ')}`);
console.log(`medians: page modules loaded ${median(phases['modules-loaded']).toFixed(1)} ms, ` +
  `WASM core ready ${median(phases['core-ready']).toFixed(1)} ms, first result ${median(times).toFixed(1)} ms`);
console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} ` +
  '(times scale with a busy machine)');
const m = median(times);
target('navigation to first e1RM + table painted (median)', `${LIMIT_MS} ms`, `${m.toFixed(1)} ms`, m <= LIMIT_MS);
