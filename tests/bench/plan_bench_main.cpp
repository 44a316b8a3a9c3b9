// Native side of scripts/bench.d/40-plan.mjs: evaluates the planner's benchmark plan
// (6 weeks x 5 sessions x 8 exercises x 4 sets: volume, budget, a policy verdict per
// set, warnings, suggestions, simulation) and prints microseconds per evaluation, and
// per full JSON round trip (parse, evaluate, write), as JSON. The WASM build runs the
// same workload through px.benchPlanEvaluation.
#include "core/api/engine.hpp"
#include "core/bench/plan_workload.hpp"
#include "core/json/plan_reader.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
    using clock = std::chrono::steady_clock;
    const int iterations = argc > 1 ? std::atoi(argv[1]) : 2000;
    const proximity::api::EngineState state;
    const nlohmann::json doc = proximity::bench::bench_plan_document(state.exercises);
    const proximity::plan::Plan plan = proximity::plan::read_plan(doc, state.exercises);
    proximity::bench::run_plan_evaluation_workload(plan, state, 20);  // warm-up
    auto start = clock::now();
    const double checksum = proximity::bench::run_plan_evaluation_workload(plan, state, iterations);
    const double eval_us = std::chrono::duration<double, std::micro>(clock::now() - start).count() / iterations;

    proximity::api::Engine engine;
    const std::string text = doc.dump();
    const int trips = iterations / 10 + 1;
    size_t bytes = 0;
    start = clock::now();
    for (int i = 0; i < trips; ++i) bytes += engine.call("evaluatePlan", text).size();
    const double trip_us = std::chrono::duration<double, std::micro>(clock::now() - start).count() / trips;
    std::printf("{\"evaluateMicros\": %.3f, \"roundTripMicros\": %.3f, \"iterations\": %d, \"resultBytes\": %zu, \"checksum\": %.6f}\n",
                eval_us, trip_us, iterations, bytes / trips, checksum);
    return 0;
}
