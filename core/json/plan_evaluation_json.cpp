#include "core/json/plan_evaluation_json.hpp"

#include "core/json/plan_writer.hpp"
#include "core/plan/plan_text.hpp"
#include "core/plan/session_days.hpp"

#include <cmath>

namespace proximity::plan {

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

// Compact: "hard" and "contradiction" only when they say something (a non-hard set, a
// contradiction); a warm-up has no verdict.
json set_json(const SetEvaluation& s) {
    json j = json::object();
    j["cost"] = r3(s.cost);
    if (!s.hard) j["hard"] = false;
    if (s.advised) {
        j["verdict"] = policy::verdict_id(s.verdict);
        j["targetRir"] = {s.target_rir.min, s.target_rir.max};
    }
    if (s.contradiction != Contradiction::None) j["contradiction"] = contradiction_id(s.contradiction);
    if (s.advised) j["followsAdvice"] = s.follows;
    if (s.week_level) j["weekLevel"] = true;
    return j;
}

// Objects are filled with moves: nlohmann's initializer lists copy their elements, which
// at every level of weeks/sessions/exercises/sets made the answer cost several times
// the evaluation.
json session_json(const Session& session, const SessionEvaluation& se) {
    json exercises = json::array();
    for (const ExerciseEvaluation& x : se.exercises) {
        json sets = json::array();
        for (const SetEvaluation& s : x.sets) sets.push_back(set_json(s));
        json e = json::object();
        e["exercise"] = x.exercise->id;
        e["name"] = x.exercise->name;
        e["loadClass"] = load_class_id(x.load_class);
        e["cost"] = r3(x.cost);
        e["sets"] = std::move(sets);
        exercises.push_back(std::move(e));
    }
    json j = json::object();
    j["name"] = session.name;
    j["day"] = se.day;
    j["dayName"] = day_name(se.day);
    j["cost"] = r3(se.cost);
    j["hardSets"] = muscle_tally_json(se.hard_sets);
    j["exercises"] = std::move(exercises);
    return j;
}

json week_json(const Week& week, const WeekEvaluation& we) {
    json muscles = json::object();
    for (exercise::Muscle m : exercise::all_muscles()) {
        const MuscleWeek& mw = we.muscles[muscle_index(m)];
        json entry = json::object();
        entry["hardSets"] = r3(mw.hard_sets);
        entry["directSets"] = r3(mw.direct_sets);
        entry["sessions"] = mw.sessions;
        entry["status"] = volume_status_id(mw.status);
        muscles[exercise::muscle_id(m)] = std::move(entry);
    }
    json sessions = json::array();
    for (size_t s = 0; s < we.sessions.size(); ++s) sessions.push_back(session_json(week.sessions[s], we.sessions[s]));
    json j = json::object();
    j["label"] = week.label;
    j["phase"] = policy::phase_id(week.phase);
    j["muscles"] = std::move(muscles);
    json fatigue = json::object();
    fatigue["cost"] = r3(we.cost);
    fatigue["budget"] = r3(we.budget);
    fatigue["ratio"] = r3(we.budget > 0 ? we.cost / we.budget : 0);
    fatigue["status"] = budget_status_id(we.budget_status);
    j["fatigue"] = std::move(fatigue);
    j["failureSets"] = we.failure_sets;
    j["sessions"] = std::move(sessions);
    return j;
}

json optional_muscle(const std::optional<exercise::Muscle>& m) {
    return m ? json(exercise::muscle_id(*m)) : json(nullptr);
}

json day_point(size_t day, const DayState& s) {
    json j = json::object();
    j["day"] = day;
    j["readiness"] = r3(s.readiness);
    j["baseline"] = r3(s.baseline);
    j["percent"] = r3(s.percent) + 0.0;  // no "-0"
    return j;
}

json simulation_json(const Plan& plan, const std::vector<DayState>& days) {
    json list = json::array();
    size_t lowest = 0;
    for (size_t d = 0; d < days.size(); ++d) {
        const DayState& s = days[d];
        json day = json::object();
        day["day"] = d;
        day["week"] = d / 7;
        day["load"] = r3(s.load);
        day["stimulus"] = r3(s.stimulus);
        day["fitness"] = r3(s.fitness);
        day["fatigue"] = r3(s.fatigue);
        day["readiness"] = r3(s.readiness);
        day["baseline"] = r3(s.baseline);
        day["percent"] = r3(s.percent) + 0.0;
        list.push_back(std::move(day));
        if (s.percent < days[lowest].percent - 1e-9) lowest = d;  // ties (a flat habit) keep the first day
    }
    const FitnessFatigueParams& p = plan.settings.model;
    json j = json::object();
    j["params"] = model_json(p);
    j["convention"] = "day d is the morning before day d's session; a day's load counts from the next day";
    j["days"] = std::move(list);
    j["start"] = "steady state of the block's first week with sets, repeated before day 0";
    j["lowest"] = day_point(lowest, days[lowest]);
    j["final"] = day_point(days.size() - 1, days.back());
    return j;
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
    for (const PlanWarning& w : ev.warnings) {
        json j = json::object();
        j["kind"] = warning_kind_id(w.kind);
        j["weeks"] = w.weeks;
        j["session"] = w.session >= 0 ? json(w.session) : json(nullptr);
        j["muscle"] = optional_muscle(w.muscle);
        j["low"] = r3(w.low);
        j["high"] = r3(w.high);
        j["limit"] = r3(w.limit);
        j["text"] = describe(plan, ev, w);
        warnings.push_back(std::move(j));
    }
    json suggestions = json::array();
    for (const Suggestion& s : ev.suggestions) {
        json j = json::object();
        j["kind"] = suggestion_kind_id(s.kind);
        j["week"] = s.week;
        j["session"] = s.session;
        j["exercise"] = s.exercise;
        j["targetExercise"] = s.target_exercise >= 0 ? json(s.target_exercise) : json(nullptr);
        j["sets"] = s.sets;
        j["muscle"] = optional_muscle(s.muscle);
        j["saves"] = r3(s.saves);
        j["text"] = describe(plan, ev, s);
        suggestions.push_back(std::move(j));
    }
    json contradictions = json::array();
    for (const ContradictionRef& c : ev.contradictions) {
        json j = json::object();
        j["week"] = c.week;
        j["session"] = c.session;
        j["exercise"] = c.exercise;
        j["set"] = c.set;
        j["kind"] = contradiction_id(c.kind);
        j["text"] = describe(plan, ev, c);
        contradictions.push_back(std::move(j));
    }
    json landmarks = json::object();
    for (exercise::Muscle m : exercise::all_muscles()) {
        const Landmark l = plan.settings.landmarks.at(m);
        landmarks[exercise::muscle_id(m)] = landmark_json(l);
    }
    json out = json::object();
    out["weeks"] = std::move(weeks);
    out["landmarks"] = std::move(landmarks);
    out["budget"] = r3(plan.settings.weekly_budget());
    out["warnings"] = std::move(warnings);
    out["suggestions"] = std::move(suggestions);
    out["contradictions"] = std::move(contradictions);
    out["simulation"] = simulation_json(plan, ev.simulation);
    json totals = json::object();
    totals["sets"] = sets;
    totals["hardSets"] = hard;
    totals["cost"] = r3(cost);
    totals["failureSets"] = failure_sets;
    totals["contradictions"] = ev.contradictions.size();
    out["totals"] = std::move(totals);
    return out;
}

}  // namespace proximity::plan
