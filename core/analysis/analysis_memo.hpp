#pragma once
// The analysis of the kept history that the next px.analyzeHistory starts from: after
// px.logSet only the changed workout is read and judged again (history_analysis.hpp's
// `previous`). Each kept workout has an id, new whenever the workout is added or changed
// (px.setHistory, px.appendWorkout, px.logSet); the analysis can take over the workouts
// whose ids still lead the list. It holds copies of the exercise library and rule set it
// was made with (cheap: they share their data), so what it points into stays alive.
#include "core/analysis/history_analysis.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace proximity::analysis {

using WorkoutIds = std::vector<std::uint64_t>;

// A fresh id for a workout added or changed.
std::uint64_t new_workout_id();
WorkoutIds new_workout_ids(size_t count);

class AnalysisMemo {
public:
    // The analysis to start from and how many of its leading workouts are those of `ids`
    // (0: start afresh). The memo is emptied: what is taken is moved from.
    std::pair<std::optional<HistoryAnalysis>, size_t> take(const WorkoutIds& ids);

    void keep(HistoryAnalysis a, const WorkoutIds& ids, const exercise::ExerciseLibrary& library,
              const policy::RuleSet& rules);

private:
    std::optional<HistoryAnalysis> analysis_;
    WorkoutIds ids_;
    exercise::ExerciseLibrary library_;
    policy::RuleSet rules_;
};

}  // namespace proximity::analysis
