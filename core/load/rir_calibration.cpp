#include "core/load/rir_calibration.hpp"

#include <algorithm>
#include <cmath>

namespace proximity::load {

std::optional<double> calibrated_misjudgement(const RirCalibration& c) {
    if (!c.spread || c.count < 2) return std::nullopt;
    const double half_width = *c.spread * std::sqrt(1.0 + 1.0 / c.count);
    // Round up to the half step; the small epsilon keeps 1.0000000001 at 1.
    return std::max(kRetestNoiseReps, std::ceil(half_width * 2.0 - 1e-9) / 2.0);
}

Effort corrected_effort(const Effort& called, double bias) {
    Effort e = called;
    e.rir = std::max(0.0, called.rir + bias);
    return e;
}

}  // namespace proximity::load
