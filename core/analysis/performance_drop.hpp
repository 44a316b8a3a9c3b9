#pragma once
// Fatigue signs from data: a performance drop (seed 001: do not go to failure when showing
// signs of accumulated fatigue, such as performance dropping).
//
// Among an exercise's sessions of comparable effort (exercise_trend.hpp), the recent
// trend before a session is the mean of the previous kWindow (4) such sessions, and its
// noise band is twice their sample standard deviation, never less than kMinBand (2.5%)
// of the trend: day-to-day strength varies by a few percent, and an e1RM from a called
// RIR carries the call's error too. A drop is two or more consecutive comparable sessions
// below trend - band, the trend and band taken from the window before the first of them.
// A drop that runs into the latest session is current: it becomes the fatigue sign
// "performanceDrop" for the failure policy, with a local deload for the exercise's primary
// muscles (about half their weekly hard sets, every set RIR 3-4, no failure, for one
// week: the deload of plan/deload_week.hpp applied to those muscles only).
#include "core/analysis/exercise_trend.hpp"

#include <optional>
#include <vector>

namespace proximity::analysis {

constexpr int kWindow = 4;
constexpr double kBandSds = 2.0;
constexpr double kMinBand = 0.025;  // fraction of the trend
constexpr int kDropSessions = 2;
constexpr int kMaxRun = 8;  // sessions looked back for the start of a drop

struct PerformanceDrop {
    const ExerciseTrend* trend = nullptr;
    int first = 0;  // index of the first session below the band
    int last = 0;   // index of the last one (the latest session when current)
    double expected = 0;  // the trend before the drop
    double band = 0;      // its noise band (the drop is below expected - band)
    double worst = 0;     // the lowest e1RM of the run
};

// An exercise's sessions of comparable effort, in order: their index in trend.sessions
// and their e1RM.
struct ComparablePoints {
    std::vector<int> sessions;
    std::vector<double> e1rm;
};
ComparablePoints comparable_points(const ExerciseTrend& trend);

// The recent trend and noise band from the kWindow comparable points before position
// `at` (none when there are fewer).
struct TrendWindow {
    double mean = 0;
    double band = 0;
    bool below(double e1rm) const { return e1rm < mean - band; }
};
std::optional<TrendWindow> window_before(const std::vector<double>& points, int at);

// The current drop of one exercise (running into its latest comparable session), if any.
std::optional<PerformanceDrop> current_drop(const ExerciseTrend& trend);

}  // namespace proximity::analysis
