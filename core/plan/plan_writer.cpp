#include "core/plan/plan_writer.hpp"

#include "core/plan/muscle_tally.hpp"

namespace proximity::plan {

using nlohmann::json;

namespace {

json set_json(const PlannedSet& s) {
    json j = {{"reps", s.reps}};
    if (s.failure) j["failure"] = true;
    else j["rir"] = s.rir;
    if (s.warmup) j["warmup"] = true;
    if (s.technique) j["technique"] = policy::technique_id(*s.technique);
    if (s.load) j["load"] = *s.load;
    if (s.percent_e1rm) j["percentE1rm"] = *s.percent_e1rm;
    return j;
}

json exercise_json(const PlannedExercise& x) {
    json sets = json::array();
    for (const PlannedSet& s : x.sets) sets.push_back(set_json(s));
    json j = {{"exercise", x.exercise}};
    if (!x.note.empty()) j["note"] = x.note;
    j["sets"] = std::move(sets);
    return j;
}

json session_json(const Session& s) {
    json exercises = json::array();
    for (const PlannedExercise& x : s.exercises) exercises.push_back(exercise_json(x));
    json j = {{"name", s.name}};
    if (s.day >= 1) j["day"] = s.day;
    j["exercises"] = std::move(exercises);
    return j;
}

json week_json(const Week& w) {
    json sessions = json::array();
    for (const Session& s : w.sessions) sessions.push_back(session_json(s));
    json j = json::object();
    if (!w.label.empty()) j["label"] = w.label;
    j["phase"] = policy::phase_id(w.phase);
    j["sessions"] = std::move(sessions);
    return j;
}

}  // namespace

json settings_to_json(const PlanSettings& s) {
    json landmarks = json::object();
    for (exercise::Muscle m : exercise::all_muscles()) {
        if (!s.landmarks.is_override(m)) continue;
        const Landmark l = s.landmarks.at(m);
        landmarks[exercise::muscle_id(m)] = {{"min", l.min}, {"max", l.max}, {"ceiling", l.ceiling}};
    }
    json settings = {
        {"counting", {{"primary", s.counting.primary}, {"secondary", s.counting.secondary},
                      {"maxRir", s.counting.max_hard_rir}}},
        {"landmarks", landmarks},
    };
    if (s.fatigue_budget) settings["fatigueBudget"] = *s.fatigue_budget;
    settings["model"] = {{"tau1", s.model.tau1}, {"tau2", s.model.tau2}, {"k1", s.model.k1}, {"k2", s.model.k2}};
    return {{"lifter", {{"status", policy::lifter_status_id(s.status)}, {"spotter", s.spotter}, {"unit", s.unit}}},
            {"settings", settings}};
}

json plan_to_json(const Plan& plan) {
    json weeks = json::array();
    for (const Week& w : plan.weeks) weeks.push_back(week_json(w));
    json settings = settings_to_json(plan.settings);
    json j = {{"version", kPlanVersion}};
    if (!plan.name.empty()) j["name"] = plan.name;
    j["lifter"] = std::move(settings["lifter"]);
    j["settings"] = std::move(settings["settings"]);
    j["weeks"] = std::move(weeks);
    return j;
}

}  // namespace proximity::plan
