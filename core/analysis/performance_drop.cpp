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
    const double centre = (kWindow - 1) / 2.0;
    double sum = 0, sxy = 0, sxx = 0;
    for (int i = 0; i < kWindow; ++i) sum += points[size_t(at - kWindow + i)];
    TrendWindow w;
    w.mean = sum / kWindow;
    for (int i = 0; i < kWindow; ++i) {
        sxy += (i - centre) * (points[size_t(at - kWindow + i)] - w.mean);
        sxx += (i - centre) * (i - centre);
    }
    w.slope = std::max(0.0, sxy / sxx);
    // Spread around the line used: a fitted line leaves kWindow - 2 degrees of freedom.
    double squares = 0;
    for (int i = 0; i < kWindow; ++i) {
        const double d = points[size_t(at - kWindow + i)] - (w.mean + w.slope * (i - centre));
        squares += d * d;
    }
    const double sd = std::sqrt(squares / (w.slope > 0 ? kWindow - 2 : kWindow - 1));
    w.band = std::max(kBandSds * sd, kMinBand * w.expected());
    return w;
}

namespace {

// Sessions first..last all behind the trend, at least kDropSessions of them below its band.
bool drop_from(const std::vector<double>& points, int first, int last, const TrendWindow& w) {
    int below = 0;
    for (int i = first; i <= last; ++i) {
        if (!w.behind(points[size_t(i)], i - first)) return false;
        below += w.below(points[size_t(i)], i - first);
    }
    return below >= kDropSessions;
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
        if (!w || !drop_from(points, first, last, *w)) {
            if (found) break;
            continue;
        }
        PerformanceDrop d;
        d.trend = &trend;
        d.first = sessions[size_t(first)];
        d.last = sessions[size_t(last)];
        d.window = *w;
        d.worst = *std::min_element(points.begin() + first, points.end());
        found = d;
    }
    return found;
}

}  // namespace proximity::analysis
