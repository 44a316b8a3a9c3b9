#pragma once
// Everything Proximity learns from a history, computed in one call: each exercise's e1RM
// trend with its band and records, the weeks' hard and failure sets (and the failure
// sets the policy would have advised against), the RIR calibration from the log, current
// fatigue signs with a local deload, readiness over the log and through the plan, the
// next planned session's loads, and actual against planned hard sets. Each part is its
// own file in core/analysis; this file only runs them in order.
#include "core/analysis/exercise_trend.hpp"
#include "core/analysis/log_calibration.hpp"
#include "core/analysis/next_session.hpp"
#include "core/analysis/performance_drop.hpp"
#include "core/analysis/plan_adherence.hpp"
#include "core/analysis/readiness.hpp"
#include "core/analysis/records.hpp"
#include "core/analysis/weekly_tally.hpp"
#include "core/load/rir_uncertainty.hpp"

#include <optional>
#include <vector>

namespace proximity::analysis {

// The muscles of a performance drop, and what a one-week local deload of them is: about
// half the hard sets of their latest full week (rounded up), every set stopped at RIR 4
// on compounds and 3 on isolation, nothing to failure (plan/deload_week.hpp's deload).
struct MuscleDeload {
    exercise::Muscle muscle;
    double hard_sets = 0;  // the latest full week before the drop's last session
    double deload_sets = 0;
};

struct FatigueSign {
    PerformanceDrop drop;
    std::vector<MuscleDeload> deload;  // the exercise's primary muscles
};

struct HistoryAnalysis {
    HistoryAnalysis() = default;
    HistoryAnalysis(const HistoryAnalysis&) = delete;  // parts point into `reading`
    HistoryAnalysis(HistoryAnalysis&&) = default;

    AnalysisOptions options;
    int today = 0;
    bool has_today = false;
    HistoryReading reading;
    LogCalibration log;
    load::RirCalibration calibration;  // in force: the log's, else the lifter's saved one
    load::RirUncertainty uncertainty;  // the band's +/- reps and where it comes from
    std::vector<ExerciseTrend> trends;
    std::vector<std::vector<Record>> records;  // parallel to trends
    WeeklyTally weeks;
    std::vector<FatigueSign> signs;
    Readiness readiness;
    std::optional<NextSession> next;
    std::vector<SessionAdherence> adherence;
};

// options.today, when set, must be a YYYY-MM-DD not before the last workout's day (the
// API checks it).
HistoryAnalysis analyze_history(const history::History& history, const exercise::ExerciseLibrary& library,
                                const policy::RuleSet& rules, const AnalysisOptions& options);

}  // namespace proximity::analysis
