#pragma once
// The measurement methods: in the bench build only (build/wasm-bench/proximity-bench and
// the native tests/bench drivers, for scripts/bench), never in a shipped module.
//   benchRecompute {iterations?} -> {iterations, micros, perRecomputeMicros, checksum}:
//       the calculator's recompute workload (recompute_workload.hpp) on a fresh engine
//   benchmarkAdvice {iterations?} -> {sets, micros, checksum}: advise_set over a
//       6-week x 5-session x 8-exercise x 4-set plan, timed inside the core
//   benchPlanEvaluation {iterations, includePlan?} -> {checksum, iterations, plan?}:
//       evaluates the plan of plan_workload.hpp `iterations` times (scripts/bench.d/40-plan.mjs)
//   benchHistoryAnalysis {iterations 0-1000, part?, options as analyzeHistory without history}
//       -> {checksum, sets}: analyzes the kept history `iterations` times without writing
//       JSON (scripts/bench.d/70-analysis.mjs); with part: "calibration", only the RIR
//       calibration work of an analysis (scripts/bench.d/72-calibration.mjs)
#include "core/api/call.hpp"
#include "core/api/engine_state.hpp"

#include <nlohmann/json.hpp>

namespace proximity::bench {

void bench_recompute(const nlohmann::json& input, api::Call& call);
void benchmark_advice(const nlohmann::json& input, api::Call& call);
void bench_plan_evaluation(const nlohmann::json& input, api::Call& call);
void bench_history_analysis(const nlohmann::json& input, api::Call& call);

}  // namespace proximity::bench
