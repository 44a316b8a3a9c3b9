#include "core/api/handlers.hpp"

#include "core/json/plan_defaults_json.hpp"
#include "core/json/plan_evaluation_json.hpp"
#include "core/json/plan_reader.hpp"
#include "core/json/plan_requests.hpp"
#include "core/json/plan_writer.hpp"
#include "core/plan/mesocycle.hpp"
#include "core/plan/plan_file_name.hpp"

namespace proximity::api {

using nlohmann::json;

json import_plan(const EngineState& state, const json& input) {
    return plan::plan_to_json(plan::read_plan(plan::plan_document(input), state.exercises));
}

json export_plan(const EngineState& state, const json& input) {
    const plan::Plan p = plan::read_plan(plan::plan_document(input), state.exercises);
    json out = json::object();
    out["plan"] = plan::plan_to_json(p);
    out["text"] = out["plan"].dump(2);
    out["fileName"] = plan::plan_file_name(p.name);
    return out;
}

json evaluate_plan(const EngineState& state, const json& input) {
    const plan::PlanToEvaluate in = plan::read_plan_to_evaluate(input, state.exercises);
    return plan::plan_evaluation_json(in.plan, plan::evaluate_plan(in.plan, state.exercises, state.rules, in.fatigue));
}

json generate_mesocycle(const EngineState& state, const json& input) {
    return plan::plan_to_json(plan::generate_mesocycle(plan::read_mesocycle_request(input), state.exercises, state.rules));
}

json plan_templates(const json&) { return plan::plan_templates_json(); }

json plan_defaults(const json&) { return plan::plan_defaults_json(); }

}  // namespace proximity::api
