// The throttled phone profile (CDP: Emulation.setCPUThrottlingRate 4, Network
// emulateNetworkConditions 1.6 Mbps / 150 ms RTT), files served gzip-compressed, every
// run cold: navigation to the first computed result on the calculator, the advisor
// (its first verdict) and the planner (its first evaluated session), and the calculator
// as a ratio to the plain-JS page (scripts/bench.d/baseline/), all interleaved in one run.
import { heading, target } from '../lib/bench-report.mjs';
import { PHONE, RUNS, interleaved, medianOf, openBench, runsText } from '../lib/page-timing.mjs';

const LIMITS = { calculator: 1000, advisor: 1800, planner: 1800 };
const RATIO_LIMIT = 1.5;

const bench = await openBench();
let marks;
try {
  marks = await interleaved(bench.browser, {
    calculator: { url: bench.web.url },
    baseline: { url: bench.baseline.url },
    advisor: { url: `${bench.web.url}advisor.html`, selector: '#verdict:not([data-verdict=""])' },
    planner: { url: `${bench.web.url}planner.html`, selector: '#sessions .pl-badge:not(:empty)' },
  }, PHONE);
} finally {
  await bench.close();
}

heading(`Phone profile: 4x CPU slowdown, 1.6 Mbps / 150 ms RTT, gzip, ${RUNS} cold runs each, interleaved`);
for (const label of Object.keys(marks)) console.log(`${label.padEnd(10)} median ${medianOf(marks[label]).toFixed(0).padStart(5)} ms   runs: ${runsText(marks[label])}`);
for (const [label, limit] of Object.entries(LIMITS)) {
  const m = medianOf(marks[label]);
  target(`${label}: navigation to first result on the phone profile (median)`, `${limit} ms`, `${m.toFixed(0)} ms`, m <= limit);
}
const ratio = medianOf(marks.calculator) / medianOf(marks.baseline);
target('calculator as a ratio to the plain-JS page, phone profile', `${RATIO_LIMIT.toFixed(1)}x`, `${ratio.toFixed(2)}x`, ratio <= RATIO_LIMIT);
