#pragma once
// Readiness from real training: the fitness-fatigue model (readiness_model.hpp) run day by
// day over the logged history, from the first workout's day to today, each day's load the
// summed fatigue cost (and hard sets) of its working sets; then, when a plan is given, on
// through the rest of the block with the planned sessions' costs as the planner counts
// them (plan::tally_week) on the days plan_position.hpp gives them.
// A state is the morning of its day, before that day's training. The range's first week is
// the habit the model starts from; `value` is readiness against the rolling baseline of
// readiness_model.hpp (the same weekday over the previous 4 weeks), in percent (0 = as
// fresh as in those weeks, negative = more tired than in them).
#include "core/analysis/plan_position.hpp"
#include "core/analysis/set_reading.hpp"
#include "core/exercise/exercise_library.hpp"

#include <vector>

namespace proximity::analysis {

struct ReadinessPoint {
    int day = 0;
    double value = 0;      // percent: (readiness - baseline) / those weeks' mean fitness; 0 = as usual
    double readiness = 0;  // fitness - fatigue, the model's own units
    double baseline = 0;   // mean readiness on this weekday over the previous 4 weeks
    double fitness = 0;
    double fatigue = 0;
};

struct Readiness {
    std::vector<ReadinessPoint> logged;      // the morning of each day with a workout
    ReadinessPoint today;
    std::vector<ReadinessPoint> projection;  // each day after today through the block's end
};

// `today` must not be before the last workout's day. No workouts: an empty answer at today.
Readiness readiness(const HistoryReading& reading, const history::History& history, const AnalysisOptions& options,
                    int today, const exercise::ExerciseLibrary& library);

}  // namespace proximity::analysis
