#include "core/analysis/next_week_volume.hpp"

#include "core/analysis/calendar_day.hpp"

namespace proximity::analysis {

const history::Workout* feedback_workout(const history::History& history, const plan::SessionFeedback& feedback) {
    for (const history::Workout& w : history.workouts)
        if (w.start == feedback.workout_start && w.name == feedback.workout_name) return &w;
    return nullptr;
}

NextWeekVolume next_week_volume(const HistoryAnalysis& a, const history::Workout& workout,
                                const plan::SessionFeedback& feedback) {
    NextWeekVolume out;
    plan::MuscleTally this_week;
    plan::LandmarkTable landmarks;
    const bool planned = workout.plan && a.options.plan && size_t(workout.plan->week) < a.key.planned.size();
    if (planned) {
        out.plan_week = workout.plan->week;
        this_week = a.key.planned[size_t(workout.plan->week)].hard_sets;
        landmarks = a.options.plan->settings.landmarks;
    } else if (!a.weeks.weeks.empty()) {
        this_week = typical_week_before(a.weeks, day_number(workout.start)).hard_sets;
    }
    out.muscles = plan::next_week_sets(feedback, this_week, landmarks, muscle_fatigue(a.signs));
    return out;
}

}  // namespace proximity::analysis
