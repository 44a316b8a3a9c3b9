#pragma once
// The range an estimate could take if the lifter's true RIR lies `below` reps under to
// `above` reps over the call (symmetric +/- N unless a beginner's default). The
// lower end of the RIR range stops at 0: the reps were done, so the set was at least
// that hard. Where the formula stops being defined (Brzycki past 19 reps to failure, the
// RPE chart past 16) the upper end is pulled back in half steps and `clipped` is set.
#include "core/load/effort.hpp"
#include "core/load/formula.hpp"

namespace proximity::load {

struct Band {
    double low = 0;
    double high = 0;
    double rir_low = 0;   // the RIR range behind it
    double rir_high = 0;
    bool clipped = false;
};

// e1RM range for `load` x `effort` (the lower e1RM comes from the lower RIR).
Band one_rep_max_band(double load, const Effort& effort, double below, double above, Formula formula);

// Load range for a target reps @ RIR from an e1RM (the lower load comes from the
// higher RIR: if the lifter really has more in reserve than called, it must be lighter).
Band target_load_band(double e1rm, const Effort& target, double below, double above, Formula formula);

}  // namespace proximity::load
