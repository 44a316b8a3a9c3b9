#include "core/api/handlers.hpp"

#include "core/json/advice_json.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/json_text.hpp"
#include "core/json/rule_set_json.hpp"
#include "core/policy/advise_set.hpp"

namespace proximity::api {

using nlohmann::json;

namespace {

json summary(const policy::RuleSet& rules) {
    json ids = json::array();
    for (const auto& r : rules.rules()) ids.push_back(r.id);
    return json{{"name", rules.name()}, {"revision", rules.revision()}, {"rules", rules.rules().size()}, {"ruleIds", ids}};
}

const char* fact_type_id(policy::FactType t) {
    switch (t) {
        case policy::FactType::Number: return "number";
        case policy::FactType::Boolean: return "boolean";
        case policy::FactType::Choice: return "choice";
        case policy::FactType::Text: return "text";
    }
    return "";
}

}  // namespace

json advise_set(const EngineState& state, const json& input) {
    exercise::Exercise inline_exercise;
    const policy::SetContext ctx = policy::read_set_context(input, state.exercises, inline_exercise);
    const policy::Advice advice = policy::advise_set(ctx, state.rules);
    return policy::advice_json(advice, ctx, state.rules);
}

json load_rule_set(EngineState& state, const json& input) {
    state.rules = policy::read_rule_set(input);
    return summary(state.rules);
}

json rule_set(const EngineState& state, const json&) {
    return parse_json(state.rules.document_text());
}

json reset_rule_set(EngineState& state, const json&) {
    state.rules = policy::RuleSet::builtin();
    return summary(state.rules);
}

json rule_facts(const json&) {
    json out = json::array();
    for (const auto& f : policy::all_facts()) {
        json choices = json::array();
        for (const char* c : f.choices) choices.push_back(c);
        out.push_back({{"name", f.name}, {"type", fact_type_id(f.type)}, {"choices", choices}, {"about", f.about}});
    }
    return out;
}

}  // namespace proximity::api
