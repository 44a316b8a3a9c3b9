// Per-session limits of intensity techniques (seed 001: at most 1-2 drop sets a session):
// the rule's perSession is enforced by the plan evaluation and by Today.
#include "core/json/plan_reader.hpp"
#include "core/json/profile_reader.hpp"
#include "core/plan/plan_evaluation.hpp"
#include "core/plan/plan_text.hpp"
#include "core/session/prepare_session.hpp"

#include "support/builtins.hpp"

#include <gtest/gtest.h>

namespace proximity {
namespace {

using nlohmann::json;

using testing::library;
using testing::rules;

// Three isolation exercises, each with a drop set on its last set.
plan::Plan three_drop_sets() {
    json exercises = json::array();
    for (const char* id : {"lateral-raise", "triceps-pushdown", "leg-extension"})
        exercises.push_back({{"exercise", id},
                             {"sets", json::array({{{"reps", 12}, {"rir", 2}},
                                                   {{"reps", 12}, {"failure", true}, {"technique", "dropSet"}}})}});
    json plan = {{"version", 1}};
    plan["weeks"] = json::array({{{"sessions", json::array({{{"name", "Arms"}, {"exercises", exercises}}})}}});
    return plan::read_plan(plan, library());
}

TEST(SessionLimits, APlanWithAThirdDropSetInASessionIsFlagged) {
    const plan::Plan p = three_drop_sets();
    const plan::PlanEvaluation ev = plan::evaluate_plan(p, library(), rules());
    ASSERT_EQ(ev.contradictions.size(), 1u);  // before: none
    const plan::ContradictionRef& c = ev.contradictions[0];
    EXPECT_EQ(c.kind, plan::Contradiction::OverSessionLimit);
    EXPECT_EQ(c.exercise, 2);
    EXPECT_EQ(c.set, 1);
    EXPECT_EQ(ev.weeks[0].sessions[0].exercises[1].sets[1].contradiction, plan::Contradiction::None);
    const std::string text = plan::describe(p, ev, c);
    EXPECT_NE(text.find("one drop set more than the session allows (at most 2)"), std::string::npos) << text;
}

TEST(SessionLimits, TodayDoesNotOfferAThirdDropSet) {
    const plan::Plan p = three_drop_sets();
    const profile::Profile lifter = profile::read_profile({{"version", 1}}, library());
    const session::PreparedSession today = session::prepare_session(p, 0, 0, lifter, nullptr, library(), rules());
    EXPECT_TRUE(today.exercises[1].sets[1].follows);
    const session::PreparedSet& third = today.exercises[2].sets[1];
    EXPECT_FALSE(third.follows);  // before: offered like the first two
    EXPECT_NE(third.reason.find("at most 2"), std::string::npos) << third.reason;
}

}  // namespace
}  // namespace proximity
