// Planner speed: evaluating a 6-week plan of 5 sessions x 8 exercises x 4 sets (960
// sets): weekly volume and landmarks, fatigue cost and budget, a failure-policy verdict
// per set, warnings, suggestions and the fitness-fatigue simulation.
//   native:        build/native/tests/proximity_plan_bench (C++ -O3)
//   WASM in-core:  px.benchPlanEvaluation runs the same C++ loop inside the module
//   WASM via JS:   px.evaluatePlan(plan) as the page calls it: the plan as JSON text in,
//                  validation, evaluation, the full answer (per-set verdicts, sentences)
//                  as JSON text out, JSON.parse; for the same plan and for a typical
//                  generated block (the page re-evaluates after every edit)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createBenchProximity } from '../lib/bench-module.mjs';

const NATIVE = new URL('../../build/native/tests/proximity_plan_bench', import.meta.url).pathname;
const REPEATS = 7;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const target = (what, limit, unit, value) =>
  console.log(`target: ${what} <= ${limit} ${unit}  measured ${value.toFixed(1)} ${unit}  ${value <= limit ? 'OK' : 'OVER'}`);

if (!existsSync(NATIVE)) throw new Error(`${NATIVE} is missing: run scripts/build native`);

const px = await createBenchProximity();  // the measurement methods: build/wasm-bench
const { plan } = px.benchPlanEvaluation({ iterations: 0, includePlan: true });
// A typical block as the page holds it: push/pull/legs twice a week, 4 weeks + deload.
const typical = px.generateMesocycle({ template: 'ppl', weeks: 4 });

// In-core time per evaluation: a run of N minus a run of 0 (which still builds and
// validates the plan once), divided by N.
function inCore(n) {
  const t0 = performance.now();
  const base = px.benchPlanEvaluation({ iterations: 0 });
  const t1 = performance.now();
  const run = px.benchPlanEvaluation({ iterations: n });
  const t2 = performance.now();
  return { micros: (((t2 - t1) - (t1 - t0)) * 1000) / n, checksum: run.checksum - base.checksum };
}

inCore(20);  // warm-up
const wasm = [], viaJs = [], typicalTrip = [], native = [], nativeTrip = [];
let wasmChecksum = 0, nativeChecksum = 0, answerBytes = 0;
for (let r = 0; r < REPEATS; r++) {
  const w = inCore(100);
  wasm.push(w.micros);
  wasmChecksum = w.checksum / 100;
  const t0 = performance.now();
  const trips = 10;
  for (let i = 0; i < trips; i++) answerBytes = JSON.stringify(px.evaluatePlan(plan)).length;
  viaJs.push(((performance.now() - t0) * 1000) / trips);
  const t1 = performance.now();
  for (let i = 0; i < trips; i++) px.evaluatePlan(typical);
  typicalTrip.push(((performance.now() - t1) * 1000) / trips);
  const n = JSON.parse(execFileSync(NATIVE, ['300'], { encoding: 'utf8' }));
  native.push(n.evaluateMicros);
  nativeTrip.push(n.roundTripMicros);
  nativeChecksum = n.checksum / 300;
}

const sets = plan.weeks.length * plan.weeks[0].sessions.length * plan.weeks[0].sessions[0].exercises.length *
  plan.weeks[0].sessions[0].exercises[0].sets.length;
console.log(`== planner: evaluate a ${plan.weeks.length}-week plan, ${sets} sets (median of ${REPEATS})`);
console.log(`native        ${median(native).toFixed(1)} us   (JSON round trip ${median(nativeTrip).toFixed(0)} us)`);
console.log(`WASM in-core  ${median(wasm).toFixed(1)} us   (Node ${process.versions.node})`);
console.log(`WASM via JS   ${median(viaJs).toFixed(0)} us   px.evaluatePlan as the page calls it, answer ${(answerBytes / 1024).toFixed(0)} KB`);
const typicalSets = typical.weeks.reduce((n, w) => n + w.sessions.reduce((m, s) => m + s.exercises.reduce((k, x) => k + x.sets.length, 0), 0), 0);
console.log(`typical plan  ${median(typicalTrip).toFixed(0)} us   px.evaluatePlan, generated push/pull/legs block (${typical.weeks.length} weeks, ${typicalSets} sets)`);
console.log(`checksums agree: ${Math.abs(wasmChecksum - nativeChecksum) < 1e-6 * Math.abs(nativeChecksum) ? 'yes' : `NO (${wasmChecksum} vs ${nativeChecksum})`}`);
target('evaluate a 6-week, 960-set plan in WASM (budget + verdicts + simulation)', 1000, 'us', median(wasm));
target('px.evaluatePlan round trip from JS, typical block (one 60 Hz frame)', 16667, 'us', median(typicalTrip));
