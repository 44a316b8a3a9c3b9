#include "core/analysis/readiness.hpp"

#include "core/analysis/readiness_model.hpp"
#include "core/plan/weekly_volume.hpp"

#include <algorithm>

namespace proximity::analysis {

namespace {

ReadinessPoint point_at(const std::vector<plan::DayState>& states, int first, int day) {
    const plan::DayState& s = states[size_t(day - first)];
    return ReadinessPoint{day, s.readiness, s.fitness, s.fatigue};
}

// Adds the remaining planned sessions to `days` (growing it as needed); returns the last
// planned day, or `today` when none.
int add_planned(const history::History& history, const plan::Plan& plan, const exercise::ExerciseLibrary& library,
                int first, int today, std::vector<TrainingDay>& days) {
    const std::vector<PlanSlot> slots = remaining_sessions(history, plan, today);
    int last = today;
    int tallied = -1;
    plan::WeekEvaluation week;
    for (const PlanSlot& slot : slots) {
        if (slot.week != tallied) {
            week = plan::tally_week(plan.weeks[size_t(slot.week)], slot.week, plan.settings, library);
            tallied = slot.week;
        }
        const plan::SessionEvaluation& s = week.sessions[size_t(slot.session)];
        if (days.size() <= size_t(slot.day - first)) days.resize(size_t(slot.day - first) + 1);
        TrainingDay& d = days[size_t(slot.day - first)];
        d.fatigue += s.cost;
        for (const plan::ExerciseEvaluation& x : s.exercises)
            for (const plan::SetEvaluation& set : x.sets) d.stimulus += set.hard ? 1 : 0;
        last = std::max(last, slot.day);
    }
    return last;
}

}  // namespace

Readiness readiness(const HistoryReading& reading, const history::History& history, const AnalysisOptions& options,
                    int today, const exercise::ExerciseLibrary& library) {
    Readiness out;
    out.today.day = today;
    const int first = reading.workouts.empty() ? today : reading.workouts.front().day;
    std::vector<TrainingDay> days(size_t(today - first) + 1);
    for (const WorkoutReading& w : reading.workouts) {
        TrainingDay& d = days[size_t(w.day - first)];
        for (const EntryReading& e : w.entries)
            for (const SetReading& r : e.sets) {
                if (!r.working) continue;
                d.fatigue += r.cost;
                d.stimulus += r.hard ? 1 : 0;
            }
    }
    int last = today;
    if (options.plan) last = add_planned(history, *options.plan, library, first, today, days);
    days.resize(size_t(last - first) + 1);
    const plan::FitnessFatigueParams params = options.plan ? options.plan->settings.model : plan::FitnessFatigueParams{};
    const std::vector<plan::DayState> states = run_readiness_model(days, params);
    for (const WorkoutReading& w : reading.workouts)
        if (out.logged.empty() || out.logged.back().day != w.day) out.logged.push_back(point_at(states, first, w.day));
    out.today = point_at(states, first, today);
    if (last > today)
        for (int d = today + 1; d <= last + 1; ++d) out.projection.push_back(point_at(states, first, d));
    return out;
}

}  // namespace proximity::analysis
