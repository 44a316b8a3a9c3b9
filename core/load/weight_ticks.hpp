#pragma once
// Loadable weights as whole thousandths of the unit ("ticks"), so that sums of plates
// such as 1.25 + 2.5 + 20 are exact and never drift by floating-point error.
#include <cmath>

namespace proximity::load {

using Ticks = long long;

constexpr double kTicksPerUnit = 1000.0;

inline Ticks to_ticks(double weight) { return std::llround(weight * kTicksPerUnit); }
inline double from_ticks(Ticks ticks) { return static_cast<double>(ticks) / kTicksPerUnit; }

// True when `weight` is a whole number of thousandths (e.g. 1.25, 0.5, 2.5; not 1.0001).
inline bool is_whole_ticks(double weight) {
    const double t = weight * kTicksPerUnit;
    return std::fabs(t - std::round(t)) < 1e-6;
}

}  // namespace proximity::load
