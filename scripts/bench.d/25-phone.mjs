// The throttled phone profile (CDP: Emulation.setCPUThrottlingRate 4, Network
// emulateNetworkConditions 1.6 Mbps / 150 ms RTT), files served gzip-compressed, every
// run cold: navigation to the first computed result on the calculator, the advisor
// (its first verdict), Today (its start card), the planner (its first evaluated session)
// and one e1RM widget in an article (its first result event), with the calculator and
// the widget as ratios to the plain-JS page (scripts/bench.d/baseline/), all interleaved
// in one run; and the bytes (gzip) each fetched before its first result.
import { loadavg } from 'node:os';
import { heading, record, target } from '../lib/bench-report.mjs';
import { PHONE, RUNS, interleaved, medianOf, openBench, runsText } from '../lib/page-timing.mjs';
import { serveArticle } from '../../tests/browser/support/article.mjs';

const LIMITS = { advisor: 1500, today: 1500, planner: 2000 };  // issue 22
const RATIO_LIMIT = 1.5;

const bench = await openBench();
const article = await serveArticle(bench.web.url, {
  'bench-one.html': '<proximity-calculator mode="e1rm" load="100" reps="5" rir="2"></proximity-calculator>',
});
let marks;
try {
  marks = await interleaved(bench.browser, {
    calculator: { url: bench.web.url },
    baseline: { url: bench.baseline.url },
    advisor: { url: `${bench.web.url}advisor.html`, selector: '#verdict:not([data-verdict=""])' },
    today: { url: `${bench.web.url}today.html`, selector: '#start:not([hidden]), #session:not([hidden])' },
    planner: { url: `${bench.web.url}planner.html`, selector: '#sessions .pl-badge:not(:empty)' },
    widget: { url: `${article.url}bench-one.html`, event: 'proximity-result' },
  }, PHONE);
} finally {
  await article.close();
  await bench.close();
}

heading(`Phone profile: 4x CPU slowdown, 1.6 Mbps / 150 ms RTT, gzip, ${RUNS} cold runs each, interleaved`);
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
for (const label of Object.keys(marks)) {
  console.log(`${label.padEnd(10)} median ${medianOf(marks[label]).toFixed(0).padStart(5)} ms  ` +
    `fetched before it ${kb(medianOf(marks[label], 'bytes')).padStart(8)}   runs: ${runsText(marks[label])}`);
  record(`phone.${label}.bytes`, kb(medianOf(marks[label], 'bytes')));
}
console.log(`machine load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')}`);
for (const [label, limit] of Object.entries(LIMITS)) {
  const m = medianOf(marks[label]);
  target(`${label}: navigation to first result on the phone profile (median)`, `${limit} ms`, `${m.toFixed(0)} ms`, m <= limit);
  record(`phone.${label}`, `${(m / 1000).toFixed(2)} s`);
}
for (const label of ['calculator', 'widget']) {
  const ratio = medianOf(marks[label]) / medianOf(marks.baseline);
  target(`${label} as a ratio to the plain-JS page, phone profile`, `${RATIO_LIMIT.toFixed(1)}x`, `${ratio.toFixed(2)}x`, ratio <= RATIO_LIMIT);
  record(`phone.${label}.ratio`, `${ratio.toFixed(2)}x`);
}
record('phone.load', loadavg()[0].toFixed(1));
