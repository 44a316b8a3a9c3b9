#include "core/bench/bench_handlers.hpp"

#include "core/bench/plan_workload.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/plan_reader.hpp"

namespace proximity::bench {

using nlohmann::json;

void bench_plan_evaluation(const json& raw, api::Call& call) {
    const api::EngineState& state = call.state();
    const json& in = fields::require_object(raw, "");
    const int iterations = fields::read_int_or(in, "iterations", "", 0, 100000, 1);
    const bool include_plan = fields::read_bool_or(in, "includePlan", "", false);
    const json doc = bench_plan_document(state.exercises);
    const plan::Plan p = plan::read_plan(doc, state.exercises);
    json out = json::object();
    out["checksum"] = run_plan_evaluation_workload(p, state, iterations);
    out["iterations"] = iterations;
    if (include_plan) out["plan"] = doc;
    return call.answer(std::move(out));
}

}  // namespace proximity::bench
