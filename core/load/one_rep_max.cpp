#include "core/load/one_rep_max.hpp"

#include "core/common/input_error.hpp"

#include "core/common/number_text.hpp"

namespace proximity::load {

std::optional<double> one_rep_max(double load, double reps_to_failure, Formula formula) {
    auto fraction = fraction_of_one_rep_max(formula, reps_to_failure);
    if (!fraction) return std::nullopt;
    return load / *fraction;
}

std::vector<std::string> reliability_warnings(double reps_to_failure) {
    std::vector<std::string> warnings;
    if (reps_to_failure > kReliableRepsToFailure) {
        warnings.push_back("This set was " + number_text(reps_to_failure) +
                           " reps to failure (reps done + reps in reserve); above " + number_text(kReliableRepsToFailure) +
                           " the equations disagree widely, so "
                           "treat the estimate as rough (Reynolds et al. 2006).");
    }
    return warnings;
}

OneRepMaxEstimate estimate_one_rep_max(double load, const Effort& effort, Formula formula) {
    const double r = effort.reps_to_failure();
    OneRepMaxEstimate out;
    out.formula = formula;
    for (size_t i = 0; i < kAllFormulas.size(); ++i) out.by_formula[i] = one_rep_max(load, r, kAllFormulas[i]);
    auto chosen = one_rep_max(load, r, formula);
    if (!chosen) {
        std::string msg = std::string(formula_name(formula)) + " is not defined for " +
                          number_text(r) + " reps to failure";
        if (formula == Formula::RpeChart) msg += " (the RPE chart covers 1-16)";
        else msg += " (it would put the load under half the 1RM, where the equation no longer holds)";
        throw InputError("formula", msg);
    }
    out.e1rm = *chosen;
    out.warnings = reliability_warnings(r);
    return out;
}

}  // namespace proximity::load
