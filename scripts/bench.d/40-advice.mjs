// Failure-policy speed: advise_set for every set of a 6-week plan (6 x 5 sessions x 8
// exercises x 4 sets = 960 sets), timed inside the core (px.benchmarkAdvice) natively
// and on the WASM build. The planner evaluates a plan this way, without JSON per set.
import { execFileSync } from 'node:child_process';
import { createBenchProximity } from '../lib/bench-module.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const px = await createBenchProximity();  // the measurement methods: build/wasm-bench
px.benchmarkAdvice({ iterations: 5 });  // warm-up
const wasmRuns = Array.from({ length: 7 }, () => px.benchmarkAdvice({ iterations: 20 }));
const wasm = median(wasmRuns.map((r) => r.micros));
const nativeRuns = Array.from({ length: 7 }, () =>
  JSON.parse(execFileSync(`${ROOT}build/native/tests/proximity_advice_bench`, ['50'], { encoding: 'utf8' })).result);
const native = median(nativeRuns.map((r) => r.micros));
const sets = wasmRuns[0].sets;

console.log('== failure policy: advise_set over a 960-set plan');
console.log(`native ${native.toFixed(1)} us   wasm ${wasm.toFixed(1)} us   (${(wasm / sets * 1000).toFixed(0)} ns per set in WASM)`);
console.log(`checksums agree: ${wasmRuns[0].checksum === nativeRuns[0].checksum ? 'yes' : `NO (${wasmRuns[0].checksum} vs ${nativeRuns[0].checksum})`}`);
const line = (what, limit, value, unit) =>
  console.log(`target: ${what} <= ${limit}${unit}  measured ${value.toFixed(2)}${unit}  ${value <= limit ? 'OK' : 'OVER'}`);
line('advise_set, 960-set plan, WASM', 1000, wasm, ' us');
console.log(`WASM / native: ${(wasm / native).toFixed(2)}x (the hot path is compiled with inlining: wasm/CMakeLists.txt)`);
