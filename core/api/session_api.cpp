#include "core/api/session_api.hpp"

#include "core/json/history_answers.hpp"

#include "core/analysis/profile_options.hpp"
#include "core/api/history_api.hpp"
#include "core/json/load_documents.hpp"
#include "core/json/load_reader.hpp"
#include "core/common/input_error.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/plan_reader.hpp"
#include "core/json/profile_reader.hpp"
#include "core/json/profile_writer.hpp"
#include "core/json/target_range_json.hpp"
#include "core/load/effort.hpp"
#include "core/session/prepare_session.hpp"

namespace proximity::api {

using nlohmann::json;
namespace fields = proximity::fields;

namespace {

// A document at in[name], its errors under "<name>." ("profile.e1rm.bench-press.value").
template <typename Read>
auto field_document(const json& in, const char* name, Read read) {
    try {
        return read(in.at(name));
    } catch (const InputError& e) {
        const std::string field = e.field().empty() ? name : std::string(name) + "." + e.field();
        throw InputError(field, std::string(name) + (e.field().empty() ? ": " : ".") + e.what());
    }
}

// The profile passed, else the one kept in the engine (px.setHistory), else the defaults.
profile::Profile profile_field(const json& in, const EngineState& state) {
    if (!fields::has(in, "profile")) return state.profile ? *state.profile : profile::Profile{};
    return field_document(in, "profile", [&](const json& j) { return profile::read_profile(j, state.exercises); });
}

plan::Plan plan_field(const json& in, const EngineState& state) {
    if (!fields::has(in, "plan")) throw_input_error("plan", "plan is required");
    return field_document(in, "plan", [&](const json& j) { return plan::read_plan(j, state.exercises); });
}

json max_json(const std::optional<profile::WorkingMax>& m) {
    if (!m) return nullptr;
    return {{"value", m->value}, {"date", m->date}, {"source", profile::max_source_id(m->source)}};
}

json optional_json(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

json set_json(const session::PreparedSet& s, const load::Equipment& equipment) {
    json out;
    out["warmup"] = s.warmup;
    out["set"] = s.working_index;
    out["of"] = s.working_count;
    out["reps"] = s.reps;
    out["rir"] = s.rir;
    out["rpe"] = load::Effort{0, s.rir}.rpe();
    out["failure"] = s.failure;
    if (s.technique) out["technique"] = policy::technique_id(*s.technique);
    out["load"] = optional_json(s.load);
    out["percent"] = optional_json(s.percent);
    out["fixed"] = s.fixed;
    if (s.rounded) out["rounded"] = rounded_json(*s.rounded, equipment);
    out["weeklySets"] = s.weekly_sets;
    if (!s.advised) return out;
    out["verdict"] = policy::verdict_id(s.verdict);
    out["verdictLabel"] = policy::verdict_label(s.verdict);
    out["targetRir"] = policy::target_rir_json(s.target_rir);
    out["targetRpe"] = policy::target_rpe_json(s.target_rir);
    out["reason"] = s.reason;
    out["follows"] = s.follows;
    if (s.felt)
        out["felt"] = {{"targetRir", policy::target_rir_json(s.felt->rir)}, {"words", s.felt->words}};
    if (!s.calibration_test.empty()) out["calibrationTest"] = s.calibration_test;
    return out;
}

json session_json(const session::PreparedSession& p) {
    json out;
    out["week"] = p.week;
    out["session"] = p.session;
    out["name"] = p.name;
    out["weekLabel"] = p.week_label;
    out["phase"] = policy::phase_id(p.phase);
    out["unit"] = units::unit_name(p.unit);
    out["next"] = p.next ? json{{"week", p.next->week}, {"session", p.next->session}} : json(nullptr);
    json exercises = json::array();
    for (const session::PreparedExercise& x : p.exercises) {
        json e;
        e["exercise"] = x.exercise;
        e["name"] = x.name;
        e["position"] = x.position;
        e["note"] = x.note;
        e["supersetWithPrevious"] = x.superset_with_previous;
        e["e1rm"] = max_json(x.e1rm);
        e["equipment"] = equipment_json(x.equipment);
        e["rest"] = {{"seconds", history::rest_seconds(x.rest_class, history::SetType::Working)},
                     {"class", history::rest_class_id(x.rest_class)}};
        e["loadBasis"] = x.load_basis.empty() ? json(nullptr) : json(x.load_basis);
        e["loadReason"] = x.load_reason.empty() ? json(nullptr) : json(x.load_reason);
        e["fatigue"] = {{"signs", x.fatigue_signs}, {"advice", x.fatigue_advice}};
        e["calibration"] = {{"class", x.call_class}, {"bias", x.call_bias}, {"words", x.calibration_words}};
        json sets = json::array();
        for (const session::PreparedSet& s : x.sets) sets.push_back(set_json(s, x.equipment));
        e["sets"] = std::move(sets);
        exercises.push_back(std::move(e));
    }
    out["exercises"] = std::move(exercises);
    return out;
}

// The history passed, else the one kept in the engine (none: an empty history).
std::shared_ptr<const history::History> history_of(const json& in, const EngineState& state) {
    if (fields::has(in, "history"))
        return std::make_shared<const history::History>(history::read_history_field(in, "history", state.exercises, false));
    return state.history ? state.history : std::make_shared<const history::History>();
}

// What the history says for this plan and lifter (core/analysis); none without workouts.
std::optional<analysis::HistoryAnalysis> learn(const history::History& h, const plan::Plan& p, const profile::Profile& lifter,
                                               load::Formula formula, const EngineState& state) {
    if (h.workouts.empty()) return std::nullopt;
    analysis::AnalysisOptions options;
    analysis::apply_profile(options, lifter);
    options.formula = formula;
    options.plan = p;
    return analysis::analyze_history(h, state.exercises, state.rules, options);
}

std::vector<std::string> ids(std::initializer_list<const char*> list) { return {list.begin(), list.end()}; }

}  // namespace

json read_profile(const EngineState& state, const json& raw) {
    const json& in = fields::require_object(raw, "");
    if (!fields::has(in, "profile")) throw_input_error("profile", "profile is required");
    const profile::Profile p = profile_field(in, state);
    json out;
    out["profile"] = profile::profile_to_json(p);
    out["spotter"] = profile::counts_as_spotter(p.safety);
    out["choices"] = {{"unit", ids({"kg", "lb"})},
                      {"status", ids({"beginner", "intermediate", "advanced"})},
                      {"safety", ids({"none", "spotter", "pins"})},
                      {"source", ids({"history", "calculator", "typed"})}};
    return out;
}

json prepare_session(const EngineState& state, const json& raw) {
    const json& in = fields::require_object(raw, "");
    const plan::Plan p = plan_field(in, state);
    const profile::Profile lifter = profile_field(in, state);
    const int week = fields::read_int_or(in, "week", "", 0, 1000, 0);
    const int session = fields::read_int_or(in, "session", "", 0, 1000, 0);
    const load::Formula formula = read_formula(in);
    const auto h = history_of(in, state);
    const std::optional<analysis::HistoryAnalysis> a = learn(*h, p, lifter, formula, state);
    return session_json(session::prepare_session(p, week, session, lifter, h.get(), state.exercises, state.rules, nullptr,
                                                 a ? &*a : nullptr, formula));
}

json plan_loads(const EngineState& state, const json& raw) {
    const json& in = fields::require_object(raw, "");
    const plan::Plan p = plan_field(in, state);
    const profile::Profile lifter = profile_field(in, state);
    const load::Formula formula = read_formula(in);
    const auto h = history_of(in, state);
    const std::optional<analysis::HistoryAnalysis> a = learn(*h, p, lifter, formula, state);
    const plan::PlanEvaluation evaluation = plan::evaluate_plan(p, state.exercises, state.rules);
    json weeks = json::array();
    for (size_t w = 0; w < p.weeks.size(); ++w) {
        json sessions = json::array();
        for (size_t s = 0; s < p.weeks[w].sessions.size(); ++s) {
            const session::PreparedSession today = session::prepare_session(
                p, static_cast<int>(w), static_cast<int>(s), lifter, h.get(), state.exercises, state.rules, &evaluation,
                a ? &*a : nullptr, formula);
            json exercises = json::array();
            for (const session::PreparedExercise& x : today.exercises) {
                json sets = json::array();
                for (const session::PreparedSet& set : x.sets) {
                    if (!set.rounded) {
                        sets.push_back(nullptr);
                        continue;
                    }
                    json j = {{"load", set.rounded->load}, {"percent", optional_json(set.percent)}, {"fixed", set.fixed}};
                    if (const auto side = load::load_per_side(set.rounded->load, x.equipment)) j["perSide"] = *side;
                    sets.push_back(std::move(j));
                }
                exercises.push_back({{"e1rm", max_json(x.e1rm)}, {"sets", std::move(sets)}});
            }
            sessions.push_back({{"exercises", std::move(exercises)}});
        }
        weeks.push_back({{"sessions", std::move(sessions)}});
    }
    return {{"unit", units::unit_name(lifter.unit)}, {"weeks", std::move(weeks)}};
}

}  // namespace proximity::api
