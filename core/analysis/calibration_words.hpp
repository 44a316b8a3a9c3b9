#pragma once
// The RIR calibration in the lifter's words (Progress and Today show these sentences).
#include "core/analysis/call_calibration.hpp"

#include <string>

namespace proximity::analysis {

// One sentence per class: what is known of its calls, from how many tests, and whether a test is due.
std::string class_words(CallClass c, const ClassCalibration& k);

// Why a test is proposed for the class: "Your isolation and machine work has no test yet."
std::string test_words(CallClass c, const ClassCalibration& k);

// "Your calls missed by about 1.4 reps over 12 sets; corrected, by about 0.8."
std::string backtest_words(const Backtest& b);

// The calculator's failure tests in words (fit_tests): bias, how many tests, scatter and band.
std::string tests_words(const load::RirCalibration& c, const CallPrior& prior);

// "Bands use +/-1 rep: never less than the 0.7 rep ..." for a band of +/- `misjudgement`.
std::string band_words(double misjudgement);

}  // namespace proximity::analysis
