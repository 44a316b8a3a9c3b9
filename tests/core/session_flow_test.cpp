// Today's session flow: supersets held by a plan (version 2, a version 1 plan migrated with
// every record kept), the order of a session's sets (core/session/session_order.hpp: one
// rest per round, the next exercise's set after each set), and swaps for an exercise with
// the same primary muscles (core/exercise/swap_candidates.hpp, core/plan/plan_swap.hpp).
#include "core/common/input_error.hpp"
#include "core/exercise/swap_candidates.hpp"
#include "core/json/plan_reader.hpp"
#include "core/json/plan_writer.hpp"
#include "core/plan/plan_swap.hpp"
#include "core/session/session_order.hpp"
#include "tests/core/support/builtins.hpp"

#include <gtest/gtest.h>

namespace proximity {
namespace {

using nlohmann::json;
using session::next_step;
using session::OrderedExercise;
using testing::library;

json superset_plan(int version) {
    json set = {{"reps", 10}, {"rir", 2}};
    json sets = json::array({set, set, set});
    json curl = {{"exercise", "barbell-curl"}, {"sets", sets}};
    json pushdown = {{"exercise", "triceps-pushdown"}, {"sets", sets}};
    if (version >= 2) pushdown["supersetWithPrevious"] = true;
    return {{"version", version},
            {"name", "Arms"},
            {"weeks", json::array({{{"label", "Week 1"},
                                    {"sessions", json::array({{{"name", "Arms"},
                                                               {"exercises", json::array({{{"exercise", "bench-press"}, {"sets", sets}},
                                                                                          curl, pushdown})}}})}}})}};
}

TEST(PlanSuperset, AVersion2PlanHoldsASupersetAndWritesItBack) {
    const plan::Plan p = plan::read_plan(superset_plan(2), library());
    const auto& xs = p.weeks[0].sessions[0].exercises;
    EXPECT_FALSE(xs[0].superset_with_previous);
    EXPECT_FALSE(xs[1].superset_with_previous);
    EXPECT_TRUE(xs[2].superset_with_previous);
    const json out = plan::plan_to_json(p);
    EXPECT_EQ(out["version"], 2);
    EXPECT_EQ(out["weeks"][0]["sessions"][0]["exercises"][2]["supersetWithPrevious"], true);
    EXPECT_FALSE(out["weeks"][0]["sessions"][0]["exercises"][1].contains("supersetWithPrevious"));
}

TEST(PlanSuperset, AVersion1PlanIsMigratedWithEveryRecordKept) {
    const json v1 = superset_plan(1);
    const json out = plan::plan_to_json(plan::read_plan(v1, library()));
    EXPECT_EQ(out["version"], 2);
    EXPECT_EQ(out["name"], "Arms");
    const json& xs = out["weeks"][0]["sessions"][0]["exercises"];
    ASSERT_EQ(xs.size(), 3u);
    for (size_t i = 0; i < xs.size(); ++i) {
        EXPECT_EQ(xs[i]["exercise"], v1["weeks"][0]["sessions"][0]["exercises"][i]["exercise"]);
        EXPECT_EQ(xs[i]["sets"].size(), 3u);
        EXPECT_FALSE(xs[i].contains("supersetWithPrevious"));
    }
}

TEST(PlanSuperset, TheFirstExerciseOfASessionCannotJoinAnEarlierOne) {
    json doc = superset_plan(2);
    doc["weeks"][0]["sessions"][0]["exercises"][0]["supersetWithPrevious"] = true;
    try {
        plan::read_plan(doc, library());
        FAIL() << "read";
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "weeks[0].sessions[0].exercises[0].supersetWithPrevious");
        EXPECT_NE(std::string(e.what()).find("Week 1, Arms, Bench press"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("none before it"), std::string::npos) << e.what();
    }
}

TEST(PlanSuperset, ANewerVersionIsRefusedByName) {
    json doc = superset_plan(2);
    doc["version"] = 3;
    EXPECT_THROW(plan::read_plan(doc, library()), InputError);
}

// Bench on its own (3 sets, 180 s), then curl + pushdown as a superset (3 sets each, 90 s and 60 s).
std::vector<OrderedExercise> arms(int bench, int curl, int pushdown) {
    return {{3, bench, false, 180}, {3, curl, false, 90}, {3, pushdown, true, 60}};
}

TEST(SessionOrder, AnExerciseOnItsOwnRestsAfterEachSetThenTheNextOpensAfterItsLast) {
    auto s = next_step(arms(1, 0, 0), 0, 180);
    EXPECT_EQ(s.exercise, 0);
    EXPECT_EQ(s.rest_seconds, 180);
    EXPECT_EQ(s.rounds, 0);
    s = next_step(arms(3, 0, 0), 0, 180);
    EXPECT_EQ(s.exercise, 1);
    EXPECT_EQ(s.rest_seconds, 180);
}

TEST(SessionOrder, ASupersetAlternatesWithOneRestPerRound) {
    // Curl set 1: straight on to the pushdown, no rest.
    auto s = next_step(arms(3, 1, 0), 1, 90);
    EXPECT_EQ(s.exercise, 2);
    EXPECT_EQ(s.rest_seconds, 0);
    EXPECT_FALSE(s.round_done);
    EXPECT_EQ(s.round, 1);
    EXPECT_EQ(s.rounds, 3);
    // Pushdown set 1 ends round 1: one rest (the longer of the two), then curl set 2.
    s = next_step(arms(3, 1, 1), 2, 60);
    EXPECT_EQ(s.exercise, 1);
    EXPECT_EQ(s.rest_seconds, 90);
    EXPECT_TRUE(s.round_done);
    EXPECT_EQ(s.round, 2);
    // The last round done: the session goes on to what is still open (here: nothing, so stay).
    s = next_step(arms(3, 3, 3), 2, 60);
    EXPECT_TRUE(s.round_done);
    EXPECT_EQ(s.rest_seconds, 90);
    EXPECT_EQ(s.exercise, 2);
    s = next_step(arms(2, 3, 3), 2, 60);
    EXPECT_EQ(s.exercise, 0);
}

TEST(SessionOrder, ARoundStartedOnTheSecondExerciseGoesBackToTheFirst) {
    const auto s = next_step(arms(3, 0, 1), 2, 60);
    EXPECT_EQ(s.exercise, 1);
    EXPECT_EQ(s.rest_seconds, 0);
    EXPECT_EQ(s.round, 1);
}

TEST(SessionOrder, UnevenSetsCarryOnWithTheExerciseThatHasSetsLeft) {
    // Curl 3 sets, pushdown 2: round 3 is the curl alone, after one rest.
    std::vector<OrderedExercise> xs = {{3, 2, false, 90}, {2, 2, true, 60}};
    auto s = next_step(xs, 1, 60);
    EXPECT_EQ(s.exercise, 0);
    EXPECT_EQ(s.rest_seconds, 90);
    EXPECT_EQ(s.round, 3);
    EXPECT_EQ(s.rounds, 3);
    EXPECT_EQ(session::session_groups(xs).size(), 1u);
    EXPECT_EQ(session::session_groups(arms(0, 0, 0)).size(), 2u);
}

TEST(Swap, CandidatesTrainTheSamePrimaryMusclesClosestFirst) {
    const auto list = exercise::swap_candidates(library(), "bench-press");
    ASSERT_FALSE(list.empty());
    for (const auto* e : list) {
        ASSERT_EQ(e->primary.size(), 1u) << e->id;
        EXPECT_EQ(e->primary[0], exercise::Muscle::Chest) << e->id;
        EXPECT_NE(e->id, "bench-press");
    }
    // Compound free-weight presses before machines, isolation (flies) last.
    EXPECT_EQ(list.front()->id, "decline-bench-press");
    EXPECT_EQ(list.back()->movement_class, exercise::MovementClass::Isolation);
    // Incline bench (chest + front delts) is not the same set of primary muscles.
    for (const auto* e : list) EXPECT_NE(e->id, "incline-bench-press");
    EXPECT_TRUE(exercise::swap_candidates(library(), "no-such-lift").empty());
}

TEST(Swap, KeptInThePlanFromThatWeekOnAndRefusedForOtherMuscles) {
    json doc = superset_plan(2);
    doc["weeks"].push_back(doc["weeks"][0]);
    doc["weeks"].push_back(doc["weeks"][0]);
    plan::Plan p = plan::read_plan(doc, library());
    EXPECT_EQ(plan::swap_in_plan(p, 1, 0, 0, "db-bench-press", library()), 2);
    EXPECT_EQ(p.weeks[0].sessions[0].exercises[0].exercise, "bench-press");
    EXPECT_EQ(p.weeks[1].sessions[0].exercises[0].exercise, "db-bench-press");
    EXPECT_EQ(p.weeks[2].sessions[0].exercises[0].exercise, "db-bench-press");
    EXPECT_EQ(p.weeks[2].sessions[0].exercises[0].sets.size(), 3u);
    try {
        plan::swap_in_plan(p, 0, 0, 1, "back-squat", library());
        FAIL() << "swapped";
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "exercise");
        EXPECT_EQ(std::string(e.what()),
                  "Back squat (barbell) does not train the same main muscles as Barbell curl, so it cannot take its place");
    }
    EXPECT_EQ(p.weeks[0].sessions[0].exercises[1].exercise, "barbell-curl");
    EXPECT_THROW(plan::swap_in_plan(p, 5, 0, 0, "db-bench-press", library()), InputError);
}

}  // namespace
}  // namespace proximity
