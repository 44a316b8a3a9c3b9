#include "core/load/rir_band.hpp"

#include <algorithm>

namespace proximity::load {

namespace {

struct FractionRange {
    double at_low_rir = 0;   // fraction of 1RM at the lower RIR (the heavier end)
    double at_high_rir = 0;  // ... at the higher RIR (the lighter end)
    double rir_low = 0, rir_high = 0;
    bool clipped = false;
};

// Both ends of the RIR range as fractions of 1RM. The centre is defined (the caller
// already computed the estimate there), so pulling the top back always ends.
FractionRange fraction_range(const Effort& effort, double below, double above, Formula formula) {
    FractionRange f;
    f.rir_low = std::max(0.0, effort.rir - below);
    f.rir_high = effort.rir + above;
    auto high = fraction_of_one_rep_max(formula, effort.reps + f.rir_high);
    while (!high && f.rir_high > effort.rir) {
        f.rir_high = std::max(effort.rir, f.rir_high - 0.5);
        f.clipped = true;
        high = fraction_of_one_rep_max(formula, effort.reps + f.rir_high);
    }
    f.at_high_rir = high.value_or(0.0);
    f.at_low_rir = fraction_of_one_rep_max(formula, effort.reps + f.rir_low).value_or(0.0);
    return f;
}

}  // namespace

Band one_rep_max_band(double load, const Effort& effort, double below, double above, Formula formula) {
    const FractionRange f = fraction_range(effort, below, above, formula);
    return Band{load / f.at_low_rir, load / f.at_high_rir, f.rir_low, f.rir_high, f.clipped};
}

Band target_load_band(double e1rm, const Effort& target, double below, double above, Formula formula) {
    const FractionRange f = fraction_range(target, below, above, formula);
    return Band{e1rm * f.at_high_rir, e1rm * f.at_low_rir, f.rir_low, f.rir_high, f.clipped};
}

}  // namespace proximity::load
