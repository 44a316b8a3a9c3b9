#pragma once
// How a lifter's RIR calls compare with the truth, as the load estimates take it. A
// failure test set records the reps done when the lifter called their RIR, the call, and
// the reps they then reached by continuing to failure; the true RIR is failure reps - reps.
// The one model that learns a bias (positive: they stop further from failure than they
// think, the common case per Halperin et al. 2022 and seed 001) and a spread from such sets
// is core/analysis/call_calibration (fit_tests for the calculator's sets, fit_calls for
// the log's); a RirCalibration is its answer.
#include "core/load/effort.hpp"

#include <optional>
#include <vector>

namespace proximity::load {

// The reps a calibration set reached when continued to failure.
constexpr Limit kFailureRepsLimit{1, kRepsLimit.max + kRirLimit.max, 1,
                                  "the most reps a set is called at, plus the whole RIR scale"};
// A calibration's bias and spread, as the calculator and the failure advisor take them.
constexpr Limit kCalibrationBiasLimit{-kRirLimit.max, kRirLimit.max, 0,
                                      "the mean miss of the lifter's RIR calls, in reps: at most the whole RIR scale"};
constexpr Limit kCalibrationSpreadLimit{0, kRirLimit.max, 0,
                                        "how far the lifter's RIR calls scatter, in reps: at most the whole RIR scale"};

// No band is narrower than this: reps to failure vary by about 0.7 rep from one test to
// the next at 90% 1RM (1.1 at 70%; retest studies cited in docs/calibration.md), so no
// calibration can know a call better.
constexpr double kRetestNoiseReps = 0.7;

struct FailureTestSet {
    int reps = 0;              // reps done when the RIR was called
    double predicted_rir = 0;  // the call
    int failure_reps = 0;      // total reps reached when continued to failure (>= reps)
    double actual_rir() const { return failure_reps - reps; }
    double error() const { return actual_rir() - predicted_rir; }  // + = under-called
};

struct RirCalibration {
    double bias = 0;               // the model's bias, reps
    std::optional<double> spread;  // the model's spread; from 2+ sets
    int count = 0;
};

// +/- reps of misjudgement left after the bias is corrected: the half-width of a
// one-SD prediction interval for the next call, spread * sqrt(1 + 1/n) (the error of
// a new set plus the uncertainty of the estimated bias), rounded up to the RIR scale's
// half step and never below kRetestNoiseReps. nullopt with fewer than 2 sets (no spread yet).
std::optional<double> calibrated_misjudgement(const RirCalibration& c);

// The RIR the lifter most likely had: call + bias, never below 0.
Effort corrected_effort(const Effort& called, double bias);

}  // namespace proximity::load
