#pragma once
// How the analysis reads one logged set, and the whole history read that way once.
//
// - Warm-ups never count; neither does a row without reps (a timed or distance row).
// - Effort: a set that reached failure is RIR 0; otherwise the RIR or RPE called
//   (RPE = 10 - RIR), corrected by the bias of the lifter's calls for the exercise's class
//   (call_calibration.hpp: load::corrected_effort, the calculator's correction) for every
//   number read from it; a set logged with no effort is read as taken to failure, as
//   Strong and Hevy read it, and its e1RM is marked a lower bound (it was at least that).
// - A calibration test (failureReps) is exact: the set went on to failure at failureReps.
// - Hard sets are counted exactly as the planner counts them (plan::is_hard_set with the
//   corrected RIR), and so is the fatigue cost (plan::set_fatigue_cost).
// - A failure set is one that reached failure, or whose corrected RIR is 0 (a call of RIR 0
//   by a lifter whose calls run 2 reps high is not one). A set with no effort is not
//   counted as a failure set: nothing says it was one.
// - Load: the effective load (core/exercise/effective_load.hpp) with the profile's body
//   weight on the workout's day; a bodyweight or assisted set without a known body weight
//   has load 0 and no e1RM (it still counts as a hard set).
#include "core/analysis/analysis_options.hpp"
#include "core/analysis/call_calibration.hpp"
#include "core/analysis/exercise_info.hpp"
#include "core/history/history.hpp"
#include "core/plan/counting_rules.hpp"

#include <deque>
#include <optional>
#include <vector>

namespace proximity::analysis {

// The correction applied to each class's calls (CallCalibration::applied_biases).
using CallBiases = std::array<double, kCallClassCount>;

struct SetReading {
    bool working = false;     // not a warm-up, and reps were done
    double load = 0;          // effective load, in the analysis unit
    int reps = 0;             // reps done (a calibration test: the failure reps)
    double rir = 0;           // corrected effort: what every number is computed at
    double called_rir = 0;    // as logged (0 when failure or no effort)
    bool lower_bound = false; // no effort logged: read as failure
    bool failure = false;
    bool hard = false;
    double cost = 0;          // fatigue cost, standard-set units
    double stimulus = 0;      // growth stimulus (plan::set_stimulus), fitness input
    std::optional<double> e1rm;
    double reps_to_failure() const { return reps + rir; }
};

// `body_weight`: the lifter's body weight that day, in the analysis unit (body_weight_of).
SetReading read_logged_set(const history::LoggedSet& set, const ExerciseInfo& info,
                           const AnalysisOptions& options, const CallBiases& biases, const plan::CountingRules& rules,
                           std::optional<double> body_weight = std::nullopt);

// The profile's body weight on the day of `start`, in the analysis unit; nullopt without
// a profile or a weighing.
std::optional<double> body_weight_of(const AnalysisOptions& options, const std::string& start);

// One exercise entry of one workout, read.
struct EntryReading {
    const ExerciseInfo* info = nullptr;
    std::vector<SetReading> sets;
};

struct WorkoutReading {
    int day = 0;  // calendar_day.hpp
    std::vector<EntryReading> entries;
};

struct HistoryReading {
    // Every distinct exercise, in first-logged order. A deque: entries point into it, and
    // reading more workouts (read_history_from) adds exercises without moving these.
    std::deque<ExerciseInfo> exercises;
    std::vector<WorkoutReading> workouts; // parallel to history.workouts
};

HistoryReading read_history_sets(const history::History& history, const exercise::ExerciseLibrary& library,
                                 const AnalysisOptions& options, const CallBiases& biases, const plan::CountingRules& rules);

// Re-reads `history` from workout `from` on: `reading` holds the readings of a history
// whose first `from` workouts are these, read with the same options, bias and rules
// (history_analysis.hpp's reuse); its later workouts, and the exercises first logged in
// them, are dropped and read again. The result equals read_history_sets(history, ...).
void read_history_from(const history::History& history, size_t from, const exercise::ExerciseLibrary& library,
                       const AnalysisOptions& options, const CallBiases& biases, const plan::CountingRules& rules,
                       HistoryReading& reading);

}  // namespace proximity::analysis
