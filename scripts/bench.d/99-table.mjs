// The closing table of issue 22: every figure the sections above recorded in this run
// (scripts/lib/bench-report.mjs record(); scripts/bench empties the file first), beside
// its target. A figure whose section did not run says so.
import { existsSync, readFileSync } from 'node:fs';
import { FIGURES_FILE, heading } from '../lib/bench-report.mjs';

const f = existsSync(FIGURES_FILE) ? JSON.parse(readFileSync(FIGURES_FILE, 'utf8')) : {};
const v = (key) => f[key] ?? 'not measured';
const ROWS = [
  ['calculator: bytes (gzip) fetched before the first result', v('calculator.bytes'), '<= 40 KB'],
  ['calculator first result / plain-JS page, desktop', v('desktop.ratio'), '<= 1.5x'],
  ['the same on the phone profile', v('phone.calculator.ratio'), '<= 1.5x'],
  ['one recompute per keystroke as the page calls it (WASM)', v('recompute'), '<= 150 us'],
  ['full core .wasm gzip', v('core.wasm'), '<= 180 KB'],
  ['advisor / Today / planner first result, phone profile',
    `${v('phone.advisor')} / ${v('phone.today')} / ${v('phone.planner')}`, '<= 1.5 / 1.5 / 2.0 s'],
  ['widget in an article: first result, phone profile, vs the plain page', v('phone.widget.ratio'), '<= 1.5x'],
  ['bytes (gzip) before the first result, phone: calculator / advisor / Today / planner / widget / plain page',
    ['calculator', 'advisor', 'today', 'planner', 'widget', 'baseline'].map((p) => v(`phone.${p}.bytes`)).join(' / '), ''],
];
heading('Issue 22: the figures of this run');
console.log('| figure | measured | target |\n|---|---|---|');
for (const [what, measured, limit] of ROWS) console.log(`| ${what} | ${measured} | ${limit} |`);
console.log(`load average during the timed runs: desktop ${v('desktop.load')}, phone ${v('phone.load')}`);
