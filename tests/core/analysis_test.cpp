// The history analysis piece by piece (core/analysis): calendar weeks, how a logged set
// is read, the e1RM trend and band, records, weekly counts, the calibration from the
// log, the performance drop, readiness and the next session's loads. Hand-computed with
// Epley: e1RM = load * (1 + reps to failure / 30).
#include "core/analysis/calendar_day.hpp"
#include "core/analysis/history_analysis.hpp"
#include "core/analysis/readiness_model.hpp"
#include "core/json/history_reader.hpp"
#include "core/json/plan_reader.hpp"
#include "core/plan/fitness_fatigue.hpp"
#include "core/plan/plan_simulation.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

namespace proximity::analysis {
namespace {

using nlohmann::json;

const exercise::ExerciseLibrary& library() {
    static const auto lib = exercise::ExerciseLibrary::builtin();
    return lib;
}

const policy::RuleSet& rules() {
    static const auto r = policy::RuleSet::builtin();
    return r;
}

history::History history_of(const json& workouts) {
    return history::read_history(json{{"version", 1}, {"workouts", workouts}}, library());
}

json workout(const std::string& start, const std::string& exercise, const json& sets) {
    return json{{"start", start}, {"exercises", json::array({json{{"exercise", exercise}, {"sets", sets}}})}};
}

json set(double load, int reps, const json& extra = json::object()) {
    json s = {{"load", load}, {"unit", "kg"}, {"reps", reps}};
    s.update(extra);
    return s;
}

HistoryAnalysis analyze(const history::History& h, const AnalysisOptions& o = {}) {
    return analyze_history(h, library(), rules(), o);
}

TEST(AnalysisCalendar, DaysAndMondays) {
    EXPECT_EQ(day_number("1970-01-01T00:00:00"), 0);
    EXPECT_EQ(date_text(day_number("2024-02-29T23:59:59")), "2024-02-29");
    EXPECT_EQ(weekday(day_number("2024-11-28")), 4);  // a Thursday
    EXPECT_EQ(date_text(monday_of(day_number("2024-11-28"))), "2024-11-25");
    EXPECT_EQ(date_text(monday_of(day_number("2024-11-25"))), "2024-11-25");
    EXPECT_EQ(date_text(monday_of(day_number("2024-12-01"))), "2024-11-25");  // Sunday
    EXPECT_EQ(date_text(monday_of(day_number("2025-01-01"))), "2024-12-30");  // across a year
}

TEST(AnalysisSetReading, EachKindOfEffort) {
    const history::History h = history_of(json::array({workout("2024-11-25T18:00:00", "back-squat", json::array({
        set(60, 5, {{"type", "warmup"}}),
        set(100, 5, {{"rir", 2}}),
        set(100, 5, {{"rpe", 8}}),
        set(90, 8, {{"failure", true}}),  // a lighter load: no inference from the set before
        set(100, 6),
        set(100, 3, {{"rir", 6}})}))}));
    const HistoryAnalysis a = analyze(h);
    const auto& sets = a.reading.workouts[0].entries[0].sets;
    EXPECT_FALSE(sets[0].working);
    EXPECT_NEAR(*sets[1].e1rm, 100 * (1 + 7 / 30.0), 1e-9);
    EXPECT_NEAR(*sets[2].e1rm, *sets[1].e1rm, 1e-9);
    EXPECT_NEAR(*sets[3].e1rm, 90 * (1 + 8 / 30.0), 1e-9);
    EXPECT_TRUE(sets[3].failure);
    EXPECT_NEAR(*sets[4].e1rm, 120.0, 1e-9);
    EXPECT_TRUE(sets[4].lower_bound);
    EXPECT_FALSE(sets[4].failure);
    EXPECT_TRUE(sets[4].hard);
    EXPECT_FALSE(sets[5].hard);  // RIR 6 is beyond the planner's RIR 4
    const ExerciseSession& s = a.trends[0].sessions[0];
    EXPECT_EQ(s.hard_sets, 4);
    EXPECT_EQ(s.failure_sets, 1);
    EXPECT_NEAR(*s.e1rm, 100 * (1 + 9 / 30.0), 1e-9);  // the RIR 6 triple: 9 reps to failure
    EXPECT_FALSE(s.comparable);                           // ... too far from failure to compare
}

TEST(AnalysisTrend, BandOfACalledSetAndOfALowerBound) {
    const HistoryAnalysis called =
        analyze(history_of(json::array({workout("2024-11-25T18:00:00", "back-squat", json::array({set(100, 5, {{"rir", 2}})}))})));
    const ExerciseSession& c = called.trends[0].sessions[0];
    EXPECT_DOUBLE_EQ(called.uncertainty.misjudgement, 2.0);  // intermediate default
    EXPECT_NEAR(c.low, 100 * (1 + 5 / 30.0), 1e-9);
    EXPECT_NEAR(c.high, 100 * (1 + 9 / 30.0), 1e-9);
    const HistoryAnalysis none =
        analyze(history_of(json::array({workout("2024-11-25T18:00:00", "back-squat", json::array({set(100, 6)}))})));
    const ExerciseSession& n = none.trends[0].sessions[0];
    EXPECT_TRUE(n.lower_bound);
    EXPECT_NEAR(n.low, 120.0, 1e-9);
    EXPECT_NEAR(n.high, 100 * (1 + 8 / 30.0), 1e-9);
}

TEST(AnalysisRecords, E1rmRepsAndRepsAtLoad) {
    const history::History h = history_of(json::array({
        workout("2024-11-25T18:00:00", "bench-press", json::array({set(80, 8, {{"failure", true}}), set(90, 5, {{"rir", 1}})})),
        workout("2024-11-28T18:00:00", "bench-press", json::array({set(80, 10, {{"failure", true}}), set(85, 5, {{"rir", 3}})})),
    }));
    const HistoryAnalysis a = analyze(h);
    // Session 1: 80 x 8 to failure -> 101.33, 90 x 5 @ RIR 1 -> 108 (best). Session 2:
    // 80 x 10 to failure -> 106.67, 85 x 5 @ RIR 3 -> 107.67: no new e1RM record.
    const std::vector<Record>& r = a.records[0];
    ASSERT_EQ(r.size(), 5u);
    EXPECT_EQ(r[0].kind, RecordKind::E1rm);
    EXPECT_NEAR(r[0].e1rm, 108.0, 1e-9);
    EXPECT_EQ(date_text(r[0].day), "2024-11-25");
    EXPECT_EQ(r[1].kind, RecordKind::Reps);  // 5 reps: 90 kg (85 x 5 later is lighter)
    EXPECT_EQ(r[1].reps, 5);
    EXPECT_DOUBLE_EQ(r[1].load, 90);
    EXPECT_EQ(r[2].reps, 8);
    EXPECT_EQ(r[3].reps, 10);
    EXPECT_EQ(date_text(r[3].day), "2024-11-28");
    EXPECT_EQ(r[4].kind, RecordKind::RepsAtLoad);  // 80 kg: 8 -> 10 reps to failure
    EXPECT_EQ(r[4].reps, 10);
    EXPECT_EQ(r[4].previous, 8);
    EXPECT_DOUBLE_EQ(r[4].load, 80);
}

TEST(AnalysisWeeks, SundayNightAndMondayMorningAreDifferentWeeks) {
    const history::History h = history_of(json::array({
        workout("2024-12-01T23:30:00", "bench-press",
                json::array({set(80, 8, {{"rir", 2}}), set(80, 8, {{"rir", 2}}), set(80, 8, {{"rir", 2}}),
                             set(80, 9, {{"failure", true}}), set(40, 10, {{"type", "warmup"}})})),
        workout("2024-12-02T00:10:00", "bench-press", json::array({set(80, 8, {{"rir", 1}}), set(80, 8, {{"rir", 1}})})),
    }));
    const HistoryAnalysis a = analyze(h);
    ASSERT_EQ(a.weeks.weeks.size(), 2u);
    const WeekTally& w1 = a.weeks.weeks[0];
    EXPECT_EQ(date_text(w1.start), "2024-11-25");
    EXPECT_DOUBLE_EQ(w1.hard_sets[exercise::Muscle::Chest], 4);
    EXPECT_DOUBLE_EQ(w1.hard_sets[exercise::Muscle::Triceps], 2);  // secondary: half a set each
    EXPECT_EQ(w1.failure_set_count, 1);
    EXPECT_DOUBLE_EQ(w1.failure_sets[exercise::Muscle::Chest], 1);
    const WeekTally& w2 = a.weeks.weeks[1];
    EXPECT_EQ(date_text(w2.start), "2024-12-02");
    EXPECT_DOUBLE_EQ(w2.hard_sets[exercise::Muscle::Chest], 2);
    EXPECT_EQ(w2.failure_set_count, 0);
}

TEST(AnalysisFailureAudit, BeginnerSquatToFailureIsAdvisedAgainstWithTheRule) {
    const history::History h =
        history_of(json::array({workout("2024-12-02T18:00:00", "back-squat", json::array({set(100, 8, {{"failure", true}})}))}));
    AnalysisOptions o;
    o.status = policy::LifterStatus::Beginner;
    const HistoryAnalysis a = analyze(h, o);
    ASSERT_EQ(a.weeks.advised_against.size(), 1u);
    ASSERT_NE(a.weeks.advised_against[0].judgement.rule, nullptr);
    EXPECT_FALSE(a.weeks.advised_against[0].judgement.rule->id.empty());
    EXPECT_NE(a.weeks.advised_against[0].judgement.verdict, policy::Verdict::Failure);
}

TEST(AnalysisCalibration, FromTheLogsFailureTests) {
    const history::History h = history_of(json::array({
        workout("2024-12-02T18:00:00", "back-squat", json::array({set(100, 5, {{"rir", 2}, {"failureReps", 8}})})),
        workout("2024-12-09T18:00:00", "back-squat",
                json::array({set(100, 5, {{"rir", 1}, {"failureReps", 6}}), set(100, 5, {{"rir", 2}})})),
    }));
    const HistoryAnalysis a = analyze(h);
    // Errors +1 and 0; the first a week older (recency weight 0.5^(7/180)), both shrunk
    // towards the prior (0.95, worth two tests); the squat's class has all of them, shrunk
    // again towards the lifter's overall bias.
    const double w = std::pow(0.5, 7 / 180.0);
    const double overall = (w * 1 + 2 * 0.95) / (w + 1 + 2);
    const double squat = (w * 1 + 2 * overall) / (w + 1 + 2);
    EXPECT_NEAR(a.calibration.bias, overall, 1e-9);
    // A test is exact (8 reps to failure); a called set gets its class's bias.
    EXPECT_NEAR(*a.reading.workouts[0].entries[0].sets[0].e1rm, 100 * (1 + 8 / 30.0), 1e-9);
    EXPECT_NEAR(*a.reading.workouts[1].entries[0].sets[1].e1rm, 100 * (1 + (5 + 2 + squat) / 30.0), 1e-9);
    ASSERT_EQ(a.calls_trend.size(), 2u);
    EXPECT_DOUBLE_EQ(a.calls_trend[0].error, 1);
    // One test of +1 against the prior of 0.95 worth two tests.
    EXPECT_NEAR(a.calls_trend[0].overall.bias, (1 + 2 * 0.95) / 3, 1e-9);
    EXPECT_GE(a.uncertainty.misjudgement, load::kRetestNoiseReps);
}

history::History squat_sessions(const std::vector<double>& loads) {
    json workouts = json::array();
    int day = 2;
    for (double load : loads) {
        char start[32];
        std::snprintf(start, sizeof start, "2024-12-%02dT18:00:00", day);
        workouts.push_back(workout(start, "back-squat", json::array({set(load, 5, {{"rir", 2}})})));
        day += 2;
    }
    return history_of(workouts);
}

TEST(AnalysisFatigue, ARealDropIsFlagged) {
    // Window 100, 101, 100, 101 -> e1RM 123.33, 124.57, 123.33, 124.57: mean 123.95, a
    // line rising 0.247 a session, projected to 124.57 at the next session; band
    // max(2 x 0.71, 2.5% = 3.11). Two sessions at 95 (117.17) are a drop.
    const HistoryAnalysis a = analyze(squat_sessions({100, 101, 100, 101, 95, 95}));
    ASSERT_EQ(a.signs.size(), 1u);
    EXPECT_EQ(date_text(a.trends[0].sessions[size_t(a.signs[0].points.front().session)].day), "2024-12-10");
    const double slope = (123.333333 * -1.5 + 124.566667 * -0.5 + 123.333333 * 0.5 + 124.566667 * 1.5) / 5;
    EXPECT_NEAR(a.signs[0].points.front().expected, 123.95 + 2.5 * slope, 1e-5);
    EXPECT_NEAR(a.signs[0].points.back().expected, 123.95 + 3.5 * slope, 1e-5);
    EXPECT_NEAR(a.signs[0].points.front().band, 0.025 * a.signs[0].points.front().expected, 1e-9);
}

TEST(AnalysisFatigue, OrdinaryNoiseAndASingleBadDayAreNot) {
    EXPECT_TRUE(analyze(squat_sessions({100, 101, 100, 101, 99, 98.5})).signs.empty());
    EXPECT_TRUE(analyze(squat_sessions({100, 101, 100, 101, 95})).signs.empty());
    EXPECT_TRUE(analyze(squat_sessions({100, 101, 100, 101, 95, 101})).signs.empty());  // recovered
}

TEST(AnalysisReadiness, TheAdapterFeedsFitnessTheStimulusAndFatigueTheCostFromTheFirstWeek) {
    std::vector<TrainingDay> days(9);
    days[0] = {2.7, 6.3};
    days[7] = {3.0, 13.5};
    const auto states = run_readiness_model(days, {});
    std::vector<double> stimulus(9, 0), cost(9, 0);
    stimulus[0] = 2.7, cost[0] = 6.3, stimulus[7] = 3.0, cost[7] = 13.5;
    const auto direct = plan::simulate_fitness_fatigue(stimulus, cost, plan::habitual_week(stimulus, cost), {});
    ASSERT_EQ(states.size(), 10u);
    for (size_t i = 0; i < states.size(); ++i) {
        EXPECT_DOUBLE_EQ(states[i].fitness, direct[i].fitness);
        EXPECT_DOUBLE_EQ(states[i].fatigue, direct[i].fatigue);
    }
    // The first week is the habit: its baseline is the model's own steady state.
    for (size_t i = 0; i < 7; ++i) EXPECT_NEAR(states[i].percent, direct[i].percent, 1e-9);
    // The habit is a steady state, not a start from zero.
    EXPECT_GT(states[0].fitness, 0);
    EXPECT_DOUBLE_EQ(states[0].percent, 0);
}

TEST(AnalysisReadiness, FailureIsNotRewardedOverALoggedHistory) {
    // Week 1 is the habit: 3 squat sets at RIR 2. The next Monday the same sets at RIR 2
    // or taken to failure: to failure must leave the lifter less ready, not more.
    const auto week2 = [](double rir) {
        const json sets = json::array({set(100, 5, {{"rir", 2}}), set(100, 5, {{"rir", 2}}), set(100, 5, {{"rir", 2}})});
        const json hard = json::array({set(100, 5, {{"rir", rir}}), set(100, 5, {{"rir", rir}}), set(100, 5, {{"rir", rir}})});
        AnalysisOptions o;
        o.today = "2024-12-04";
        return analyze(history_of(json::array({workout("2024-11-25T18:00:00", "back-squat", sets),
                                               workout("2024-12-02T18:00:00", "back-squat", hard)})),
                       o);
    };
    const HistoryAnalysis usual = week2(2), failure = week2(0);
    ASSERT_EQ(usual.readiness.logged.size(), 2u);
    EXPECT_DOUBLE_EQ(usual.readiness.logged[0].value, 0);
    EXPECT_NEAR(usual.readiness.today.value, 0, 1e-9);  // the same week again: as usual
    EXPECT_LT(failure.readiness.today.value, -10);
    EXPECT_LT(failure.readiness.today.readiness, usual.readiness.today.readiness);
    EXPECT_EQ(date_text(failure.readiness.today.day), "2024-12-04");
}

plan::Plan squat_plan() {
    return plan::read_plan(json::parse(R"j({"version": 1, "name": "Squat", "weeks": [
        {"sessions": [{"name": "A", "exercises": [{"exercise": "back-squat", "sets": [
            {"reps": 5, "rir": 2}, {"reps": 5, "rir": 2}]}]},
                      {"name": "B", "exercises": [{"exercise": "back-squat", "sets": [{"reps": 5, "rir": 2}]}]}]}]})j"),
                           library());
}

TEST(AnalysisNext, BeatingTheTargetStepsUp) {
    json w = workout("2024-12-02T18:00:00", "back-squat", json::array({set(100, 5, {{"rir", 3}}), set(100, 5, {{"rir", 3}})}));
    w["plan"] = {{"week", 0}, {"session", 0}};
    AnalysisOptions o;
    o.plan = squat_plan();
    const HistoryAnalysis a = analyze(history_of(json::array({w})), o);
    ASSERT_TRUE(a.next);
    EXPECT_EQ(a.next->session, 1);
    ASSERT_EQ(a.next->exercises.size(), 1u);
    const NextExercise& n = a.next->exercises[0];
    EXPECT_NEAR(*n.e1rm, 100 * (1 + 8 / 30.0), 1e-9);
    EXPECT_NEAR(*n.target, *n.e1rm / (1 + 7 / 30.0), 1e-9);  // 102.70
    EXPECT_DOUBLE_EQ(*n.load, 102.5);
    EXPECT_EQ(n.basis, NextBasis::StepUp);
}

TEST(AnalysisNext, MissingTheTargetFollowsTheTrendDown) {
    json w = workout("2024-12-02T18:00:00", "back-squat", json::array({set(100, 5, {{"failure", true}})}));
    w["plan"] = {{"week", 0}, {"session", 0}};
    AnalysisOptions o;
    o.plan = squat_plan();
    const HistoryAnalysis a = analyze(history_of(json::array({w})), o);
    const NextExercise& n = a.next->exercises[0];
    EXPECT_NEAR(*n.target, 100 * (1 + 5 / 30.0) / (1 + 7 / 30.0), 1e-9);  // 94.59
    EXPECT_DOUBLE_EQ(*n.load, 95);
    EXPECT_EQ(n.basis, NextBasis::Missed);
    ASSERT_EQ(a.adherence.size(), 1u);
    EXPECT_EQ(a.adherence[0].planned, 2);
    EXPECT_EQ(a.adherence[0].actual, 1);
}

}  // namespace
}  // namespace proximity::analysis
