// Session feedback drives next week's sets (core/plan/feedback_volume.hpp): each rule with
// real numbers, the landmarks that bound it, and the log's fatigue signs that override the
// answers; then the JSON method's refusals. The shared vectors
// (tests/vectors/feedback_volume.json) run the same through the API natively and in WASM.
#include "core/plan/feedback_volume.hpp"

#include "support/engine_call.hpp"

#include <gtest/gtest.h>

namespace proximity {
namespace {

using exercise::Muscle;
using plan::Difficulty;
using plan::JointPain;
using plan::Pump;
using plan::Soreness;
using plan::VolumeAction;

struct Case {
    double this_week;
    Pump pump;
    Soreness soreness;
    JointPain joints;
    Difficulty difficulty;
};

plan::NextWeekSets one(const Case& c, const std::vector<plan::MuscleFatigue>& fatigue = {},
                       const plan::LandmarkTable& landmarks = {}) {
    plan::SessionFeedback f;
    f.difficulty = c.difficulty;
    f.muscles.push_back({Muscle::Chest, c.pump, c.soreness, c.joints});
    plan::MuscleTally week;
    week[Muscle::Chest] = c.this_week;
    const auto out = plan::next_week_sets(f, week, landmarks, fatigue);
    EXPECT_EQ(out.size(), 1u);
    return out.at(0);
}

TEST(FeedbackVolume, RecoveredEarlyAddsSetsMoreWithoutAPump) {
    const auto none = one({12, Pump::None, Soreness::None, JointPain::None, Difficulty::Ok});
    EXPECT_EQ(none.next_week, 14);
    EXPECT_EQ(none.action, VolumeAction::Add);
    EXPECT_NE(none.reason.find("no pump"), std::string::npos) << none.reason;
    EXPECT_EQ(one({12, Pump::Great, Soreness::HealedEarly, JointPain::None, Difficulty::Ok}).next_week, 13);
    EXPECT_EQ(one({12, Pump::Some, Soreness::None, JointPain::None, Difficulty::Easy}).next_week, 13);
}

TEST(FeedbackVolume, HealedJustInTimeHolds) {
    const auto r = one({12, Pump::None, Soreness::HealedOnTime, JointPain::None, Difficulty::Ok});
    EXPECT_EQ(r.next_week, 12);
    EXPECT_EQ(r.action, VolumeAction::Hold);
    EXPECT_NE(r.reason.find("just before"), std::string::npos) << r.reason;
}

TEST(FeedbackVolume, StillSoreTakesOneSetAwayButNotBelowTheMinimum) {
    EXPECT_EQ(one({12, Pump::Great, Soreness::StillSore, JointPain::None, Difficulty::Ok}).next_week, 11);
    const auto at_min = one({10, Pump::Great, Soreness::StillSore, JointPain::None, Difficulty::Ok});
    EXPECT_EQ(at_min.next_week, 10);
    EXPECT_EQ(at_min.action, VolumeAction::Hold);
    EXPECT_NE(at_min.reason.find("Kept at 10 sets"), std::string::npos) << at_min.reason;
    // Already below the minimum (a muscle trained little): it stays where it is.
    EXPECT_EQ(one({6, Pump::Great, Soreness::StillSore, JointPain::None, Difficulty::Ok}).next_week, 6);
}

TEST(FeedbackVolume, IncreasesStopAtTheCeilingAndAWeekAboveItComesDown) {
    const auto near = one({19, Pump::None, Soreness::None, JointPain::None, Difficulty::Ok});
    EXPECT_EQ(near.next_week, 20);
    EXPECT_NE(near.reason.find("ceiling of 20 sets"), std::string::npos) << near.reason;
    EXPECT_EQ(one({20, Pump::None, Soreness::None, JointPain::None, Difficulty::Ok}).action, VolumeAction::Hold);
    const auto above = one({23, Pump::None, Soreness::None, JointPain::None, Difficulty::Ok});
    EXPECT_EQ(above.next_week, 20);
    EXPECT_EQ(above.action, VolumeAction::Reduce);
    EXPECT_NE(above.reason.find("Down to the ceiling"), std::string::npos) << above.reason;
}

TEST(FeedbackVolume, TheLiftersOwnLandmarksBoundTheStep) {
    plan::LandmarkTable landmarks;
    landmarks.set(Muscle::Chest, {8, 14, 16});
    const auto r = one({15, Pump::None, Soreness::None, JointPain::None, Difficulty::Ok}, {}, landmarks);
    EXPECT_EQ(r.next_week, 16);
    EXPECT_EQ(r.landmark.ceiling, 16);
    EXPECT_EQ(one({8, Pump::None, Soreness::StillSore, JointPain::None, Difficulty::Ok}, {}, landmarks).next_week, 8);
}

TEST(FeedbackVolume, JointPainHoldsOrCutsWhateverElseWasAnswered) {
    const auto some = one({12, Pump::None, Soreness::None, JointPain::Some, Difficulty::Ok});
    EXPECT_EQ(some.next_week, 12);
    EXPECT_NE(some.reason.find("Some joint pain"), std::string::npos) << some.reason;
    const auto bad = one({12, Pump::None, Soreness::None, JointPain::Bad, Difficulty::Easy});
    EXPECT_EQ(bad.next_week, 10);
    EXPECT_EQ(bad.action, VolumeAction::Reduce);
    EXPECT_NE(bad.reason.find("swap the exercise"), std::string::npos) << bad.reason;
    // Pain is not held at the minimum: 10 -> 8, 1 -> 0.
    EXPECT_EQ(one({10, Pump::Great, Soreness::None, JointPain::Bad, Difficulty::Ok}).next_week, 8);
    EXPECT_EQ(one({1, Pump::Great, Soreness::None, JointPain::Bad, Difficulty::Ok}).next_week, 0);
}

TEST(FeedbackVolume, HowHardTheSessionFeltLimitsTheStep) {
    EXPECT_EQ(one({12, Pump::None, Soreness::None, JointPain::None, Difficulty::Hard}).next_week, 13);
    EXPECT_EQ(one({12, Pump::Some, Soreness::None, JointPain::None, Difficulty::Hard}).next_week, 13);
    const auto too = one({12, Pump::None, Soreness::None, JointPain::None, Difficulty::TooHard});
    EXPECT_EQ(too.next_week, 11);
    EXPECT_NE(too.reason.find("too hard"), std::string::npos) << too.reason;
    // Still sore already cuts one: a too-hard session does not cut a second.
    EXPECT_EQ(one({12, Pump::Some, Soreness::StillSore, JointPain::None, Difficulty::TooHard}).next_week, 11);
}

TEST(FeedbackVolume, AFatigueSignOfTheMuscleOverridesTheAnswersWithADeload) {
    const std::vector<plan::MuscleFatigue> chest{{"performanceDrop", {Muscle::Chest}}};
    const auto r = one({13, Pump::None, Soreness::None, JointPain::None, Difficulty::Easy}, chest);
    EXPECT_EQ(r.next_week, 7);  // half of 13, rounded up
    EXPECT_EQ(r.action, VolumeAction::Deload);
    EXPECT_NE(r.reason.find("then back to 13 sets"), std::string::npos) << r.reason;
    // Another muscle's sign leaves chest to its answers; a sign without muscles names every one.
    const std::vector<plan::MuscleFatigue> quads{{"performanceDrop", {Muscle::Quads}}};
    EXPECT_EQ(one({13, Pump::None, Soreness::None, JointPain::None, Difficulty::Easy}, quads).next_week, 15);
    const std::vector<plan::MuscleFatigue> all{{"performanceDrop", {}}};
    EXPECT_EQ(one({13, Pump::None, Soreness::None, JointPain::None, Difficulty::Easy}, all).action, VolumeAction::Deload);
}

TEST(FeedbackVolume, EachMuscleAnsweredGetsItsOwnStepInOrder) {
    plan::SessionFeedback f;
    f.difficulty = Difficulty::Ok;
    f.muscles = {{Muscle::Quads, Pump::Great, Soreness::StillSore, JointPain::None},
                 {Muscle::Biceps, Pump::None, Soreness::None, JointPain::None}};
    plan::MuscleTally week;
    week[Muscle::Quads] = 14.5;  // a typical week's mean: the step starts from 15
    week[Muscle::Biceps] = 8;
    const auto out = plan::next_week_sets(f, week, {}, {});
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].muscle, Muscle::Quads);
    EXPECT_EQ(out[0].this_week, 14.5);
    EXPECT_EQ(out[0].next_week, 14);
    EXPECT_EQ(out[1].next_week, 10);
}

TEST(FeedbackVolumeApi, EveryBadAnswerIsRefusedNamingItsField) {
    api::Engine engine;
    const nlohmann::json good = {{"version", 1},
                                 {"workout", {{"start", "2026-11-30T18:00:00"}, {"name", "Push"}}},
                                 {"difficulty", "ok"},
                                 {"muscles", {{{"muscle", "chest"}, {"pump", "some"}, {"soreness", "none"}, {"jointPain", "none"}}}}};
    const auto refused = [&](nlohmann::json feedback, const std::string& field) {
        const auto answer = testing::call(engine, "nextWeekVolume", {{"feedback", feedback}});
        EXPECT_FALSE(answer["ok"]) << field;
        EXPECT_EQ(answer["error"]["kind"], "input") << field;
        EXPECT_EQ(answer["error"]["field"], field) << answer.dump();
    };
    auto bad = good;
    bad["muscles"][0]["pump"] = "huge";
    refused(bad, "feedback.muscles[0].pump");
    bad = good;
    bad["muscles"][0].erase("soreness");
    refused(bad, "feedback.muscles[0].soreness");
    bad = good;
    bad["muscles"][0]["muscle"] = "wings";
    refused(bad, "feedback.muscles[0].muscle");
    bad = good;
    bad["muscles"].push_back(good["muscles"][0]);
    refused(bad, "feedback.muscles[1].muscle");
    bad = good;
    bad["difficulty"] = 3;
    refused(bad, "feedback.difficulty");
    bad = good;
    bad["version"] = 2;
    refused(bad, "feedback.version");
    bad = good;
    bad["mood"] = "fine";
    refused(bad, "feedback.mood");
    bad = good;
    bad["muscles"] = nlohmann::json::array();
    refused(bad, "feedback.muscles");
    // A good record with no history to find its workout in.
    refused(good, "history");
    const auto other = testing::call(engine, "nextWeekVolume",
                                     {{"feedback", good}, {"history", {{"version", 1}, {"workouts", nlohmann::json::array()}}}});
    EXPECT_EQ(other["error"]["field"], "feedback.workout") << other.dump();
}

}  // namespace
}  // namespace proximity
