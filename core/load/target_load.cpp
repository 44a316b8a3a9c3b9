#include "core/load/target_load.hpp"

#include "core/common/input_error.hpp"
#include "core/load/one_rep_max.hpp"

#include "core/common/number_text.hpp"

namespace proximity::load {

TargetLoad target_load(double e1rm, const Effort& target, Formula formula) {
    const double r = target.reps_to_failure();
    auto fraction = fraction_of_one_rep_max(formula, r);
    if (!fraction) {
        throw InputError("formula", std::string(formula_name(formula)) + " is not defined for " +
                                        number_text(r) + " reps to failure");
    }
    TargetLoad out;
    out.load = e1rm * *fraction;
    out.percent = *fraction * 100.0;
    out.warnings = reliability_warnings(r);
    return out;
}

}  // namespace proximity::load
