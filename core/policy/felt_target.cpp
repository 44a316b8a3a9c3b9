#include "core/policy/felt_target.hpp"

#include "core/common/number_text.hpp"

#include <algorithm>
#include <cmath>

namespace proximity::policy {

namespace {

// Half steps, as the RIR scale has them.
double half_step(double v) { return std::round(v * 2) / 2; }

std::string range_text(const RirRange& r) {
    if (r.min == r.max) return number_text(r.min, 1);
    return number_text(r.min, 1) + "-" + number_text(r.max, 1);
}

}  // namespace

std::string bias_words(double bias) {
    const double r = std::round(std::fabs(bias) * 2) / 2;
    if (r < 0.5) return "";
    return "your calls run about " + number_text(r, 1) + (r == 1 ? " rep" : " reps") +
           (bias > 0 ? " high (you have more left than you call)" : " low (you have less left than you call)");
}

std::optional<FeltTarget> felt_target(const RirRange& target, double bias) {
    if (bias_words(bias).empty()) return std::nullopt;
    FeltTarget f;
    f.rir.min = std::max(0.0, half_step(target.min - bias));
    f.rir.max = std::max(0.0, half_step(target.max - bias));
    const std::string feel = f.rir.max == 0 ? "like failure" : "like RIR " + range_text(f.rir);
    f.words = "Stop when it feels " + feel + ": " + bias_words(bias) + ", so that is truly RIR " + range_text(target) + ".";
    return f;
}

}  // namespace proximity::policy
