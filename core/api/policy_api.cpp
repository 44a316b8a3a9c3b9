#include "core/api/handlers.hpp"

#include "core/json/advice_json.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/json_text.hpp"
#include "core/json/rule_set_json.hpp"
#include "core/policy/advise_set.hpp"

namespace proximity::api {

using nlohmann::json;

void advise_set(const json& input, Call& call) {
    const EngineState& state = call.state();
    exercise::Exercise inline_exercise;
    const policy::SetContext ctx = policy::read_set_context(input, state.exercises, inline_exercise);
    const policy::Advice advice = policy::advise_set(ctx, state.rules);
    return call.answer(policy::advice_json(advice, ctx, state.rules));
}

void load_rule_set(const json& input, Call& call) {
    EngineState& state = call.changing_state();
    state.rules = policy::read_rule_set(input);
    return call.answer(policy::rule_set_summary_json(state.rules));
}

void rule_set(const json&, Call& call) {
    const EngineState& state = call.state();
    return call.answer(parse_json(state.rules.document_text()));
}

void reset_rule_set(const json&, Call& call) {
    EngineState& state = call.changing_state();
    state.rules = policy::RuleSet::builtin();
    return call.answer(policy::rule_set_summary_json(state.rules));
}

void rule_facts(const json&, Call& call) { call.answer(policy::rule_facts_json()); }

}  // namespace proximity::api
