#include "core/analysis/calibration_words.hpp"

#include "core/analysis/calendar_day.hpp"
#include "core/common/number_text.hpp"
#include "core/policy/felt_target.hpp"

#include <cmath>

namespace proximity::analysis {

namespace {

// Reps to the nearest half, in words: "about 1 rep", "about 2.5 reps"; under a quarter
// rep "less than half a rep", never "about 0 reps".
std::string reps_words(double reps) {
    const double r = std::round(std::fabs(reps) * 2) / 2;
    if (r == 0) return "less than half a rep";
    return "about " + number_text(r, 1) + (r == 1 ? " rep" : " reps");
}

// How far each call scatters around the bias. Below the retest noise of reps to failure the
// number says more than a test can know, so it is said as that.
std::string spread_words(double spread) {
    return spread < load::kRetestNoiseReps ? "your calls scatter less than reps to failure vary from one test to the next (" +
                                                 number_text(load::kRetestNoiseReps, 1) + " rep)"
                                           : "each call scatters by " + reps_words(spread);
}

std::string scatter_words(const ClassCalibration& k) {
    std::string s = spread_words(k.spread);
    if (k.inferred)
        s += " (a set followed by one to failure tells its reps to failure only within about " +
             number_text(kInferredSd, 1) + ")";
    return s;
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
        const std::string followed = std::to_string(k.inferred) + (k.inferred == 1 ? " set" : " sets") + " followed by one to failure";
        if (k.tests == 0) s += ", from " + followed;
        else s += ", from " + std::to_string(k.tests) + (k.tests == 1 ? " test" : " tests") + (k.inferred ? " and " + followed : "");
        s += ", last on " + date_text(*k.last_day) + "; " + scatter_words(k) + ".";
    }
    if (k.stale && n > 0) s += " The last test is over four months old: time for a new one.";
    else if (k.basis == CallBasis::Log && k.tests == 0) s += " One failure test will check it.";
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
    const std::string followed = std::to_string(b.inferred) + (b.inferred == 1 ? " set" : " sets") + " followed by one to failure";
    if (b.raw.n == 0)
        return b.inferred ? "No failure test yet: your " + followed + (b.inferred == 1 ? " teaches" : " teach") +
                                " the correction, but only a test can check how well it works."
                          : "No failure test yet, so how well the correction works cannot be checked.";
    std::string s = "Over " + std::to_string(b.raw.n) + (b.raw.n == 1 ? " failure test" : " failure tests") +
                    ", your calls missed by " + reps_words(b.raw.mae) +
                    "; corrected with what was logged before each, by " + reps_words(b.calibrated.mae) + ".";
    if (b.raw.n < 5) s += " Too few tests to be sure.";
    if (b.inferred)
        s += " Your " + followed + (b.inferred == 1 ? " is not scored: its reps to failure are" : " are not scored: their reps to failure are") +
             " the model's own guess.";
    return s;
}

std::string band_words(double misjudgement) {
    return "The e1RM bands on this page allow for calls off by " + number_text(misjudgement, 1) +
           (misjudgement == 1 ? " rep" : " reps") + " either way, never less than the " + number_text(load::kRetestNoiseReps, 1) +
           " rep by which reps to failure vary from one test to the next.";
}

std::string tests_words(const load::RirCalibration& c, const CallPrior& prior) {
    const std::string bias = policy::bias_words(c.bias);
    std::string s = capitalised(bias.empty() ? "your calls are on target (within half a rep)" : bias) + ", from " +
                    std::to_string(c.count) + (c.count == 1 ? " test" : " tests") +
                    " weighed against the average lifter (" + number_text(prior.bias, 2) +
                    " rep more in reserve than called, Halperin et al. 2022), as Progress and Today learn from your log";
    const std::optional<double> band = load::calibrated_misjudgement(c);
    if (!c.spread || !band)
        return s + ". A second test shows how far your calls scatter; until then estimates keep the band for your experience.";
    return s + "; " + spread_words(*c.spread) + ", so estimates allow for calls off by " + number_text(*band, 1) +
           (*band == 1 ? " rep." : " reps.");
}

}  // namespace proximity::analysis
