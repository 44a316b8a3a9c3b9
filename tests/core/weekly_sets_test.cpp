// One meaning of "weekly hard sets" and "frequency" (core/plan/weekly_sets.hpp): the
// planner, Today and the history's failure audit judge the same set by the same week.
#include "core/analysis/history_analysis.hpp"
#include "core/json/history_reader.hpp"
#include "core/json/plan_reader.hpp"
#include "core/json/profile_reader.hpp"
#include "core/plan/plan_evaluation.hpp"
#include "core/plan/weekly_sets.hpp"
#include "core/session/prepare_session.hpp"

#include "support/builtins.hpp"

#include <gtest/gtest.h>

namespace proximity {
namespace {

using nlohmann::json;

using testing::library;
using testing::rules;

TEST(WeeklySets, HardIsDecidedByTheEffortAlone) {
    const plan::CountingRules rules;
    EXPECT_TRUE(plan::counts_as_hard(0, rules));
    EXPECT_TRUE(plan::counts_as_hard(3, rules));
    EXPECT_FALSE(plan::counts_as_hard(3.5, rules));
}

// One session a week of lat pulldowns (last set to failure) and 18 more hard sets for the
// lats later in the week: 22 a week. Monday's pulldown session has 4 sets.
json lat_week() {
    const json pulldown = {{"exercise", "lat-pulldown"},
                           {"sets", json::array({{{"reps", 10}, {"rir", 2}}, {{"reps", 10}, {"rir", 2}},
                                                 {{"reps", 10}, {"rir", 1}}, {{"reps", 10}, {"failure", true}}})}};
    json rows = json::array();
    for (int i = 0; i < 9; ++i) rows.push_back({{"reps", 10}, {"rir", 2}});
    const json pullups = {{"exercise", "chin-up"}, {"sets", rows}};
    json plan = json::parse(R"({"version": 1, "lifter": {"status": "intermediate", "spotter": false, "unit": "kg"}})");
    plan["weeks"] = json::array({{{"label", "Week 1"},
                                  {"sessions", json::array({{{"name", "Mon"}, {"exercises", json::array({pulldown})}},
                                                            {{"name", "Wed"}, {"exercises", json::array({pullups})}},
                                                            {{"name", "Fri"}, {"exercises", json::array({pullups})}}})}}});
    return plan;
}

TEST(WeeklySets, TodayJudgesMondayByThePlannedWeekLikeThePlanner) {
    const plan::Plan p = plan::read_plan(lat_week(), library());
    const plan::PlanEvaluation ev = plan::evaluate_plan(p, library(), rules());
    ASSERT_GE(ev.weeks[0].muscles[plan::muscle_index(exercise::Muscle::Lats)].hard_sets, 20);
    const plan::SetEvaluation& planned = ev.weeks[0].sessions[0].exercises[0].sets[3];
    EXPECT_NE(planned.verdict, policy::Verdict::Failure);  // 20+ sets a week: compounds stop short

    const profile::Profile lifter = profile::read_profile({{"version", 1}}, library());
    const session::PreparedSession today = session::prepare_session(p, 0, 0, lifter, nullptr, library(), rules(), &ev);
    const session::PreparedSet& set = today.exercises[0].sets[3];
    EXPECT_EQ(set.verdict, planned.verdict);  // before: "failure" on Today (4 sets so far)
    EXPECT_DOUBLE_EQ(set.target_rir.min, planned.target_rir.min);
    EXPECT_DOUBLE_EQ(set.weekly_sets, ev.weeks[0].muscles[plan::muscle_index(exercise::Muscle::Lats)].hard_sets);
}

json logged(const std::string& start, const std::string& exercise, const json& sets) {
    return {{"start", start}, {"exercises", json::array({{{"exercise", exercise}, {"sets", sets}}})}};
}

TEST(WeeklySets, TheAuditJudgesMondayByTheWholeTypicalWeek) {
    json hard = json::array();
    for (int i = 0; i < 9; ++i) hard.push_back({{"load", 10}, {"unit", "kg"}, {"reps", 10}, {"rir", 2}});
    const json monday = json::array({{{"load", 60}, {"unit", "kg"}, {"reps", 10}, {"rir", 2}},
                                     {{"load", 60}, {"unit", "kg"}, {"reps", 10}, {"rir", 2}},
                                     {{"load", 60}, {"unit", "kg"}, {"reps", 10}, {"rir", 1}},
                                     {{"load", 60}, {"unit", "kg"}, {"reps", 10}, {"failure", true}}});
    const history::History h = history::read_history(
        {{"version", 1},
         {"workouts", json::array({logged("2024-12-02T18:00:00", "lat-pulldown", monday),
                                   logged("2024-12-04T18:00:00", "chin-up", hard),
                                   logged("2024-12-06T18:00:00", "chin-up", hard)})}},
        library());
    const analysis::HistoryAnalysis a = analysis::analyze_history(h, library(), rules(), {});
    // Before: Monday was judged with 4 sets "so far" and the failure set passed.
    ASSERT_EQ(a.weeks.advised_against.size(), 1u);
    EXPECT_EQ(a.weeks.advised_against[0].workout, 0);
}

TEST(WeeklySets, TheTypicalWeekIsTheMeanOfTheRecentLoggedWeeks) {
    std::vector<plan::WeekVolume> weeks(3);
    weeks[0].start = 0;     // five weeks before the last: outside the span
    weeks[1].start = 21;
    weeks[2].start = 35;
    weeks[0].hard_sets[exercise::Muscle::Chest] = 40;
    weeks[1].hard_sets[exercise::Muscle::Chest] = 10;
    weeks[2].hard_sets[exercise::Muscle::Chest] = 2;   // a barely started week
    weeks[1].sessions["bench-press"] = 2;
    weeks[2].sessions["bench-press"] = 1;
    const plan::WeekVolume t = plan::typical_week(weeks, 2);
    EXPECT_DOUBLE_EQ(t.hard_sets[exercise::Muscle::Chest], 6);
    EXPECT_EQ(t.frequency_of("bench-press"), 2);  // 1.5 rounds to 2
    EXPECT_EQ(t.frequency_of("squat"), 1);
}

}  // namespace
}  // namespace proximity
