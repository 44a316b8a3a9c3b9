// The RIR calibration model (core/analysis/call_calibration): recovery of a known bias per
// class with shrinkage, recency and staleness, the corrected counts it feeds, the backtest,
// and the test proposals of today's session (core/session). docs/calibration.md has the model.
#include "core/analysis/call_calibration.hpp"
#include "core/analysis/calendar_day.hpp"
#include "core/analysis/calibration_words.hpp"
#include "core/analysis/history_analysis.hpp"
#include "core/json/history_reader.hpp"
#include "core/json/plan_reader.hpp"
#include "core/session/prepare_session.hpp"

#include "support/builtins.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace proximity::analysis {
namespace {

using nlohmann::json;

using testing::library;
using testing::rules;

CallObservation test_of(int day, CallClass c, double called, double actual) {
    return CallObservation{day, c, called, actual, false};
}

// A lifter whose calls run 2 reps high: called RIR 2, truly 4.
std::vector<CallObservation> biased(int tests, CallClass c, int first_day = 1000, int every = 7) {
    std::vector<CallObservation> out;
    for (int i = 0; i < tests; ++i) out.push_back(test_of(first_day + i * every, c, 2, 4));
    return out;
}

TEST(CallCalibration, RecoversABiasOfTwoWithinHalfARepAfterSixTests) {
    const auto obs = biased(6, CallClass::IsolationMachine);
    const CallCalibration m = fit_calls(obs, obs.size(), obs.back().day, call_prior(policy::LifterStatus::Intermediate));
    EXPECT_NEAR(m.of(CallClass::IsolationMachine).bias, 2, 0.5);
    EXPECT_EQ(m.of(CallClass::IsolationMachine).tests, 6);
    EXPECT_FALSE(m.of(CallClass::IsolationMachine).needs_test());
    // The untested class borrows the lifter's overall bias (shrunk towards the prior), flagged as untested.
    EXPECT_DOUBLE_EQ(m.of(CallClass::Compound).bias, m.overall.bias);
    EXPECT_EQ(m.of(CallClass::Compound).tests, 0);
    EXPECT_TRUE(m.of(CallClass::Compound).needs_test());
    EXPECT_GT(m.of(CallClass::IsolationMachine).bias, m.overall.bias);  // its own tests pull it further
}

TEST(CallCalibration, OneTestIsShrunkTowardsThePriorAndTheLifter) {
    const CallPrior prior = call_prior(policy::LifterStatus::Intermediate);
    std::vector<CallObservation> obs = biased(5, CallClass::IsolationMachine);
    obs.push_back(test_of(obs.back().day + 1, CallClass::Compound, 2, 2));  // one compound test on target
    const CallCalibration m = fit_calls(obs, obs.size(), obs.back().day, prior);
    const double compound = m.of(CallClass::Compound).bias;
    // Between its single observation (0) and the lifter's overall bias.
    EXPECT_GT(compound, 0);
    EXPECT_LT(compound, m.overall.bias);
    EXPECT_TRUE(m.of(CallClass::Compound).uncertain);
}

TEST(CallCalibration, NoObservationUsesTheCallsAsMade) {
    const CallCalibration m = fit_calls({}, 0, 0, call_prior(policy::LifterStatus::Beginner));
    EXPECT_DOUBLE_EQ(m.overall.bias, 0.95);  // Halperin et al. 2022, reported
    EXPECT_DOUBLE_EQ(m.overall.spread, 2.0);  // wider for beginners (seed 001)
    EXPECT_DOUBLE_EQ(m.overall.applied_bias(), 0);
    EXPECT_DOUBLE_EQ(corrected_call({5, 2}, m, CallClass::Compound).rir, 2);
    EXPECT_TRUE(m.of(CallClass::IsolationMachine).needs_test());
}

TEST(CallCalibration, OldTestsWeighLessAndGoStale) {
    const CallPrior prior = call_prior(policy::LifterStatus::Intermediate);
    std::vector<CallObservation> obs = biased(6, CallClass::IsolationMachine, 1000);
    obs.push_back(test_of(1000 + 360, CallClass::IsolationMachine, 2, 2));  // a year on, on target
    const CallCalibration now = fit_calls(obs, obs.size(), 1360, prior);
    const CallCalibration equal_weights = fit_calls(obs, obs.size(), 1360 + 100000, prior);  // all old alike
    EXPECT_LT(now.of(CallClass::IsolationMachine).bias, 2);
    EXPECT_GT(now.of(CallClass::IsolationMachine).bias, 0.5);
    EXPECT_FALSE(now.of(CallClass::IsolationMachine).stale);
    EXPECT_TRUE(equal_weights.of(CallClass::IsolationMachine).stale);
    EXPECT_TRUE(equal_weights.of(CallClass::IsolationMachine).needs_test());
}

TEST(CallCalibration, BacktestOnAKnownBiasImprovesOnTheRawCalls) {
    const Backtest b = backtest_calls(biased(10, CallClass::IsolationMachine), call_prior(policy::LifterStatus::Intermediate));
    EXPECT_EQ(b.raw.n, 10);
    EXPECT_DOUBLE_EQ(b.raw.mae, 2);
    EXPECT_LT(b.calibrated.mae, 0.7);
    ASSERT_TRUE(b.calibrated.high.has_value());
    EXPECT_LT(*b.calibrated.high, *b.raw.low + 1e-12);
}

history::History history_of(const json& workouts) {
    return history::read_history(json{{"version", 1}, {"workouts", workouts}}, library());
}

json kg(double load, int reps, const json& extra) {
    json s = {{"load", load}, {"unit", "kg"}, {"reps", reps}};
    s.update(extra);
    return s;
}

TEST(CallCalibration, TheCalculatorsTestsGoThroughTheSameModel) {
    // The calculator panel's sets (no date, no exercise) and the same tests logged on one day:
    // one model, one answer.
    const std::vector<load::FailureTestSet> sets = {{8, 1, 12}, {6, 2, 9}, {10, 0, 13}};
    std::vector<CallObservation> obs;
    for (const auto& t : sets) obs.push_back(test_of(500, CallClass::Compound, t.predicted_rir, t.actual_rir()));
    for (const policy::LifterStatus status : {policy::LifterStatus::Beginner, policy::LifterStatus::Advanced}) {
        const CallPrior prior = call_prior(status);
        const load::RirCalibration panel = fit_tests(sets, prior);
        const ClassCalibration log = fit_calls(obs, obs.size(), 500, prior).overall;
        EXPECT_DOUBLE_EQ(panel.bias, log.bias);
        EXPECT_DOUBLE_EQ(*panel.spread, log.spread);
        EXPECT_EQ(panel.count, 3);
    }
    EXPECT_FALSE(fit_tests({{5, 2, 9}}, {}).spread.has_value());  // one test: mostly the prior's spread, not given
}

TEST(CallCalibration, AnInferenceIsUncertainWidensTheSpreadAndIsNeverScored) {
    const CallPrior prior = call_prior(policy::LifterStatus::Intermediate);
    // Forty identical inferences (called 2, inferred 1): deterministic, as a log of equal sets gives them.
    std::vector<CallObservation> obs;
    for (int i = 0; i < 40; ++i) obs.push_back({1000 + 7 * i, CallClass::Compound, 2, 1, true});
    const CallCalibration m = fit_calls(obs, obs.size(), obs.back().day, prior);
    const ClassCalibration& c = m.of(CallClass::Compound);
    EXPECT_NEAR(kInferredWeight, 1 / (1 + 1.5 * 1.5), 1e-12);  // 0.31 of a test
    EXPECT_LT(c.bias, 0);
    EXPECT_GT(c.spread, 1.4);  // never "scatters by about 0 reps": each is known within 1.5 reps
    EXPECT_TRUE(c.uncertain);  // only a test checks it
    EXPECT_TRUE(c.needs_test());
    // The backtest scores tests only: the inferences' truth is the model's own rule.
    const Backtest none = backtest_calls(obs, prior);
    EXPECT_EQ(none.raw.n, 0);
    EXPECT_EQ(none.inferred, 40);
    obs.push_back(test_of(obs.back().day + 7, CallClass::Compound, 2, 3));
    const Backtest one = backtest_calls(obs, prior);
    EXPECT_EQ(one.raw.n, 1);
    EXPECT_DOUBLE_EQ(one.raw.mae, 1);
    // Predicted from the 40 inferences before it (bias about -0.9): 2 - 0.9 = 1.1 vs the true 3.
    EXPECT_NEAR(one.calibrated.mae, 3 - (2 + m.of(CallClass::Compound).bias), 0.05);
}

// A realistic year: three exercises twice a week, working sets of 10 called RIR 2, and now and
// then a last set taken to failure at the same load that also reached 10 (so every inference
// says the same thing), with `tests` failure tests on the leg extension spread over the year.
json realistic_year(int tests) {
    json workouts = json::array();
    for (int w = 0; w < 100; ++w) {
        const std::string start = date_text(day_number("2025-01-06") + (w * 365) / 100) + "T18:00:00";
        json exercises = json::array();
        for (const char* id : {"back-squat", "bench-press", "leg-extension"}) {
            json sets = json::array({kg(60, 10, {{"rir", 2}}), kg(60, 10, {{"rir", 2}}), kg(60, 10, {{"rir", 2}})});
            if (w % 5 == 0) sets.push_back(kg(60, 10, {{"failure", true}}));
            if (std::string(id) == "leg-extension" && tests > 0 && w % (100 / tests) == 3)
                sets.push_back(kg(60, 10, {{"rir", 2}, {"failureReps", 13}}));
            exercises.push_back({{"exercise", id}, {"sets", sets}});
        }
        workouts.push_back({{"start", start}, {"exercises", exercises}});
    }
    return workouts;
}

TEST(CallCalibration, ARealisticYearNeverSaysAboutZeroReps) {
    for (int tests : {0, 10}) {
        const HistoryAnalysis a = analyze_history(history_of(realistic_year(tests)), library(), rules(), {});
        EXPECT_EQ(a.backtest.inferred, 60);  // 20 sessions x 3 exercises with a set to failure
        EXPECT_EQ(a.backtest.raw.n, tests);
        for (size_t k = 0; k < kCallClassCount; ++k) {
            const std::string words = class_words(static_cast<CallClass>(k), a.calls_model.classes[k]);
            EXPECT_EQ(words.find("about 0 rep"), std::string::npos) << words;
            EXPECT_GE(a.calls_model.classes[k].spread, load::kRetestNoiseReps) << words;
        }
        const std::string backtest = backtest_words(a.backtest);
        EXPECT_EQ(backtest.find("about 0 rep"), std::string::npos) << backtest;
        if (tests == 0) {
            EXPECT_NE(backtest.find("only a test can check"), std::string::npos) << backtest;
            EXPECT_TRUE(a.calls_model.of(CallClass::Compound).needs_test());
        } else {
            // Ten tests of 3 reps left when 2 were called: the raw calls miss by exactly 1 each time.
            EXPECT_DOUBLE_EQ(a.backtest.raw.mae, 1);
            EXPECT_EQ(a.backtest.calibrated.n, 10);
            EXPECT_NE(backtest.find("not scored"), std::string::npos) << backtest;
        }
    }
}

TEST(CallCalibration, WeeklyHardSetsDropForALifterWhoseCallsRunHigh) {
    json untested = json::array(), tested = json::array();
    for (int w = 0; w < 6; ++w) {
        const std::string start = date_text(day_number("2024-10-07") + 7 * w) + "T18:00:00";
        const json squat = {{"exercise", "back-squat"}, {"sets", json::array({kg(100, 5, {{"rir", 2}}), kg(100, 5, {{"rir", 2}})})}};
        untested.push_back({{"start", start}, {"exercises", json::array({squat})}});
        const json test = {{"exercise", "leg-extension"}, {"sets", json::array({kg(50, 12, {{"rir", 2}, {"failureReps", 16}})})}};
        tested.push_back({{"start", start}, {"exercises", json::array({squat, test})}});
    }
    const HistoryAnalysis before = analyze_history(history_of(untested), library(), rules(), {});
    const HistoryAnalysis after = analyze_history(history_of(tested), library(), rules(), {});
    const exercise::Muscle quads = *exercise::muscle_from_id("quads");
    for (size_t w = 0; w < 6; ++w) {
        EXPECT_DOUBLE_EQ(before.weeks.weeks[w].hard_sets[quads], 2);
        EXPECT_DOUBLE_EQ(after.weeks.weeks[w].hard_sets[quads], 1);  // only the test: the squats read as RIR 3.7
    }
}

plan::Plan plan_of(const json& weeks) {
    return plan::read_plan(json{{"version", 1}, {"weeks", weeks}}, library());
}

json legs_session() {
    return {{"name", "Legs"},
            {"exercises", json::array({{{"exercise", "back-squat"}, {"sets", json::array({{{"reps", 8}, {"rir", 2}}, {{"reps", 8}, {"rir", 2}}})}},
                                       {{"exercise", "leg-extension"}, {"sets", json::array({{{"reps", 12}, {"rir", 1}}, {{"reps", 12}, {"rir", 1}}})}},
                                       {{"exercise", "leg-curl"}, {"sets", json::array({{{"reps", 12}, {"rir", 1}}})}}})}};
}

std::vector<std::string> proposals(const session::PreparedSession& s) {
    std::vector<std::string> out;
    for (const auto& x : s.exercises)
        for (const auto& set : x.sets)
            if (!set.calibration_test.empty()) out.push_back(x.exercise + " " + std::to_string(set.working_index));
    return out;
}

TEST(CallCalibration, TodayProposesOneSafeTestForEveryStatusNeverOnASquatOrInADeload) {
    const plan::Plan p = plan_of(json::array({{{"label", "Week 1"}, {"sessions", json::array({legs_session()})}},
                                              {{"label", "Deload"}, {"phase", "deload"}, {"sessions", json::array({legs_session()})}}}));
    for (policy::LifterStatus status : {policy::LifterStatus::Beginner, policy::LifterStatus::Intermediate,
                                        policy::LifterStatus::Advanced}) {
        profile::Profile lifter;
        lifter.status = status;
        const auto normal = session::prepare_session(p, 0, 0, lifter, nullptr, library(), rules());
        EXPECT_EQ(proposals(normal), std::vector<std::string>{"leg-extension 2"});  // the last set; one per session
        const auto deload = session::prepare_session(p, 1, 0, lifter, nullptr, library(), rules());
        EXPECT_TRUE(proposals(deload).empty());
    }
    // A well-calibrated lifter is not asked.
    profile::Profile calibrated;
    calibrated.calibration = load::RirCalibration{0.3, 0.4, 8};
    EXPECT_TRUE(proposals(session::prepare_session(p, 0, 0, calibrated, nullptr, library(), rules())).empty());
}

TEST(CallCalibration, TodayShiftsTheTargetByFeelWithoutWideningIt) {
    const plan::Plan p = plan_of(json::array({{{"label", "Week 1"}, {"sessions", json::array({legs_session()})}}}));
    profile::Profile beginner;
    beginner.status = policy::LifterStatus::Beginner;
    beginner.calibration = load::RirCalibration{2, 0.5, 4};
    const auto s = session::prepare_session(p, 0, 0, beginner, nullptr, library(), rules());
    const session::PreparedSet& squat = s.exercises[0].sets[0];
    EXPECT_DOUBLE_EQ(squat.target_rir.min, 1);
    EXPECT_DOUBLE_EQ(squat.target_rir.max, 3);  // the true target, not widened to 1-4
    ASSERT_TRUE(squat.felt.has_value());
    EXPECT_DOUBLE_EQ(squat.felt->rir.min, 0);
    EXPECT_DOUBLE_EQ(squat.felt->rir.max, 1);
    EXPECT_DOUBLE_EQ(s.exercises[0].call_bias, 2);
}

}  // namespace
}  // namespace proximity::analysis
