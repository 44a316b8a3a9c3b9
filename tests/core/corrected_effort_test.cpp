// Every number reads the corrected effort (issue 19, point 2; docs/calibration.md): one log,
// logged twice, the second time with failure tests on the leg extension that show the calls
// run 2 reps high. The squat sets are the same in both; in the tested log they are read as
// RIR 2 + the compound class's bias (about 1.7), and every consumer moves that way: e1RM trend
// and records, fatigue cost, readiness, the failure audit, prepareSession's and planLoads'
// loads. (Hard and failure counts and nextSetLoad: tests/vectors/calibration.json.)
#include "core/analysis/calendar_day.hpp"
#include "core/analysis/history_analysis.hpp"
#include "core/api/engine.hpp"
#include "core/json/history_reader.hpp"

#include "support/builtins.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace proximity::analysis {
namespace {

using nlohmann::json;
using testing::library;
using testing::rules;

json kg(double load, int reps, const json& extra) {
    json s = {{"load", load}, {"unit", "kg"}, {"reps", reps}};
    s.update(extra);
    return s;
}

// Six weekly workouts: two squats 100 x 5 called RIR 2 (`last_rir` for the very last one) and a
// leg extension 50 x 12 called RIR 2, continued to 16 when `tested`.
json log_of(bool tested, double last_rir = 2) {
    json workouts = json::array();
    for (int w = 0; w < 6; ++w) {
        const std::string start = date_text(day_number("2024-10-07") + 7 * w) + "T18:00:00";
        json leg = kg(50, 12, {{"rir", 2}});
        if (tested) leg["failureReps"] = 16;
        const json squat = {{"exercise", "back-squat"},
                            {"sets", json::array({kg(100, 5, {{"rir", 2}}), kg(100, 5, {{"rir", w == 5 ? last_rir : 2}})})}};
        workouts.push_back({{"start", start}, {"exercises", json::array({squat, {{"exercise", "leg-extension"}, {"sets", json::array({leg})}}})}});
    }
    return json{{"version", 1}, {"workouts", workouts}};
}

HistoryAnalysis analyze(const json& log, policy::LifterStatus status = policy::LifterStatus::Intermediate) {
    AnalysisOptions o;
    o.status = status;
    return analyze_history(history::read_history(log, library()), library(), rules(), o);
}

double best_e1rm_record(const HistoryAnalysis& a) {
    double best = 0;
    for (const Record& r : a.records[0])  // trends[0]: the squat, logged first
        if (r.kind == RecordKind::E1rm) best = std::max(best, r.e1rm);
    return best;
}

TEST(CorrectedEffort, TheAnalysisReadsTheSquatsAtTheCorrectedRir) {
    const HistoryAnalysis called = analyze(log_of(false)), tested = analyze(log_of(true));
    const double bias = tested.calls_model.of(CallClass::Compound).applied_bias();
    ASSERT_GT(bias, 1.5);  // borrowed from the leg extension's tests, shrunk towards the prior
    EXPECT_DOUBLE_EQ(called.calls_model.of(CallClass::Compound).applied_bias(), 0);
    ASSERT_EQ(called.trends[0].info->id, "back-squat");
    // e1RM trend and records: 100 x 5 at RIR 2 + bias, Epley.
    EXPECT_NEAR(called.reading.workouts[0].entries[0].sets[0].e1rm.value(), 100 * (1 + 7 / 30.0), 1e-9);
    EXPECT_NEAR(tested.reading.workouts[0].entries[0].sets[0].e1rm.value(), 100 * (1 + (7 + bias) / 30.0), 1e-9);
    EXPECT_NEAR(best_e1rm_record(called), 100 * (1 + 7 / 30.0), 1e-9);
    EXPECT_NEAR(best_e1rm_record(tested), 100 * (1 + (7 + bias) / 30.0), 1e-9);
    // Fatigue cost: a set further from failure than called costs less.
    EXPECT_LT(tested.reading.workouts[0].entries[0].sets[0].cost, called.reading.workouts[0].entries[0].sets[0].cost);
    // Readiness: the same training, read as further from failure, leaves less fatigue.
    EXPECT_LT(tested.readiness.today.fatigue, called.readiness.today.fatigue);
}

TEST(CorrectedEffort, TheFailureAuditJudgesTheCorrectedCall) {
    // A beginner's last squat called RIR 0: a failure set the policy advises against, unless the
    // calls are known to run high (RIR 0 + 1.7 is no failure set).
    const HistoryAnalysis called = analyze(log_of(false, 0), policy::LifterStatus::Beginner);
    const HistoryAnalysis tested = analyze(log_of(true, 0), policy::LifterStatus::Beginner);
    // (The tested log's leg extensions went on to failure: failure sets of their own, not counted here.)
    auto squats_advised_against = [](const HistoryAnalysis& a) {
        return std::count_if(a.weeks.advised_against.begin(), a.weeks.advised_against.end(),
                             [](const AdvisedAgainst& s) { return s.entry == 0; });
    };
    auto squat_failures = [](const HistoryAnalysis& a) {
        const auto& by = a.weeks.weeks.back().failure_by_exercise;
        return by.count("back-squat") ? by.at("back-squat") : 0;
    };
    EXPECT_EQ(squats_advised_against(called), 1);
    EXPECT_EQ(squat_failures(called), 1);
    EXPECT_EQ(squats_advised_against(tested), 0);
    EXPECT_EQ(squat_failures(tested), 0);
}

json call(api::Engine& e, const std::string& method, const json& input) {
    const json answer = json::parse(e.call(method, input.dump()));
    EXPECT_TRUE(answer.value("ok", false)) << answer.dump();
    return answer.value("result", json());
}

TEST(CorrectedEffort, TodaysAndThePlannersLoadsComeFromTheCorrectedE1rm) {
    const json plan = {{"version", 1},
                       {"weeks", json::array({{{"label", "Week 1"},
                                               {"sessions", json::array({{{"name", "Legs"},
                                                                          {"exercises", json::array({{{"exercise", "back-squat"},
                                                                                                      {"sets", json::array({{{"reps", 5}, {"rir", 2}}})}}})}}})}}})}};
    const json profile = {{"version", 2}, {"unit", "kg"}, {"status", "intermediate"}, {"safety", "none"}};
    api::Engine e;
    auto loads = [&](bool tested) {
        const json in = {{"plan", plan}, {"profile", profile}, {"history", log_of(tested)}};
        const json today = call(e, "prepareSession", in)["exercises"][0]["sets"][0];
        const json planned = call(e, "planLoads", in)["weeks"][0]["sessions"][0]["exercises"][0]["sets"][0];
        return std::make_pair(today["load"].get<double>(), planned["load"].get<double>());
    };
    const auto [today_called, plan_called] = loads(false);
    const auto [today_tested, plan_tested] = loads(true);
    EXPECT_GT(today_tested, today_called * 1.03);  // e1RM 129 against 123: about 4.7 % heavier
    EXPECT_GT(plan_tested, plan_called);
}

}  // namespace
}  // namespace proximity::analysis
