#pragma once
// How far this lifter's RIR calls miss, learnt from the log, per movement class: the one
// calibration model every number reads (docs/calibration.md has the prior, the weights and
// their sources).
//
// - Observations: a failure test (RIR called at `reps`, then continued to `failureReps`:
//   exact), and an inference: a working set with a called RIR followed, in the same exercise
//   entry, by a set taken to failure at the same load. The second set's reps plus
//   kInferredRepLoss (the reps the set between them cost, a modelling choice) are taken as
//   the first set's reps to failure. That guess is uncertain by kInferredSd reps, so an
//   inference weighs kInferredWeight of a test, adds its uncertainty to the spread, and is
//   never the truth a backtest is scored on (the rule that made it would be scoring itself).
// - Classes: compound free-weight lifts, and isolation or machine/cable work (Hackett et al.
//   2017 found calls differ by exercise).
// - Estimate: a recency-weighted mean error (weight halves every kHalfLifeDays), shrunk
//   towards the lifter's overall bias for a class (kClassShrinkTests tests' worth) and the
//   overall bias towards the published prior (kPriorTests tests' worth; Halperin et al.
//   2022: reps to failure under-predicted by 0.95 rep). With no observation at all the
//   calls are used as made: the prior is what the model reports and the band's width, never
//   a correction of the lifter's own numbers.
#include "core/analysis/exercise_info.hpp"
#include "core/history/history.hpp"
#include "core/load/effort.hpp"
#include "core/load/rir_calibration.hpp"
#include "core/load/rir_misjudgement.hpp"
#include "core/policy/set_context.hpp"

#include <array>
#include <optional>
#include <vector>

namespace proximity::analysis {

enum class CallClass { Compound, IsolationMachine };  // ids "compound", "isolationMachine"
constexpr size_t kCallClassCount = 2;
const char* call_class_id(CallClass c);
const char* call_class_words(CallClass c);  // "compound lifts", "isolation and machine work"
CallClass call_class_of(exercise::MovementClass movement, exercise::Equipment kind);
inline CallClass call_class_of(const ExerciseInfo& info) { return call_class_of(info.movement_class, info.kind); }

constexpr double kHalfLifeDays = 180;       // a test half a year old counts half
constexpr double kStaleDays = 120;          // no observation for four months: stale
constexpr double kPriorTests = 2;           // the prior weighs as much as two tests
constexpr double kClassShrinkTests = 2;     // a class is pulled to the lifter's bias as two tests
constexpr double kInferredRepLoss = 1;      // reps a working set costs the next one at the same load
// How far an inference may be from the true reps to failure, reps (docs/calibration.md):
// reps to failure vary by 1.1 rep from one set to the next at working loads (~70 % 1RM,
// retest studies) and the rep loss between the sets is a guess of 1 +/- 1 rep (modelling
// choice); together sqrt(1.1^2 + 1^2) = 1.49, rounded to 1.5.
constexpr double kInferredSd = 1.5;
// A test's miss varies by the call scatter alone (the prior's 1 rep, Refalo et al. 2023),
// an inference's by that and kInferredSd: weighted by the inverse of those variances an
// inference counts 1 / (1 + 1.5^2) = 0.31 of a test.
constexpr double kCallScatterSd = 1.0;
constexpr double kInferredWeight = kCallScatterSd * kCallScatterSd /
                                   (kCallScatterSd * kCallScatterSd + kInferredSd * kInferredSd);
constexpr double kCertainTests = 3;         // below this effective weight a class is uncertain
constexpr double kCertainSpread = 1.5;      // a spread above this (reps) is uncertain too
// A class learnt from inferences alone stays uncertain: only a test checks it.

struct CallPrior {
    double bias = 0.95;             // Halperin et al. 2022
    double spread = kCallScatterSd; // Refalo et al. 2023: signed error SD 1.00 rep
};
// Beginners get a wider spread (seed 001: calls of RIR 1 at a true 4-5), not a larger
// bias: Hackett et al. 2017 found no effect of experience on accuracy.
CallPrior call_prior(policy::LifterStatus status);
CallPrior call_prior(std::optional<load::Experience> experience);  // the calculator's experience

struct CallObservation {
    int day = 0;
    CallClass call_class = CallClass::Compound;
    double called = 0;  // RIR called
    double actual = 0;  // true RIR (exact for a test, inferred otherwise)
    bool inferred = false;
    double error() const { return actual - called; }  // + : more in reserve than called
};

// Every observation of the history, in date order.
std::vector<CallObservation> call_observations(const history::History& history,
                                               const exercise::ExerciseLibrary& library);

enum class CallBasis { Prior, Saved, Log };  // ids "prior", "saved", "log"
const char* call_basis_id(CallBasis b);

struct ClassCalibration {
    double bias = 0;    // estimate, reps (+ : the lifter has more in reserve than called)
    double spread = 0;  // SD of a call's miss around the bias, reps
    int tests = 0, inferred = 0;
    double weight = 0;  // effective observations after recency and inference weights
    std::optional<int> last_day;
    bool stale = false, uncertain = true;
    CallBasis basis = CallBasis::Prior;
    // The correction every number applies: none without the lifter's own evidence.
    double applied_bias() const { return basis == CallBasis::Prior ? 0.0 : bias; }
    // A saved calibration has no date: it asks for a test only while uncertain.
    bool needs_test() const { return basis == CallBasis::Prior || (basis == CallBasis::Log && stale) || uncertain; }
};

struct CallCalibration {
    CallPrior prior;
    ClassCalibration overall;
    std::array<ClassCalibration, kCallClassCount> classes{};
    const ClassCalibration& of(CallClass c) const { return classes[static_cast<size_t>(c)]; }
    std::array<double, kCallClassCount> applied_biases() const;
};

// The model over the first `count` observations, as of `today` (a day number). `saved`: the
// lifter's saved calibration, used for every class when the log has no observation.
CallCalibration fit_calls(const std::vector<CallObservation>& observations, size_t count, int today,
                          const CallPrior& prior, const std::optional<load::RirCalibration>& saved = std::nullopt);

// The calculator's failure tests (no date, no exercise), fitted by the same model as the
// log's: the lifter's overall bias and spread, pulled towards `prior` as the log's are. The
// spread is given from two tests on (with one it is mostly the prior's).
load::RirCalibration fit_tests(const std::vector<load::FailureTestSet>& sets, const CallPrior& prior);

// The corrected effort of a set: the call plus the class's applied bias (load::corrected_effort).
load::Effort corrected_call(const load::Effort& called, const CallCalibration& model, CallClass c);

struct ErrorSummary {
    int n = 0;
    double mae = 0;                 // mean absolute error, reps
    std::optional<double> low, high;  // its 95% interval (normal approximation); n >= 2
};

struct Backtest {
    ErrorSummary raw, calibrated;  // over the failure tests
    int inferred = 0;              // inferences left unscored
};

// Each failure test predicted from what was logged on earlier days: once with the call as
// made, once corrected by the model fitted on the earlier observations (tests and
// inferences) as of its day. Inferences are never scored: their truth is the model's own
// rule, so scoring them would check the rule against itself.
Backtest backtest_calls(const std::vector<CallObservation>& observations, const CallPrior& prior);

struct CalibrationPoint {
    int day = 0;
    double error = 0;          // this observation's miss (true - called RIR)
    ClassCalibration overall;  // the lifter's bias with it and every earlier one
};

// After each observation, the lifter's overall calibration: are the calls getting better?
std::vector<CalibrationPoint> calibration_trend(const std::vector<CallObservation>& observations,
                                                const CallPrior& prior);

}  // namespace proximity::analysis
