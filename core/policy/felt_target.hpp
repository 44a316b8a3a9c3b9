#pragma once
// Targets shift, never widen: the RIR range a set should truly end in stays what the
// policy says; a lifter whose calls are biased is told the range to stop at by feel,
// target - bias (not below 0), with why. A lifter whose calls run 2 reps high (4 left when
// they call 2) and whose target is RIR 1-3 stops when it feels like RIR 0-1.
#include "core/policy/verdict.hpp"

#include <optional>
#include <string>

namespace proximity::policy {

struct FeltTarget {
    RirRange rir;       // what to stop at by feel
    std::string words;  // "Stop when it feels like RIR 0-1: your calls run about 2 reps high ..."
};

// "your calls run about 2 reps high (you have more left than you call)" (+ bias) / "... low";
// "" when the bias rounds to under half a rep.
std::string bias_words(double bias);

// None when the bias rounds to under half a rep (the call is the target).
std::optional<FeltTarget> felt_target(const RirRange& target, double bias);

}  // namespace proximity::policy
