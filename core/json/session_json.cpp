#include "core/json/session_json.hpp"

#include "core/common/input_error.hpp"
#include "core/history/rest_defaults.hpp"
#include "core/json/history_answers.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/load_documents.hpp"
#include "core/json/plan_reader.hpp"
#include "core/json/profile_reader.hpp"
#include "core/json/profile_writer.hpp"
#include "core/json/read_under.hpp"
#include "core/json/target_range_json.hpp"
#include "core/load/effort.hpp"

namespace proximity::session {

using nlohmann::json;
namespace fields = proximity::fields;

namespace {

json max_json(const std::optional<profile::WorkingMax>& m) {
    if (!m) return nullptr;
    return {{"value", m->value}, {"date", m->date}, {"source", profile::max_source_id(m->source)}};
}

json optional_json(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

json set_json(const PreparedSet& s, const load::Equipment& equipment) {
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

}  // namespace

json prepared_session_json(const PreparedSession& p) {
    json out;
    out["week"] = p.week;
    out["session"] = p.session;
    out["name"] = p.name;
    out["weekLabel"] = p.week_label;
    out["phase"] = policy::phase_id(p.phase);
    out["unit"] = units::unit_name(p.unit);
    out["next"] = p.next ? json{{"week", p.next->week}, {"session", p.next->session}} : json(nullptr);
    json exercises = json::array();
    for (const PreparedExercise& x : p.exercises) {
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
        for (const PreparedSet& s : x.sets) sets.push_back(set_json(s, x.equipment));
        e["sets"] = std::move(sets);
        exercises.push_back(std::move(e));
    }
    out["exercises"] = std::move(exercises);
    return out;
}

plan::Plan read_plan_field(const json& in, const exercise::ExerciseLibrary& library) {
    if (!fields::has(in, "plan")) throw_input_error("plan", "plan is required");
    return fields::read_under("plan", [&] { return plan::read_plan(in.at("plan"), library); });
}

std::shared_ptr<const history::History> read_history_or(const json& in, std::shared_ptr<const history::History> kept,
                                                        const exercise::ExerciseLibrary& library) {
    if (fields::has(in, "history"))
        return std::make_shared<const history::History>(history::read_history_field(in, "history", library, false));
    return kept ? kept : std::make_shared<const history::History>();
}

json plan_loads_json(const std::vector<std::vector<PreparedSession>>& prepared, units::Unit unit) {
    json weeks = json::array();
    for (const auto& week : prepared) {
        json sessions = json::array();
        for (const PreparedSession& today : week) {
            json exercises = json::array();
            for (const PreparedExercise& x : today.exercises) {
                json sets = json::array();
                for (const PreparedSet& set : x.sets) {
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
    return {{"unit", units::unit_name(unit)}, {"weeks", std::move(weeks)}};
}

json read_profile_json(const profile::Profile& p) {
    json out;
    out["profile"] = profile::profile_to_json(p);
    out["spotter"] = profile::counts_as_spotter(p.safety);
    out["choices"] = {{"unit", units::unit_ids()},
                      {"status", policy::lifter_status_ids()},
                      {"safety", policy::safety_ids()},
                      {"source", profile::max_source_ids()}};
    return out;
}

}  // namespace proximity::session
