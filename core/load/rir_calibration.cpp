#include "core/load/rir_calibration.hpp"

#include <algorithm>
#include <cmath>

namespace proximity::load {

RirCalibration calibrate_rir(const std::vector<FailureTestSet>& sets) {
    RirCalibration c;
    c.count = static_cast<int>(sets.size());
    if (sets.empty()) return c;
    double sum = 0;
    for (const auto& s : sets) sum += s.error();
    c.bias = sum / c.count;
    if (c.count >= 2) {
        double squares = 0;
        for (const auto& s : sets) squares += (s.error() - c.bias) * (s.error() - c.bias);
        c.spread = std::sqrt(squares / (c.count - 1));
    }
    return c;
}

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
