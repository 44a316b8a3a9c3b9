// Time from navigation to the first computed result on the calculator page, in headless
// Chromium over localhost, files served gzip-compressed: the page marks performance
// 'first-result' in the frame that paints its first e1RM and load table. Every run is a
// fresh browser context (empty cache), so it includes fetching and compiling the WASM
// module. The same, as a ratio to a plain-JS calculator page (scripts/bench.d/baseline/:
// Epley and a 12 x 5 table) loaded alike, interleaved in the same run. The phone profile
// is 25-phone.mjs.
import { cpus, loadavg } from 'node:os';
import { heading, record, target } from '../lib/bench-report.mjs';
import { DESKTOP, RUNS, interleaved, medianOf, openBench, runsText } from '../lib/page-timing.mjs';

const LIMIT_MS = 150;
const RATIO_LIMIT = 1.5;  // issue 22

const bench = await openBench();
let marks;
try {
  marks = await interleaved(bench.browser, { calculator: { url: bench.web.url }, baseline: { url: bench.baseline.url } }, DESKTOP);
} finally {
  await bench.close();
}

heading(`First computed result, desktop (headless Chromium, localhost, gzip, ${RUNS} cold runs each, interleaved)`);
const calc = medianOf(marks.calculator), base = medianOf(marks.baseline);
console.log(`calculator runs (ms): ${runsText(marks.calculator)}`);
console.log(`plain-JS page runs (ms): ${runsText(marks.baseline)}`);
console.log(`medians: calculator modules loaded ${medianOf(marks.calculator, 'modules-loaded').toFixed(1)} ms, ` +
  `WASM core ready ${medianOf(marks.calculator, 'core-ready').toFixed(1)} ms, first result ${calc.toFixed(1)} ms; ` +
  `plain-JS page ${base.toFixed(1)} ms`);
console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} ` +
  '(times scale with a busy machine)');
target('navigation to first e1RM + table painted (median)', `${LIMIT_MS} ms`, `${calc.toFixed(1)} ms`, calc <= LIMIT_MS);
console.log(`fetched before the first result (gzip): calculator ${(medianOf(marks.calculator, 'bytes') / 1000).toFixed(1)} KB, ` +
  `plain-JS page ${(medianOf(marks.baseline, 'bytes') / 1000).toFixed(1)} KB`);
record('desktop.ratio', `${(calc / base).toFixed(2)}x`);
record('desktop.load', loadavg()[0].toFixed(1));
target('the same, as a ratio to the plain-JS page', `${RATIO_LIMIT.toFixed(1)}x`, `${(calc / base).toFixed(2)}x`, calc / base <= RATIO_LIMIT);
