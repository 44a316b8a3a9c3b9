#include "core/load/estimate_words.hpp"

#include "core/common/number_text.hpp"

#include <cmath>

namespace proximity::load {

double shown_reps(double reps_to_failure) { return std::round(reps_to_failure * 10) / 10; }

void add_clipped_warning(std::vector<std::string>& warnings, const Band& band, Formula formula) {
    if (!band.clipped) return;
    warnings.push_back("The band stops at RIR " + number_text(band.rir_high) + ": " +
                       (formula == Formula::RpeChart ? std::string("the RPE chart") : std::string(formula_name(formula))) +
                       " is not defined further from failure.");
}

void add_below_failure_warning(std::vector<std::string>& warnings, const Effort& called, const RirCalibration& c) {
    if (called.rir + c.bias >= 0.0) return;
    warnings.push_back("Your calibration says you call RIR about " + number_text(-c.bias) +
                       (number_text(-c.bias) == "1" ? " rep" : " reps") +
                       " high, which would put this set below RIR 0; it is read as RIR 0.");
}

std::vector<std::string> calibration_warnings(const RirCalibration& c) {
    if (c.count >= 2) return {};
    return {"One failure test set gives a bias but no spread; the band keeps the default for your experience until "
            "you log a second."};
}

}  // namespace proximity::load
