#include "core/api/policy_api.hpp"

#include "core/json/advice_json.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/json_text.hpp"
#include "core/json/rule_set_json.hpp"
#include "core/policy/advise_set.hpp"

#include <chrono>

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

json rule_set(const EngineState& state, const json& input) {
    fields::require_object(input, "");  // takes no fields (checked by the engine)
    return parse_json(state.rules.document_text());
}

json reset_rule_set(EngineState& state, const json& input) {
    fields::require_object(input, "");  // takes no fields (checked by the engine)
    state.rules = policy::RuleSet::builtin();
    return summary(state.rules);
}

json rule_facts(const json& input) {
    fields::require_object(input, "");  // takes no fields (checked by the engine)
    json out = json::array();
    for (const auto& f : policy::all_facts()) {
        json choices = json::array();
        for (const char* c : f.choices) choices.push_back(c);
        out.push_back({{"name", f.name}, {"type", fact_type_id(f.type)}, {"choices", choices}, {"about", f.about}});
    }
    return out;
}

json benchmark_advice(const EngineState& state, const json& raw) {
    const json& in = fields::require_object(raw, "");
    const int iterations = fields::read_int_or(in, "iterations", "", 1, 1000, 1);
    // A plan's worth of set contexts: 6 weeks x 5 sessions x 8 exercises x 4 sets.
    const auto& all = state.exercises.all();
    std::vector<policy::SetContext> sets;
    for (int week = 1; week <= 6; ++week)
        for (int session = 0; session < 5; ++session)
            for (int slot = 0; slot < 8; ++slot)
                for (int set = 1; set <= 4; ++set) {
                    policy::SetContext ctx;
                    ctx.exercise = &all[static_cast<size_t>(session * 8 + slot) % all.size()];
                    ctx.status = static_cast<policy::LifterStatus>((week + slot) % 3);
                    ctx.set_index = set;
                    ctx.set_count = 4;
                    ctx.target_reps = 5 + 2 * slot;
                    ctx.exercise_position = slot + 1;
                    ctx.phase = week == 6 ? policy::Phase::Deload : week >= 4 ? policy::Phase::HighVolume : policy::Phase::Normal;
                    ctx.weekly_sets = 8 + 2.5 * week;
                    ctx.weekly_frequency = 1 + session % 3;
                    if (week == 5 && slot % 2) ctx.fatigue_signs.push_back("performanceDrop");
                    sets.push_back(ctx);
                }
    double checksum = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < iterations; ++i)
        for (const auto& ctx : sets) {
            const policy::Advice a = policy::advise_set(ctx, state.rules);
            checksum += policy::caution(a.verdict) + a.target_rir.min + a.target_rir.max + static_cast<double>(a.reasons.size());
        }
    const auto end = std::chrono::steady_clock::now();
    const double micros = std::chrono::duration<double, std::micro>(end - start).count() / iterations;
    return json{{"sets", sets.size()}, {"micros", micros}, {"checksum", checksum / iterations}};
}

}  // namespace proximity::api
