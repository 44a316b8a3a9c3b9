// Core throughput, native vs WASM, on the same workload: one calculator recompute = the
// page's one call per keystroke, estimateOneRepMax with table: true (the e1RM, its band and
// the 12 x 5 load table rounded to the default barbell with plates per cell), through the
// JSON entry point (core/bench/recompute_workload.cpp).
//   native:         build/native/tests/proximity_bench (C++, -O3 Release, same registry)
//   WASM in-core:   benchRecompute() runs the same C++ loop inside the bench-only WASM
//                   build (build/wasm-bench: same flags as the shipped modules, which
//                   leave the measurement methods out)
//   WASM via JS:    the page's own path: that one px call from JS, including the JSON
//                   text across the JS/WASM boundary and JSON.parse of the answer
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createProximity } from '../../web/js/proximity.js';
import { heading, record, target, median } from '../lib/bench-report.mjs';
import { createBenchProximity } from '../lib/bench-module.mjs';

const ITERATIONS = 2000;
const REPEATS = 5;
const NATIVE = new URL('../../build/native/tests/proximity_bench', import.meta.url).pathname;

if (!existsSync(NATIVE)) throw new Error(`${NATIVE} is missing: run scripts/build native`);

const native = [], inCore = [], viaJs = [];
let nativeChecksum, wasmChecksum;
const px = await createProximity({ module: 'calculator' });  // the page's module
const bench = await createBenchProximity();  // benchRecompute

// As web/js/calculator-page.js sends it with no saved equipment: the type alone.
function pageRecompute(load) {
  const answer = px.estimateOneRepMax({
    load, reps: 5, rir: 2, unit: 'kg', formula: 'epley', experience: 'intermediate',
    table: true, equipment: { type: 'barbell' }, rounding: 'nearest',
  });
  return answer.e1rm + answer.table.rows[11].cells[4].rounded;
}

for (let r = 0; r < REPEATS; r++) {
  const n = JSON.parse(execFileSync(NATIVE, [String(ITERATIONS)], { encoding: 'utf8' }));
  native.push(n.recomputeMicros);
  nativeChecksum = n.checksum;
  const w = bench.benchRecompute({ iterations: ITERATIONS });
  inCore.push(w.perRecomputeMicros);
  wasmChecksum = w.checksum;
  for (let i = 0; i < 50; i++) pageRecompute(100 + (i % 10));  // warm-up
  const start = performance.now();
  for (let i = 0; i < ITERATIONS; i++) pageRecompute(100 + (i % 10));
  viaJs.push(((performance.now() - start) * 1000) / ITERATIONS);
}

heading(`Throughput: one recompute (the page's one call: e1RM + band + 12 x 5 table with plates), median of ${REPEATS} x ${ITERATIONS}`);
const nat = median(native), core = median(inCore), js = median(viaJs);
console.log(`native        ${nat.toFixed(1)} us`);
console.log(`WASM in-core  ${core.toFixed(1)} us   (Node ${process.versions.node}, V8 ${process.versions.v8})`);
console.log(`WASM via JS   ${js.toFixed(1)} us   (as the page calls it)`);
console.log(`checksums agree: ${Math.abs(nativeChecksum - wasmChecksum) < 1e-6 ? 'yes' : `NO (${nativeChecksum} vs ${wasmChecksum})`}`);
record('recompute', `${js.toFixed(0)} us`);
target('one recompute in WASM, as the page calls it', '150 us', `${js.toFixed(1)} us`, js <= 150);
target('WASM / native time, same C++ workload', '2.0x', `${(core / nat).toFixed(2)}x`, core / nat <= 2);
