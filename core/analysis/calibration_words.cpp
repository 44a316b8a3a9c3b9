#include "core/analysis/calibration_words.hpp"

#include "core/analysis/calendar_day.hpp"
#include "core/common/number_text.hpp"
#include "core/policy/felt_target.hpp"

#include <cmath>

namespace proximity::analysis {

namespace {

// Reps to the nearest half, in words: "about 1 rep", "about 2.5 reps".
std::string reps_words(double reps) {
    const double r = std::round(std::fabs(reps) * 2) / 2;
    return "about " + number_text(r, 1) + (r == 1 ? " rep" : " reps");
}

std::string capitalised(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

}  // namespace

std::string class_words(CallClass c, const ClassCalibration& k) {
    const std::string what = capitalised(call_class_words(c)) + ": ";
    if (k.basis == CallBasis::Prior)
        return what + "no test yet. On average lifters have " + reps_words(k.bias) +
               " more in reserve than they call (Halperin et al. 2022); your own numbers are used as you call them "
               "until a test shows your miss.";
    const int n = k.tests + k.inferred;
    std::string s = what;
    const std::string bias = policy::bias_words(k.bias);
    s += bias.empty() ? "your calls are on target (within half a rep)" : bias;
    if (k.basis == CallBasis::Saved) {
        s += ", from the calibration saved in your profile.";
    } else if (n == 0) {
        s += ", taken from your other lifts: none of these has been tested.";
    } else {
        s += ", from " + std::to_string(k.tests) + (k.tests == 1 ? " test" : " tests");
        if (k.inferred) s += " and " + std::to_string(k.inferred) + (k.inferred == 1 ? " set" : " sets") + " followed by one to failure";
        s += ", last on " + date_text(*k.last_day) + "; each call scatters by " + reps_words(k.spread) + ".";
    }
    if (k.stale && n > 0) s += " The last test is over four months old: time for a new one.";
    else if (k.uncertain) s += " A few more tests will make it surer.";
    return s;
}

std::string test_words(CallClass c, const ClassCalibration& k) {
    std::string why = k.basis == CallBasis::Prior ? "none of your " + std::string(call_class_words(c)) + " has been tested"
                      : k.stale && k.basis == CallBasis::Log ? "the last test of your " + std::string(call_class_words(c)) + " is over four months old"
                                : "one more test makes your " + std::string(call_class_words(c)) + " calibration surer";
    return "Test your calls on this set (" + why +
           "): at the target reps call your RIR, then carry on to failure and enter the reps you reached.";
}

std::string backtest_words(const Backtest& b) {
    if (b.raw.n == 0) return "No set has known reps to failure yet, so how well the correction works cannot be checked.";
    std::string s = "Over " + std::to_string(b.raw.n) + (b.raw.n == 1 ? " set" : " sets") +
                    " whose reps to failure are known, your calls missed by " + reps_words(b.raw.mae) +
                    "; corrected with what was logged before each, by " + reps_words(b.calibrated.mae) + ".";
    if (b.raw.n < 5) s += " Too few sets to be sure.";
    return s;
}

std::string band_words(double misjudgement) {
    return "The e1RM bands on this page allow for calls off by " + number_text(misjudgement, 1) +
           " reps either way, never less than the " + number_text(load::kRetestNoiseReps, 1) +
           " rep by which reps to failure vary from one test to the next.";
}

}  // namespace proximity::analysis
