#pragma once
// Everything Proximity learns from a history, computed in one call: each exercise's e1RM
// trend with its band and records, the weeks' hard and failure sets (and the failure
// sets the policy would have advised against), the RIR calibration from the log, current
// fatigue signs with a local deload, readiness over the log and through the plan, the
// next planned session's loads, and actual against planned hard sets. Each part is its
// own file in core/analysis; this file only runs them in order.
#include "core/analysis/exercise_trend.hpp"
#include "core/analysis/fatigue_signs.hpp"
#include "core/analysis/call_calibration.hpp"
#include "core/analysis/next_session.hpp"
#include "core/analysis/plan_adherence.hpp"
#include "core/analysis/readiness.hpp"
#include "core/analysis/records.hpp"
#include "core/analysis/weekly_tally.hpp"
#include "core/load/rir_uncertainty.hpp"

#include <optional>
#include <vector>

namespace proximity::analysis {

// Everything the set readings and the failure-policy judgements depend on besides the
// history itself: two analyses with equal keys read and judge a workout the same way.
// The library and rule set are compared by identity (they share their data when copied).
struct ReadingKey {
    load::Formula formula = load::kDefaultFormula;
    units::Unit unit = units::Unit::Kg;
    std::array<double, kCallClassCount> biases{};  // the corrections applied, per class
    plan::CountingRules counting;
    policy::LifterStatus status = policy::LifterStatus::Intermediate;
    policy::Safety safety = policy::Safety::None;
    std::optional<policy::RirCalibration> calibration;
    std::vector<std::pair<policy::Phase, int>> weeks;  // the plan's weeks: phase, failure-block week
    std::vector<plan::WeekVolume> planned;             // the plan's weeks as the policy reads them
    const void* library = nullptr;
    const void* rules = nullptr;
    std::vector<std::pair<std::string, double>> body_weight;  // the profile's log (effective loads)
    bool operator==(const ReadingKey& o) const;
};

struct HistoryAnalysis {
    HistoryAnalysis() = default;
    HistoryAnalysis(const HistoryAnalysis&) = delete;  // parts point into `reading`
    HistoryAnalysis(HistoryAnalysis&&) = default;

    AnalysisOptions options;
    ReadingKey key;
    int today = 0;
    bool has_today = false;
    HistoryReading reading;
    // How far the lifter's calls miss (call_calibration.hpp): the log's observations, the
    // model over all of them as of today, the backtest and the trend after each one.
    std::vector<CallObservation> calls;
    CallCalibration calls_model;
    Backtest backtest;
    std::vector<CalibrationPoint> calls_trend;
    load::RirCalibration calibration;  // the overall model as the band and policy take it
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
// `previous`: an analysis of a history whose first `unchanged` workouts are this one's
// (e.g. before px.logSet added a set to the last workout). When its key matches, its set
// readings and failure-policy judgements of those workouts are taken over (it is moved
// from) and only the rest are read and judged; everything else is recomputed from them.
// The result is the same as without it (tests/core/analysis_incremental_test.cpp).
HistoryAnalysis analyze_history(const history::History& history, const exercise::ExerciseLibrary& library,
                                const policy::RuleSet& rules, const AnalysisOptions& options,
                                HistoryAnalysis* previous = nullptr, size_t unchanged = 0);

}  // namespace proximity::analysis
