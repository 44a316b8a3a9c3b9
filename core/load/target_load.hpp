#pragma once
// The inverse of the e1RM: the load for a target reps @ RIR from an e1RM.
#include "core/load/effort.hpp"
#include "core/load/formula.hpp"

#include <string>
#include <vector>

namespace proximity::load {

struct TargetLoad {
    double load = 0;     // unrounded, same unit as the e1RM
    double percent = 0;  // % of e1RM
    std::vector<std::string> warnings;
};

// Throws InputError("formula") where the formula is undefined for the target.
TargetLoad target_load(double e1rm, const Effort& target, Formula formula);

}  // namespace proximity::load
