// The bench-only WASM build (wasm/CMakeLists.txt target proximity_bench_wasm, written to
// build/wasm-bench/): every shipped method plus the measurement methods
// (benchRecompute, benchmarkAdvice, benchPlanEvaluation, benchHistoryAnalysis), which
// the shipped modules in web/wasm/ leave out. scripts/bench builds it.
import { existsSync } from 'node:fs';
import { createProximity } from '../../web/js/proximity.js';

export const BENCH_MODULE_URL = new URL('../../build/wasm-bench/proximity-bench.js', import.meta.url);

export async function createBenchProximity() {
  if (!existsSync(BENCH_MODULE_URL)) {
    throw new Error(`${BENCH_MODULE_URL.pathname} is missing: run cmake --build build/wasm --target proximity_bench_wasm`);
  }
  return createProximity({ moduleUrl: BENCH_MODULE_URL });
}
