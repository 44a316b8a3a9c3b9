#pragma once
// Estimated one-rep max (e1RM) from a set: load x reps at an RIR/RPE.
#include "core/load/effort.hpp"
#include "core/load/formula.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace proximity::load {

struct OneRepMaxEstimate {
    Formula formula = kDefaultFormula;
    double e1rm = 0;
    // Indexed like kAllFormulas; nullopt where that formula is undefined for the set.
    std::array<std::optional<double>, kAllFormulas.size()> by_formula{};
    std::vector<std::string> warnings;
};

// Throws InputError("formula") when the chosen formula is undefined for this set.
OneRepMaxEstimate estimate_one_rep_max(double load, const Effort& effort, Formula formula);

// Plain e1RM with one formula (nullopt where undefined); used by bands and tables.
std::optional<double> one_rep_max(double load, double reps_to_failure, Formula formula);

// Warnings every estimate from this many reps to failure carries.
std::vector<std::string> reliability_warnings(double reps_to_failure);

}  // namespace proximity::load
