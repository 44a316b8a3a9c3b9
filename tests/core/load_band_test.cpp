// Bands from RIR misjudgement, calibration of RIR calls, and which of them applies.
#include "core/analysis/call_calibration.hpp"
#include "core/load/rir_band.hpp"
#include "core/load/rir_calibration.hpp"
#include "core/load/rir_uncertainty.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace proximity::load {
namespace {

Effort effort(double reps, double rir) {
    Effort e;
    e.reps = reps;
    e.rir = rir;
    return e;
}

TEST(Band, OneRepMaxBandSpansRirPlusMinusN) {
    // 100 x 5 @ RIR 2 +/- 2 with Epley: 5 to 9 reps to failure.
    const Band b = one_rep_max_band(100, effort(5, 2), 2, 2, Formula::Epley);
    EXPECT_NEAR(b.low, 100 * (1 + 5 / 30.0), 1e-9);   // 116.67
    EXPECT_NEAR(b.high, 100 * (1 + 9 / 30.0), 1e-9);  // 130
    EXPECT_EQ(b.rir_low, 0);
    EXPECT_EQ(b.rir_high, 4);
    EXPECT_FALSE(b.clipped);
}

TEST(Band, LowerEndStopsAtRir0) {
    // A +/- 4 band at RIR 1: RIR 0 to 5, i.e. 6 to 11 reps to failure for 6 reps.
    const Band b = one_rep_max_band(80, effort(6, 1), 4, 4, Formula::Brzycki);
    EXPECT_EQ(b.rir_low, 0);
    EXPECT_EQ(b.rir_high, 5);
    EXPECT_NEAR(b.low, 80 * 36.0 / 31.0, 1e-9);
    EXPECT_NEAR(b.high, 80 * 36.0 / 26.0, 1e-9);
}

TEST(Band, ZeroMisjudgementIsThePointEstimate) {
    const Band b = one_rep_max_band(100, effort(5, 0), 0, 0, Formula::Lander);
    EXPECT_DOUBLE_EQ(b.low, b.high);
    EXPECT_NEAR(b.low, 113.7089, 1e-4);
}

TEST(Band, ClippedWhereTheFormulaStops) {
    // RPE chart at 10 reps @ RIR 4 +/- 4: the top (18) is past the chart's 16.
    const Band b = one_rep_max_band(100, effort(10, 4), 4, 4, Formula::RpeChart);
    EXPECT_TRUE(b.clipped);
    EXPECT_EQ(b.rir_high, 6);
    EXPECT_NEAR(b.high, 100 / 0.572, 1e-9);
    EXPECT_NEAR(b.low, 100 / 0.739, 1e-9);  // RIR 0: 10 reps to failure
}

TEST(Band, TargetLoadBandIsLighterForTheHigherRir) {
    // 5 @ RIR 2 from 150 with Epley, +/- 1: loads for 6 and 8 reps to failure.
    const Band b = target_load_band(150, effort(5, 2), 1, 1, Formula::Epley);
    EXPECT_NEAR(b.low, 150 / (1 + 8 / 30.0), 1e-9);   // 118.42
    EXPECT_NEAR(b.high, 150 / (1 + 6 / 30.0), 1e-9);  // 125
}

// The calculator's failure tests go through the log's model (analysis::fit_tests): the
// errors' mean pulled towards the prior (+0.95 rep, as much as 2 tests), the spread pooled
// with the prior's 1 rep the same way (docs/calibration.md).
RirCalibration fit(const std::vector<FailureTestSet>& sets) {
    return analysis::fit_tests(sets, analysis::call_prior(std::optional<Experience>{}));
}

TEST(Calibration, BiasAndSpreadByHand) {
    // Errors (actual - predicted): (12-8)-1 = 3, (9-6)-2 = 1, (13-10)-0 = 3: sum 7, squares 19.
    const auto c = fit({{8, 1, 12}, {6, 2, 9}, {10, 0, 13}});
    EXPECT_EQ(c.count, 3);
    EXPECT_NEAR(c.bias, (7 + 2 * 0.95) / 5, 1e-12);  // 1.78
    // Scatter about 1.78: 19 - 2 * 1.78 * 7 + 1.78^2 * 3 = 3.5852; with the prior's 2 x 1^2: sqrt(5.5852 / 5).
    ASSERT_TRUE(c.spread.has_value());
    EXPECT_NEAR(*c.spread, std::sqrt(5.5852 / 5), 1e-9);
    // Half-width 1.0569 * sqrt(1 + 1/3) = 1.22, rounded up to the half step: 1.5.
    EXPECT_EQ(calibrated_misjudgement(c), 1.5);
}

TEST(Calibration, OneSetHasABiasButNoSpread) {
    const auto c = fit({{5, 2, 9}});
    EXPECT_NEAR(c.bias, (2 + 2 * 0.95) / 3, 1e-12);  // actual RIR 4, called 2: error 2, pulled to 1.3
    EXPECT_FALSE(c.spread.has_value());
    EXPECT_FALSE(calibrated_misjudgement(c).has_value());
}

TEST(Calibration, PerfectCallsStillKeepTheRetestNoise) {
    const auto c = fit({{5, 2, 7}, {8, 1, 9}, {3, 0, 3}});
    EXPECT_NEAR(c.bias, 1.9 / 5, 1e-12);  // three exact calls still share the prior's pull
    // However exact the calls, no band is narrower than the 0.7 rep reps to failure vary by.
    EXPECT_EQ(calibrated_misjudgement(RirCalibration{0, 0.0, 50}), kRetestNoiseReps);
}

TEST(Calibration, NegativeBiasForALifterWhoCallsHigh) {
    // Called RIR 3 and 4, failed 1 and 2 reps later: errors -2, -2, pulled to (-4 + 1.9) / 4.
    const auto c = fit({{6, 3, 7}, {5, 4, 7}});
    EXPECT_NEAR(c.bias, -0.525, 1e-12);
    // Six such tests leave the prior behind: (-12 + 1.9) / 8.
    EXPECT_NEAR(fit({{6, 3, 7}, {5, 4, 7}, {6, 3, 7}, {5, 4, 7}, {6, 3, 7}, {5, 4, 7}}).bias, -10.1 / 8, 1e-12);
}

TEST(Calibration, ABeginnersPriorIsWiderNotShifted) {
    const auto c = analysis::fit_tests({{8, 1, 12}, {6, 2, 9}}, analysis::call_prior(Experience::Beginner));
    EXPECT_NEAR(c.bias, (4 + 1.9) / 4, 1e-12);
    EXPECT_GT(*c.spread, *fit({{8, 1, 12}, {6, 2, 9}}).spread);
}

TEST(Calibration, CorrectedEffortAddsTheBiasButNotBelowZero) {
    EXPECT_EQ(corrected_effort(effort(5, 1), 2.5).rir, 3.5);
    EXPECT_EQ(corrected_effort(effort(5, 1), -2).rir, 0);
    EXPECT_EQ(corrected_effort(effort(5, 1), -2).reps, 5);
}

TEST(Uncertainty, NothingGivenMeansNoBand) { EXPECT_FALSE(resolve_uncertainty({}).has_value()); }

TEST(Uncertainty, ExperienceDefaults) {
    EXPECT_EQ(default_misjudgement(Experience::Beginner), 4);
    EXPECT_EQ(default_misjudgement(Experience::Intermediate), 2);
    EXPECT_EQ(default_misjudgement(Experience::Advanced), 1.5);
    UncertaintyRequest r;
    r.experience = Experience::Beginner;
    const auto u = resolve_uncertainty(r);
    EXPECT_EQ(u->misjudgement, 4);
    EXPECT_EQ(u->bias, 0);
    EXPECT_EQ(u->basis, UncertaintyBasis::Experience);
}

TEST(Uncertainty, GivenBeatsCalibrationBeatsExperience) {
    UncertaintyRequest r;
    r.experience = Experience::Beginner;
    r.calibration = fit({{8, 1, 12}, {6, 2, 9}, {10, 0, 13}});
    auto u = resolve_uncertainty(r);
    EXPECT_EQ(u->basis, UncertaintyBasis::Calibration);
    EXPECT_EQ(u->misjudgement, 1.5);
    EXPECT_NEAR(u->bias, 1.78, 1e-12);
    r.misjudgement = 3;
    u = resolve_uncertainty(r);
    EXPECT_EQ(u->basis, UncertaintyBasis::Given);
    EXPECT_EQ(u->misjudgement, 3);
    EXPECT_NEAR(u->bias, 1.78, 1e-12);  // the bias still applies
}

TEST(Uncertainty, OneSetCalibrationKeepsTheExperienceWidth) {
    UncertaintyRequest r;
    r.calibration = fit({{5, 2, 9}});
    auto u = resolve_uncertainty(r);
    EXPECT_EQ(u->basis, UncertaintyBasis::Experience);
    EXPECT_EQ(u->misjudgement, 2);  // intermediate when the experience is unknown
    EXPECT_NEAR(u->bias, 1.3, 1e-12);
    r.experience = Experience::Advanced;
    EXPECT_EQ(resolve_uncertainty(r)->misjudgement, 1.5);
}

TEST(Uncertainty, ExperienceNames) {
    EXPECT_EQ(experience_from_name("advanced"), Experience::Advanced);
    EXPECT_FALSE(experience_from_name("elite").has_value());
    EXPECT_EQ(experience_names_list(), "beginner, intermediate, advanced");
}

}  // namespace
}  // namespace proximity::load
