#include "core/json/plan_writer.hpp"


namespace proximity::plan {

using nlohmann::json;

namespace {

json set_json(const PlannedSet& s) {
    json j = json::object();
    j["reps"] = s.reps;
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
    json j = json::object();
    j["exercise"] = x.exercise;
    if (!x.note.empty()) j["note"] = x.note;
    if (x.superset_with_previous) j["supersetWithPrevious"] = true;
    j["sets"] = std::move(sets);
    return j;
}

json session_json(const Session& s) {
    json exercises = json::array();
    for (const PlannedExercise& x : s.exercises) exercises.push_back(exercise_json(x));
    json j = json::object();
    j["name"] = s.name;
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
    if (w.effort_rir) j["effortRir"] = *w.effort_rir;
    j["sessions"] = std::move(sessions);
    return j;
}

}  // namespace

json landmark_json(const Landmark& l) {
    json j = json::object();
    j["min"] = l.min;
    j["max"] = l.max;
    j["ceiling"] = l.ceiling;
    return j;
}

json counting_json(const CountingRules& c) {
    json j = json::object();
    j["primary"] = c.primary;
    j["secondary"] = c.secondary;
    j["maxRir"] = c.max_hard_rir;
    return j;
}

json model_json(const FitnessFatigueParams& p) {
    json j = json::object();
    j["tau1"] = p.tau1;
    j["tau2"] = p.tau2;
    j["k1"] = p.k1;
    j["k2"] = p.k2;
    return j;
}

json lifter_json(const PlanSettings& s) {
    json j = json::object();
    j["status"] = policy::lifter_status_id(s.status);
    j["spotter"] = s.spotter;
    j["unit"] = s.unit;
    return j;
}

json settings_json(const PlanSettings& s) {
    json landmarks = json::object();
    for (exercise::Muscle m : exercise::all_muscles())
        if (s.landmarks.is_override(m)) landmarks[exercise::muscle_id(m)] = landmark_json(s.landmarks.at(m));
    json j = json::object();
    j["counting"] = counting_json(s.counting);
    j["landmarks"] = std::move(landmarks);
    if (s.fatigue_budget) j["fatigueBudget"] = *s.fatigue_budget;
    j["model"] = model_json(s.model);
    return j;
}

json plan_to_json(const Plan& plan) {
    json weeks = json::array();
    for (const Week& w : plan.weeks) weeks.push_back(week_json(w));
    json j = json::object();
    j["version"] = kPlanVersion;
    if (!plan.name.empty()) j["name"] = plan.name;
    j["lifter"] = lifter_json(plan.settings);
    j["settings"] = settings_json(plan.settings);
    j["weeks"] = std::move(weeks);
    return j;
}

}  // namespace proximity::plan
