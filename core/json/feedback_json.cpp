#include "core/json/feedback_json.hpp"

#include "core/shapes/feedback_contract.hpp"

#include "core/common/input_error.hpp"
#include "core/history/history_limits.hpp"
#include "core/json/json_fields.hpp"
#include "core/plan/weekly_sets.hpp"

#include <algorithm>
#include <cmath>

namespace proximity::plan {

using nlohmann::json;

namespace {

// The answer at parent.name: one of the enum's ids (`from_id`), listed by `ids` on error.
template <typename From>
auto read_answer(const json& obj, const char* name, const std::string& parent, From from_id, std::string (*ids)()) {
    const std::string field = fields::path(parent, name);
    if (!fields::has(obj, name)) throw_input_error(field, field + " is required: one of " + ids());
    const json& v = obj.at(name);
    const auto value = v.is_string() ? from_id(v.get<std::string>()) : std::nullopt;
    if (!value) throw_input_error(field, field + " must be one of " + ids() + " (got " + v.dump() + ")");
    return *value;
}

MuscleFeedback read_muscle(const json& raw, const std::string& where) {
    const json& j = fields::require_object_at(raw, where, "a muscle's answers");
    fields::reject_unknown_fields(j, where, shapes::kMuscleAnswers);
    MuscleFeedback f;
    const std::string field = fields::path(where, "muscle");
    const std::string id = fields::read_string(j, "muscle", where);
    const auto m = exercise::muscle_from_id(id);
    if (!m) throw_input_error(field, field + " must be one of " + exercise::muscle_ids_list() + " (got \"" + id + "\")");
    f.muscle = *m;
    f.pump = read_answer(j, "pump", where, pump_from_id, pump_ids_list);
    f.soreness = read_answer(j, "soreness", where, soreness_from_id, soreness_ids_list);
    f.joint_pain = read_answer(j, "jointPain", where, joint_pain_from_id, joint_pain_ids_list);
    return f;
}

}  // namespace

SessionFeedback read_session_feedback(const json& raw) {
    const json& doc = fields::require_object_at(raw, "", "session feedback");
    fields::reject_unknown_fields(doc, "", shapes::kSessionFeedback);
    SessionFeedback out;
    out.version = fields::read_optional_int(doc, "version", "", 1, 1000).value_or(kFeedbackVersion);
    if (out.version > kFeedbackVersion)
        throw_input_error("version", "version is " + std::to_string(out.version) +
                                         ": this feedback comes from a newer Proximity; update the app to read it");
    if (!fields::has(doc, "workout")) throw_input_error("workout", "workout is required: {start, name}");
    const json& w = fields::require_object_at(doc.at("workout"), "workout", "the workout");
    fields::reject_unknown_fields(w, "workout", shapes::kFeedbackWorkout);
    out.workout_start = fields::read_string(w, "start", "workout");
    out.workout_name = fields::read_optional_string(w, "name", "workout").value_or("");
    if (out.workout_name.size() > history::kMaxNameLength)
        throw_input_error("workout.name", "workout.name may be at most " + std::to_string(history::kMaxNameLength) + " characters");
    out.difficulty = read_answer(doc, "difficulty", "", difficulty_from_id, difficulty_ids_list);
    const json& muscles = fields::read_array(doc, "muscles", "", 1, exercise::all_muscles().size());
    for (size_t i = 0; i < muscles.size(); ++i) {
        const std::string where = "muscles[" + std::to_string(i) + "]";
        MuscleFeedback f = read_muscle(muscles[i], where);
        if (std::any_of(out.muscles.begin(), out.muscles.end(), [&](const MuscleFeedback& o) { return o.muscle == f.muscle; }))
            throw_input_error(where + ".muscle", where + ".muscle: " + exercise::muscle_id(f.muscle) + " is answered twice");
        out.muscles.push_back(f);
    }
    return out;
}

json session_feedback_json(const SessionFeedback& f) {
    json muscles = json::array();
    for (const MuscleFeedback& m : f.muscles)
        muscles.push_back({{"muscle", exercise::muscle_id(m.muscle)}, {"pump", pump_id(m.pump)},
                           {"soreness", soreness_id(m.soreness)}, {"jointPain", joint_pain_id(m.joint_pain)}});
    return {{"version", f.version}, {"workout", {{"start", f.workout_start}, {"name", f.workout_name}}},
            {"difficulty", difficulty_id(f.difficulty)}, {"muscles", muscles}};
}

json next_week_volume_json(const analysis::NextWeekVolume& next, const SessionFeedback& feedback) {
    json muscles = json::array();
    for (const NextWeekSets& m : next.muscles) {
        muscles.push_back({{"muscle", exercise::muscle_id(m.muscle)},
                           {"name", exercise::muscle_name(m.muscle)},
                           {"thisWeek", std::round(m.this_week * 10) / 10},
                           {"nextWeek", m.next_week},
                           {"change", m.next_week - std::round(m.this_week)},
                           {"action", volume_action_id(m.action)},
                           {"landmark", {{"min", m.landmark.min}, {"max", m.landmark.max}, {"ceiling", m.landmark.ceiling}}},
                           {"reason", m.reason}});
    }
    const std::string from = next.plan_week ? "From week " + std::to_string(*next.plan_week + 1) + " of your plan."
                                            : "From your typical week in the log (the mean of up to " +
                                                  std::to_string(kTypicalWeekSpan) + " weeks before this session's).";
    json out = {{"basis", next.plan_week ? "plan" : "log"}, {"planWeek", nullptr}, {"basisText", from},
                {"about", kFeedbackVolumeAbout}, {"muscles", muscles}, {"feedback", session_feedback_json(feedback)}};
    if (next.plan_week) out["planWeek"] = *next.plan_week;
    return out;
}

}  // namespace proximity::plan
