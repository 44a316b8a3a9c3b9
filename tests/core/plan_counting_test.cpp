// Weekly hard sets per muscle (core/plan/hard_sets, weekly_volume) and the landmarks
// they are classified against (core/plan/landmarks). Values are worked out by hand in
// the comments.
#include "core/common/input_error.hpp"
#include "core/exercise/exercise_library.hpp"
#include "core/plan/hard_sets.hpp"
#include "core/plan/landmarks.hpp"
#include "core/plan/weekly_volume.hpp"

#include <gtest/gtest.h>

namespace proximity::plan {
namespace {

using exercise::Muscle;

PlannedSet at_rir(double rir, int reps = 8) {
    PlannedSet s;
    s.reps = reps;
    s.rir = rir;
    return s;
}

PlannedSet to_failure() {
    PlannedSet s = at_rir(0);
    s.failure = true;
    return s;
}

PlannedSet warmup() {
    PlannedSet s = at_rir(6, 5);
    s.warmup = true;
    return s;
}

exercise::Exercise press() {
    exercise::Exercise e;
    e.id = "test-press";
    e.name = "Test press";
    e.primary = {Muscle::Chest};
    e.secondary = {Muscle::FrontDelts, Muscle::Triceps};
    return e;
}

TEST(HardSet, RirThreeCountsAndAboveDoesNot) {
    const CountingRules rules;
    EXPECT_TRUE(is_hard_set(at_rir(0), rules));
    EXPECT_TRUE(is_hard_set(to_failure(), rules));
    EXPECT_TRUE(is_hard_set(at_rir(3), rules));
    EXPECT_FALSE(is_hard_set(at_rir(3.5), rules));
    EXPECT_FALSE(is_hard_set(at_rir(4), rules));  // seed 000: 3-4 short may not stimulate
    EXPECT_FALSE(is_hard_set(at_rir(6), rules));
}

TEST(HardSet, WarmupsNeverCount) {
    PlannedSet w = warmup();
    w.rir = 1;
    EXPECT_FALSE(is_hard_set(w, CountingRules{}));
}

TEST(HardSet, ThresholdIsConfigurable) {
    CountingRules strict;
    strict.max_hard_rir = 3;
    EXPECT_FALSE(is_hard_set(at_rir(4), strict));
    EXPECT_TRUE(is_hard_set(at_rir(3), strict));
}

TEST(HardSet, PrimaryCountsOneSecondaryHalf) {
    MuscleTally tally;
    credit_hard_set(press(), CountingRules{}, tally);
    credit_hard_set(press(), CountingRules{}, tally);
    EXPECT_DOUBLE_EQ(tally[Muscle::Chest], 2.0);
    EXPECT_DOUBLE_EQ(tally[Muscle::FrontDelts], 1.0);
    EXPECT_DOUBLE_EQ(tally[Muscle::Triceps], 1.0);
    EXPECT_DOUBLE_EQ(tally[Muscle::Lats], 0.0);
}

TEST(HardSet, FractionalWeightsAreConfigurable) {
    CountingRules rules;
    rules.secondary = 0.25;
    rules.primary = 1.0;
    MuscleTally tally;
    for (int i = 0; i < 3; ++i) credit_hard_set(press(), rules, tally);
    EXPECT_DOUBLE_EQ(tally[Muscle::Chest], 3.0);
    EXPECT_DOUBLE_EQ(tally[Muscle::Triceps], 0.75);
}

TEST(HardSet, AMuscleListedTwiceGetsThePrimaryCreditOnce) {
    exercise::Exercise e = press();
    e.secondary.push_back(Muscle::Chest);  // a malformed custom exercise
    MuscleTally tally;
    credit_hard_set(e, CountingRules{}, tally);
    EXPECT_DOUBLE_EQ(tally[Muscle::Chest], 1.0);
}

// A week through tally_week with library exercises:
//   bench press: warm-up, RIR 2, RIR 2, RIR 1, failure   -> 4 hard sets
//       (primary chest; secondary front delts, triceps)
//   cable fly: 3 x RIR 5                                  -> 0 hard sets
//   triceps pushdown: RIR 4, RIR 4, RIR 4.5              -> 2 hard sets
// chest = 4; front delts = 4 x 0.5 = 2; triceps = 4 x 0.5 + 2 = 4.
Week counting_week() {
    Session push{"Push", 1, {}};
    push.exercises.push_back({"bench-press", {warmup(), at_rir(2), at_rir(2), at_rir(1), to_failure()}, ""});
    push.exercises.push_back({"cable-fly", {at_rir(5), at_rir(5), at_rir(5)}, ""});
    push.exercises.push_back({"triceps-pushdown", {at_rir(3, 12), at_rir(3, 12), at_rir(3.5, 12)}, ""});
    return Week{"", policy::Phase::Normal, {push}};
}

TEST(WeeklyVolume, CountsFractionalHardSetsPerMuscle) {
    const auto library = exercise::ExerciseLibrary::builtin();
    const WeekEvaluation we = tally_week(counting_week(), 0, PlanSettings{}, library);
    const auto& chest = we.muscles[muscle_index(Muscle::Chest)];
    const auto& delts = we.muscles[muscle_index(Muscle::FrontDelts)];
    const auto& triceps = we.muscles[muscle_index(Muscle::Triceps)];
    EXPECT_DOUBLE_EQ(chest.hard_sets, 4.0);
    EXPECT_DOUBLE_EQ(chest.direct_sets, 4.0);
    EXPECT_DOUBLE_EQ(delts.hard_sets, 2.0);
    EXPECT_DOUBLE_EQ(delts.direct_sets, 0.0);
    EXPECT_EQ(delts.sessions, 0);  // secondary work only: not a session "training" it
    EXPECT_DOUBLE_EQ(triceps.hard_sets, 4.0);
    EXPECT_DOUBLE_EQ(triceps.direct_sets, 2.0);
    EXPECT_EQ(chest.sessions, 1);
    EXPECT_EQ(we.failure_sets, 1);
    EXPECT_FALSE(we.sessions[0].exercises[0].sets[0].hard);
    EXPECT_TRUE(we.sessions[0].exercises[0].sets[4].hard);
}

TEST(WeeklyVolume, SessionsAddUpAndCountFrequency) {
    const auto library = exercise::ExerciseLibrary::builtin();
    Week week = counting_week();
    week.sessions.push_back(week.sessions[0]);
    week.sessions[1].name = "Push 2";
    week.sessions[1].day = 4;
    const WeekEvaluation we = tally_week(week, 0, PlanSettings{}, library);
    EXPECT_DOUBLE_EQ(we.muscles[muscle_index(Muscle::Chest)].hard_sets, 8.0);
    EXPECT_EQ(we.muscles[muscle_index(Muscle::Chest)].sessions, 2);
    EXPECT_DOUBLE_EQ(we.sessions[1].hard_sets[Muscle::Triceps], 4.0);
}

TEST(WeeklyVolume, AnUnknownExerciseNamesItsPath) {
    const auto library = exercise::ExerciseLibrary::builtin();
    Week week = counting_week();
    week.sessions[0].exercises[2].exercise = "no-such-lift";
    try {
        tally_week(week, 3, PlanSettings{}, library);
        FAIL() << "expected an InputError";
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "weeks[3].sessions[0].exercises[2].exercise");
    }
}

TEST(Landmarks, DefaultsAreTenSixteenTwenty) {
    for (Muscle m : exercise::all_muscles()) {
        const Landmark l = default_landmark(m);
        EXPECT_EQ(l.min, 10);
        EXPECT_EQ(l.max, 16);
        EXPECT_EQ(l.ceiling, 20);
    }
}

TEST(Landmarks, ClassifiesAtTheBoundaries) {
    const Landmark l{};
    EXPECT_EQ(classify_volume(0, l), VolumeStatus::Under);
    EXPECT_EQ(classify_volume(9.5, l), VolumeStatus::Under);
    EXPECT_EQ(classify_volume(10, l), VolumeStatus::Productive);
    EXPECT_EQ(classify_volume(16, l), VolumeStatus::Productive);
    EXPECT_EQ(classify_volume(16.5, l), VolumeStatus::High);
    EXPECT_EQ(classify_volume(20, l), VolumeStatus::High);
    EXPECT_EQ(classify_volume(20.5, l), VolumeStatus::Excessive);
    EXPECT_STREQ(volume_status_id(VolumeStatus::Excessive), "excessive");
}

TEST(Landmarks, OverridesApplyToOneMuscleOnly) {
    LandmarkTable table;
    table.set(Muscle::Calves, Landmark{6, 10, 12});
    EXPECT_TRUE(table.is_override(Muscle::Calves));
    EXPECT_FALSE(table.is_override(Muscle::Chest));
    EXPECT_EQ(table.at(Muscle::Calves).max, 10);
    EXPECT_EQ(table.at(Muscle::Chest).max, 16);
    EXPECT_EQ(classify_volume(11, table.at(Muscle::Calves)), VolumeStatus::High);
    EXPECT_EQ(classify_volume(11, table.at(Muscle::Chest)), VolumeStatus::Productive);
}

TEST(Landmarks, WeekStatusUsesTheOverride) {
    const auto library = exercise::ExerciseLibrary::builtin();
    PlanSettings settings;
    settings.landmarks.set(Muscle::Chest, Landmark{2, 3, 3.5});
    const WeekEvaluation we = tally_week(counting_week(), 0, settings, library);
    EXPECT_EQ(we.muscles[muscle_index(Muscle::Chest)].status, VolumeStatus::Excessive);   // 4 > 3.5
    EXPECT_EQ(we.muscles[muscle_index(Muscle::Triceps)].status, VolumeStatus::Under);     // 4 < 10
}

}  // namespace
}  // namespace proximity::plan
