#include "core/api/handlers.hpp"

#include "core/json/advice_json.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/json_text.hpp"
#include "core/json/rule_set_json.hpp"
#include "core/policy/advise_set.hpp"

namespace proximity::api {

using nlohmann::json;

json advise_set(const EngineState& state, const json& input) {
    exercise::Exercise inline_exercise;
    const policy::SetContext ctx = policy::read_set_context(input, state.exercises, inline_exercise);
    const policy::Advice advice = policy::advise_set(ctx, state.rules);
    return policy::advice_json(advice, ctx, state.rules);
}

json load_rule_set(EngineState& state, const json& input) {
    state.rules = policy::read_rule_set(input);
    return policy::rule_set_summary_json(state.rules);
}

json rule_set(const EngineState& state, const json&) {
    return parse_json(state.rules.document_text());
}

json reset_rule_set(EngineState& state, const json&) {
    state.rules = policy::RuleSet::builtin();
    return policy::rule_set_summary_json(state.rules);
}

json rule_facts(const json&) { return policy::rule_facts_json(); }

}  // namespace proximity::api
