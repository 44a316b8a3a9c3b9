// History import: a synthetic one-year Hevy export (52 weeks of 4 workouts, 7 exercises
// of 5 sets: 7,280 rows and 1 MB, generated here in Hevy's exact layout) imported by
// px.importHistory in WASM: CSV parsing, the name mapping, grouping and the history
// document back as JSON, as the page calls it; and the same file again into the
// resulting history (deduplication: nothing added).
import { performance } from 'node:perf_hooks';
import { createProximity } from '../../web/js/proximity.js';
import { syntheticHevyYear } from '../lib/synthetic-hevy.mjs';

const REPEATS = 7;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const target = (what, limit, unit, value) =>
  console.log(`target: ${what} <= ${limit} ${unit}  measured ${value.toFixed(1)} ${unit}  ${value <= limit ? 'OK' : 'OVER'}`);

const px = await createProximity();
const text = syntheticHevyYear();
const rows = text.split('\n').length - 2;
console.log('## History import (WASM, px.importHistory)');
console.log(`synthetic Hevy export: ${rows} rows, ${(text.length / 1e6).toFixed(2)} MB`);

let first = px.importHistory({ text });  // warm-up, and a check of the result
if (first.report.imported !== rows || first.report.skipped.length !== 0) throw new Error('the synthetic export did not import fully');
const once = [], again = [];
for (let r = 0; r < REPEATS; r++) {
  const t0 = performance.now();
  first = px.importHistory({ text });
  const t1 = performance.now();
  const second = px.importHistory({ text, history: first.history });
  const t2 = performance.now();
  if (second.report.imported !== 0) throw new Error('importing twice added sets');
  once.push(t1 - t0);
  again.push(t2 - t1);
}
console.log(`workouts ${first.report.workouts}, sets ${first.report.sets}, exercises ${first.report.exercises.length} names`);
console.log(`import: ${median(once).toFixed(1)} ms (median of ${REPEATS})`);
console.log(`the same file again into that history (all skipped): ${median(again).toFixed(1)} ms`);
target('import of a one-year Hevy export in WASM', 300, 'ms', median(once));
