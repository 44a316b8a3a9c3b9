#pragma once
// The e1RM trend of each exercise: one point per workout in which it was trained, the
// best e1RM of its working sets that day (warm-ups never count), with the band the
// lifter's RIR misjudgement puts around it (load::one_rep_max_band).
#include "core/analysis/set_reading.hpp"
#include "core/load/rir_uncertainty.hpp"

#include <optional>
#include <string>
#include <vector>

namespace proximity::analysis {

struct ExerciseSession {
    int workout = 0;  // index in the history
    int entry = 0;    // index in the workout's exercises
    int day = 0;
    std::optional<double> e1rm;  // none when no working set had a load
    double low = 0, high = 0;
    bool lower_bound = false;    // the best set had no effort logged
    int best_set = -1;           // index in the entry's sets
    int failure_sets = 0;
    int hard_sets = 0;
    // Comparable effort: the best set was called (not a lower bound) within the hard-set
    // range, where an e1RM is a fair measure (performance_drop.hpp).
    bool comparable = false;
};

struct ExerciseTrend {
    const ExerciseInfo* info = nullptr;
    std::string name;         // as shown: the library's, or the custom name in sentence case (display_name.hpp)
    std::string logged_name;  // the latest name as logged or imported (the library's when never named)
    std::vector<ExerciseSession> sessions;
    std::optional<double> best_e1rm;
    int best_session = -1;
};

// `uncertainty`: how far the RIR call may be off, below and above (rir_uncertainty.hpp).
std::vector<ExerciseTrend> exercise_trends(const history::History& history, const HistoryReading& reading,
                                           const AnalysisOptions& options, const load::RirUncertainty& uncertainty,
                                           double max_hard_rir);

// The e1RM the next loads are set from: the mean of the last (up to) three sessions'
// e1RMs of comparable effort, or of any sessions with an e1RM when none is comparable;
// so one good or bad day does not move the next load on its own.
std::optional<double> trend_e1rm(const ExerciseTrend& trend);

}  // namespace proximity::analysis
