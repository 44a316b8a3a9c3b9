#include "core/analysis/performance_drop.hpp"

#include <algorithm>
#include <cmath>

namespace proximity::analysis {

ComparablePoints comparable_points(const ExerciseTrend& trend) {
    ComparablePoints out;
    for (size_t i = 0; i < trend.sessions.size(); ++i)
        if (trend.sessions[i].comparable && trend.sessions[i].e1rm) {
            out.e1rm.push_back(*trend.sessions[i].e1rm);
            out.sessions.push_back(int(i));
        }
    return out;
}

std::optional<TrendWindow> window_before(const std::vector<double>& points, int at) {
    if (at < kWindow) return std::nullopt;
    double sum = 0;
    for (int i = at - kWindow; i < at; ++i) sum += points[size_t(i)];
    const double mean = sum / kWindow;
    double squares = 0;
    for (int i = at - kWindow; i < at; ++i) squares += (points[size_t(i)] - mean) * (points[size_t(i)] - mean);
    const double sd = std::sqrt(squares / (kWindow - 1));
    return TrendWindow{mean, std::max(kBandSds * sd, kMinBand * mean)};
}

namespace {

bool below_from(const std::vector<double>& points, int first, int last, const TrendWindow& w) {
    for (int i = first; i <= last; ++i)
        if (!w.below(points[size_t(i)])) return false;
    return true;
}

}  // namespace

std::optional<PerformanceDrop> current_drop(const ExerciseTrend& trend) {
    const ComparablePoints comparable = comparable_points(trend);
    const std::vector<double>& points = comparable.e1rm;
    const std::vector<int>& sessions = comparable.sessions;
    const int last = int(points.size()) - 1;
    std::optional<PerformanceDrop> found;
    // The longest run ending at the latest session whose own window says it is a drop
    // (a drop that began three sessions ago has the first low session in the window of
    // the two-session run, so earlier starts are tried too, up to kMaxRun sessions).
    for (int first = last - kDropSessions + 1; first >= kWindow && last - first < kMaxRun; --first) {
        auto w = window_before(points, first);
        if (!w || !below_from(points, first, last, *w)) {
            if (found) break;
            continue;
        }
        PerformanceDrop d;
        d.trend = &trend;
        d.first = sessions[size_t(first)];
        d.last = sessions[size_t(last)];
        d.expected = w->mean;
        d.band = w->band;
        d.worst = *std::min_element(points.begin() + first, points.end());
        found = d;
    }
    return found;
}

}  // namespace proximity::analysis
