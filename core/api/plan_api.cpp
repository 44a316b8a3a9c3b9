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

void import_plan(const json& input, Call& call) {
    const EngineState& state = call.state();
    return call.answer(plan::plan_to_json(plan::read_plan(plan::plan_document(input), state.exercises)));
}

void export_plan(const json& input, Call& call) {
    const EngineState& state = call.state();
    const plan::Plan p = plan::read_plan(plan::plan_document(input), state.exercises);
    json out = json::object();
    out["plan"] = plan::plan_to_json(p);
    out["text"] = out["plan"].dump(2);
    out["fileName"] = plan::plan_file_name(p.name);
    return call.answer(std::move(out));
}

void evaluate_plan(const json& input, Call& call) {
    const EngineState& state = call.state();
    const plan::PlanToEvaluate in = plan::read_plan_to_evaluate(input, state.exercises);
    return call.answer(plan::plan_evaluation_json(in.plan, plan::evaluate_plan(in.plan, state.exercises, state.rules, in.fatigue)));
}

void generate_mesocycle(const json& input, Call& call) {
    const EngineState& state = call.state();
    return call.answer(plan::plan_to_json(plan::generate_mesocycle(plan::read_mesocycle_request(input), state.exercises, state.rules)));
}

void plan_templates(const json&, Call& call) { call.answer(plan::plan_templates_json()); }

void plan_defaults(const json&, Call& call) { call.answer(plan::plan_defaults_json()); }

}  // namespace proximity::api
