#include "core/plan/weekly_volume.hpp"
#include "core/common/quoted_text.hpp"

#include "core/common/input_error.hpp"
#include "core/plan/hard_sets.hpp"
#include "core/plan/plan_paths.hpp"
#include "core/plan/session_days.hpp"

namespace proximity::plan {

namespace {

ExerciseEvaluation tally_exercise(const PlannedExercise& planned, const exercise::Exercise& e,
                                  const CountingRules& rules, SessionEvaluation& session) {
    ExerciseEvaluation out;
    out.exercise = &e;
    out.load_class = load_class(e);
    out.sets.resize(planned.sets.size());
    int hard = 0;
    for (size_t i = 0; i < planned.sets.size(); ++i) {
        const PlannedSet& set = planned.sets[i];
        SetEvaluation& s = out.sets[i];
        s.hard = is_hard_set(set, rules);
        s.cost = set_fatigue_cost(set, out.load_class);
        out.cost += s.cost;
        if (s.hard) {
            ++hard;
            credit_hard_set(e, rules, session.hard_sets);
        }
    }
    credit_direct_sets(e, hard, session.direct_sets);
    return out;
}

}  // namespace

WeekEvaluation tally_week(const Week& week, int week_index, const PlanSettings& settings,
                          const exercise::ExerciseLibrary& library) {
    WeekEvaluation out;
    const std::vector<int> days = session_days(week);
    out.sessions.resize(week.sessions.size());
    MuscleTally week_sets, week_direct;
    std::vector<int> frequency(muscle_count(), 0);
    for (size_t s = 0; s < week.sessions.size(); ++s) {
        const Session& session = week.sessions[s];
        SessionEvaluation& se = out.sessions[s];
        se.day = days[s];
        se.exercises.reserve(session.exercises.size());
        for (size_t x = 0; x < session.exercises.size(); ++x) {
            const PlannedExercise& planned = session.exercises[x];
            const exercise::Exercise* e = library.find(planned.exercise);
            if (!e) {
                const std::string field = exercise_path(week_index, static_cast<int>(s), static_cast<int>(x)) + ".exercise";
                throw InputError(field, field + ": unknown exercise " + quoted_input(planned.exercise));
            }
            se.exercises.push_back(tally_exercise(planned, *e, settings.counting, se));
            se.cost += se.exercises.back().cost;
            for (const PlannedSet& set : planned.sets) out.failure_sets += set.failure ? 1 : 0;
        }
        out.cost += se.cost;
        week_sets += se.hard_sets;
        week_direct += se.direct_sets;
        for (exercise::Muscle m : exercise::all_muscles())
            if (se.direct_sets[m] > 0) ++frequency[muscle_index(m)];
    }
    out.muscles.resize(muscle_count());
    for (exercise::Muscle m : exercise::all_muscles()) {
        MuscleWeek& mw = out.muscles[muscle_index(m)];
        mw.hard_sets = week_sets[m];
        mw.direct_sets = week_direct[m];
        mw.sessions = frequency[muscle_index(m)];
        mw.landmark = settings.landmarks.at(m);
        mw.status = classify_volume(mw.hard_sets, mw.landmark);
    }
    out.budget = settings.weekly_budget();
    out.budget_status = classify_budget(out.cost, out.budget);
    return out;
}

}  // namespace proximity::plan
