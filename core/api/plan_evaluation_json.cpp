#include "core/api/plan_evaluation_json.hpp"

#include "core/plan/plan_paths.hpp"
#include "core/plan/session_days.hpp"

#include <cmath>

namespace proximity::api {

using nlohmann::json;
using namespace proximity::plan;

namespace {

double r3(double v) { return std::round(v * 1000.0) / 1000.0; }

json muscle_tally_json(const MuscleTally& t) {
    json out = json::object();
    for (exercise::Muscle m : exercise::all_muscles())
        if (t[m] > 0) out[exercise::muscle_id(m)] = r3(t[m]);
    return out;
}

json set_json(const SetEvaluation& s) {
    json j = {{"hard", s.hard}, {"cost", r3(s.cost)}};
    if (s.advised) {
        j["verdict"] = policy::verdict_id(s.verdict);
        j["targetRir"] = {s.target_rir.min, s.target_rir.max};
    } else {
        j["verdict"] = nullptr;
    }
    j["contradiction"] = contradiction_id(s.contradiction);
    return j;
}

json session_json(const Session& session, const SessionEvaluation& se) {
    json exercises = json::array();
    for (const ExerciseEvaluation& x : se.exercises) {
        json sets = json::array();
        for (const SetEvaluation& s : x.sets) sets.push_back(set_json(s));
        exercises.push_back({{"exercise", x.exercise->id}, {"name", x.exercise->name},
                             {"loadClass", load_class_id(x.load_class)}, {"cost", r3(x.cost)}, {"sets", sets}});
    }
    return {{"name", session.name}, {"day", se.day}, {"dayName", day_name(se.day)}, {"cost", r3(se.cost)},
            {"hardSets", muscle_tally_json(se.hard_sets)}, {"exercises", exercises}};
}

json week_json(const Week& week, const WeekEvaluation& we) {
    json muscles = json::object();
    for (exercise::Muscle m : exercise::all_muscles()) {
        const MuscleWeek& mw = we.muscles[muscle_index(m)];
        muscles[exercise::muscle_id(m)] = {
            {"hardSets", r3(mw.hard_sets)}, {"directSets", r3(mw.direct_sets)}, {"sessions", mw.sessions},
            {"status", volume_status_id(mw.status)},
            {"landmark", {{"min", mw.landmark.min}, {"max", mw.landmark.max}, {"ceiling", mw.landmark.ceiling}}}};
    }
    json sessions = json::array();
    for (size_t s = 0; s < we.sessions.size(); ++s) sessions.push_back(session_json(week.sessions[s], we.sessions[s]));
    return {{"label", week.label},
            {"phase", policy::phase_id(week.phase)},
            {"muscles", muscles},
            {"fatigue", {{"cost", r3(we.cost)}, {"budget", r3(we.budget)},
                         {"ratio", r3(we.budget > 0 ? we.cost / we.budget : 0)},
                         {"status", budget_status_id(we.budget_status)}}},
            {"failureSets", we.failure_sets},
            {"sessions", sessions}};
}

json optional_muscle(const std::optional<exercise::Muscle>& m) {
    return m ? json(exercise::muscle_id(*m)) : json(nullptr);
}

json simulation_json(const Plan& plan, const std::vector<DayState>& days) {
    json list = json::array();
    size_t lowest = 0;
    for (size_t d = 0; d < days.size(); ++d) {
        const DayState& s = days[d];
        list.push_back({{"day", d}, {"week", d / 7}, {"load", r3(s.load)}, {"fitness", r3(s.fitness)},
                        {"fatigue", r3(s.fatigue)}, {"readiness", r3(s.readiness)}});
        if (s.readiness < days[lowest].readiness) lowest = d;
    }
    const FitnessFatigueParams& p = plan.settings.model;
    return {{"params", {{"tau1", p.tau1}, {"tau2", p.tau2}, {"k1", p.k1}, {"k2", p.k2}}},
            {"convention", "day d is the morning before day d's session; a day's load counts from the next day"},
            {"days", list},
            {"lowest", {{"day", lowest}, {"readiness", r3(days[lowest].readiness)}}},
            {"final", {{"day", days.size() - 1}, {"readiness", r3(days.back().readiness)}}}};
}

}  // namespace

json plan_evaluation_json(const Plan& plan, const PlanEvaluation& ev) {
    json weeks = json::array();
    int sets = 0, failure_sets = 0;
    double hard = 0, cost = 0;
    for (size_t w = 0; w < ev.weeks.size(); ++w) {
        weeks.push_back(week_json(plan.weeks[w], ev.weeks[w]));
        cost += ev.weeks[w].cost;
        failure_sets += ev.weeks[w].failure_sets;
        for (const SessionEvaluation& s : ev.weeks[w].sessions)
            for (const ExerciseEvaluation& x : s.exercises)
                for (const SetEvaluation& e : x.sets) {
                    ++sets;
                    hard += e.hard ? 1 : 0;
                }
    }
    json warnings = json::array();
    for (const PlanWarning& w : ev.warnings)
        warnings.push_back({{"kind", warning_kind_id(w.kind)}, {"weeks", w.weeks},
                            {"session", w.session >= 0 ? json(w.session) : json(nullptr)},
                            {"muscle", optional_muscle(w.muscle)}, {"text", w.text}});
    json suggestions = json::array();
    for (const Suggestion& s : ev.suggestions)
        suggestions.push_back({{"kind", suggestion_kind_id(s.kind)}, {"week", s.week}, {"session", s.session},
                               {"exercise", s.exercise},
                               {"targetExercise", s.target_exercise >= 0 ? json(s.target_exercise) : json(nullptr)},
                               {"sets", s.sets}, {"muscle", optional_muscle(s.muscle)}, {"saves", r3(s.saves)},
                               {"text", s.text}});
    json contradictions = json::array();
    for (const ContradictionRef& c : ev.contradictions)
        contradictions.push_back({{"week", c.week}, {"session", c.session}, {"exercise", c.exercise}, {"set", c.set},
                                  {"path", set_path(c.week, c.session, c.exercise, c.set)},
                                  {"kind", contradiction_id(c.kind)}, {"text", c.text}});
    return {{"weeks", weeks},
            {"warnings", warnings},
            {"suggestions", suggestions},
            {"contradictions", contradictions},
            {"simulation", simulation_json(plan, ev.simulation)},
            {"totals", {{"sets", sets}, {"hardSets", hard}, {"cost", r3(cost)}, {"failureSets", failure_sets},
                        {"contradictions", ev.contradictions.size()}}}};
}

}  // namespace proximity::api
