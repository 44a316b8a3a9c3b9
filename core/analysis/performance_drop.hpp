#pragma once
// Fatigue signs from data: a performance drop (seed 001: do not go to failure when showing
// signs of accumulated fatigue, such as performance dropping).
//
// Among an exercise's sessions of comparable effort (exercise_trend.hpp), the recent
// trend before a session is a straight line fitted to the previous kWindow (4) such
// sessions and carried forward: a lifter who was adding 2 kg a session is expected to be
// 2 kg further on the next time, so a stall after steady progress falls behind its trend.
// Only a rising line is carried forward; a flat or falling one is taken as flat (its
// mean), so a lifter whose e1RM keeps falling is still measured against where it was.
// Its noise band is twice the sample standard deviation of those sessions around the line,
// never less than kMinBand (2.5%) of the expected value: day-to-day strength varies by a
// few percent, and an e1RM from a called RIR carries the call's error too. A drop is a run
// of consecutive comparable sessions, each below the trend's projection for it, of which
// at least kDropSessions (2) are below it by more than the band, the trend taken from the
// window before the first of them. A drop that runs into the latest session is current: it
// becomes the fatigue sign "performanceDrop" for the failure policy, with a local deload
// for the exercise's primary muscles (fatigue_signs.hpp). The line, the 4 sessions and the
// 2.5% floor are the model's own choices.
#include "core/analysis/exercise_trend.hpp"

#include <optional>
#include <vector>

namespace proximity::analysis {

constexpr int kWindow = 4;
constexpr double kBandSds = 2.0;
constexpr double kMinBand = 0.025;  // fraction of the trend
constexpr int kDropSessions = 2;
constexpr int kMaxRun = 8;  // sessions looked back for the start of a drop

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
    double mean = 0;   // of the window's points
    double slope = 0;  // per session, carried forward only when rising (>= 0)
    double band = 0;   // at the window's first projection (at)
    // The trend's projection `ahead` comparable sessions after `at` (0: at `at` itself).
    double expected(int ahead = 0) const { return mean + slope * ((kWindow - 1) / 2.0 + 1 + ahead); }
    bool behind(double e1rm, int ahead = 0) const { return e1rm < expected(ahead); }
    bool below(double e1rm, int ahead = 0) const { return e1rm < expected(ahead) - band; }
};
std::optional<TrendWindow> window_before(const std::vector<double>& points, int at);

struct PerformanceDrop {
    const ExerciseTrend* trend = nullptr;
    int first = 0;  // index of the run's first session (behind the trend)
    int last = 0;   // index of the last one (the latest session when current)
    TrendWindow window;  // the trend before the run: its k-th comparable session is expected at window.expected(k)
    double worst = 0;    // the lowest e1RM of the run
};

// The current drop of one exercise (running into its latest comparable session), if any.
std::optional<PerformanceDrop> current_drop(const ExerciseTrend& trend);

}  // namespace proximity::analysis
