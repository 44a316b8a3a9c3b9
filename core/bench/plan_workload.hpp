#pragma once
// The planner's benchmark workload, shared by the native driver
// (tests/bench/plan_bench_main.cpp) and the WASM build (px.benchPlanEvaluation): a plan of
// 6 weeks x 5 sessions x 8 exercises x 4 sets (960 sets), evaluated in full — volume,
// fatigue budget, a failure-policy verdict per set, warnings, suggestions and the
// fitness-fatigue simulation. Returns a checksum so the work cannot be optimised away
// and both builds can be seen to agree.
#include "core/api/engine_state.hpp"
#include "core/plan/plan.hpp"

#include <nlohmann/json.hpp>

namespace proximity::bench {

nlohmann::json bench_plan_document(const exercise::ExerciseLibrary& library);
double run_plan_evaluation_workload(const plan::Plan& plan, const api::EngineState& state, int iterations);

}  // namespace proximity::bench
