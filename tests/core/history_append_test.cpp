// Adding one workout or one set to a kept history (core/history/history_append.hpp): the
// order workouts keep, where a set goes, and the limits, each refused before anything
// changes. The same behaviour through px.appendWorkout and px.logSet is in the vectors.
#include "core/common/input_error.hpp"
#include "core/history/history_append.hpp"
#include "core/history/history_limits.hpp"
#include "core/load/equipment.hpp"

#include <gtest/gtest.h>

#include <functional>

namespace proximity::history {
namespace {

Workout workout(const std::string& start, const std::string& name = "") {
    Workout w;
    w.start = start;
    w.name = name;
    return w;
}

LoggedExercise squat() {
    LoggedExercise x;
    x.exercise = "back-squat";
    x.name = "Squat";
    return x;
}

LoggedSet set_of(int reps) {
    LoggedSet s;
    s.load = 100;
    s.reps = reps;
    return s;
}

std::string field_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const InputError& e) {
        return e.field();
    }
    return "(accepted)";
}

TEST(HistoryAppend, AWorkoutGoesAfterEveryWorkoutThatStartedNoLater) {
    History h;
    EXPECT_EQ(append_workout(h, workout("2024-05-03T10:00", "c")), 0u);
    EXPECT_EQ(append_workout(h, workout("2024-05-01T10:00", "a")), 0u);
    EXPECT_EQ(append_workout(h, workout("2024-05-03T10:00", "d")), 2u);  // equal start: after
    EXPECT_EQ(append_workout(h, workout("2024-05-02T10:00", "b")), 1u);
    ASSERT_EQ(h.workouts.size(), 4u);
    EXPECT_EQ(h.workouts[0].name, "a");
    EXPECT_EQ(h.workouts[1].name, "b");
    EXPECT_EQ(h.workouts[2].name, "c");
    EXPECT_EQ(h.workouts[3].name, "d");
}

TEST(HistoryAppend, AFullHistoryRefusesAWorkoutAndStaysAsItWas) {
    History h;
    h.workouts.resize(kMaxWorkouts, workout("2024-01-01T10:00"));
    EXPECT_EQ(field_of([&] { append_workout(h, workout("2025-01-01T10:00")); }), "workout");
    EXPECT_EQ(h.workouts.size(), kMaxWorkouts);
}

TEST(HistoryAppend, ASetJoinsTheExerciseTheWorkoutEndedWithOrStartsANewEntry) {
    History h;
    SetPlace at = log_set(h, squat(), set_of(5), workout("2024-05-01T10:00"));
    EXPECT_EQ(at.workout, 0u);
    EXPECT_EQ(at.exercise, 0u);
    EXPECT_EQ(at.set, 0u);
    at = log_set(h, squat(), set_of(4), std::nullopt);
    EXPECT_EQ(at.exercise, 0u);
    EXPECT_EQ(at.set, 1u);
    LoggedExercise bench;
    bench.exercise = "bench-press";
    at = log_set(h, bench, set_of(8), std::nullopt);
    EXPECT_EQ(at.exercise, 1u);
    EXPECT_EQ(at.set, 0u);
    at = log_set(h, squat(), set_of(3), std::nullopt);  // back to squats: a new entry
    EXPECT_EQ(at.exercise, 2u);
    ASSERT_EQ(h.workouts[0].exercises.size(), 3u);
    EXPECT_EQ(h.workouts[0].exercises[0].sets.size(), 2u);
    EXPECT_EQ(h.workouts[0].exercises[0].sets[1].reps, 4);
    EXPECT_EQ(h.workouts[0].exercises[0].name, "Squat");
}

TEST(HistoryAppend, ASetIsRefusedWithoutAWorkoutOrBeforeTheLastOne) {
    History h;
    EXPECT_EQ(field_of([&] { log_set(h, squat(), set_of(5), std::nullopt); }), "workout");
    log_set(h, squat(), set_of(5), workout("2024-05-02T10:00"));
    EXPECT_EQ(field_of([&] { log_set(h, squat(), set_of(5), workout("2024-05-01T10:00")); }), "workout.start");
    EXPECT_EQ(h.workouts.size(), 1u);
    EXPECT_EQ(set_count(h), 1u);
}

TEST(HistoryAppend, AnExerciseFullOfSetsRefusesOneMore) {
    History h;
    log_set(h, squat(), set_of(5), workout("2024-05-01T10:00"));
    h.workouts[0].exercises[0].sets.resize(kMaxSetsPerExercise, set_of(5));
    EXPECT_EQ(field_of([&] { log_set(h, squat(), set_of(5), std::nullopt); }), "set");
    EXPECT_EQ(h.workouts[0].exercises[0].sets.size(), kMaxSetsPerExercise);
}

TEST(HistoryAppend, ALoggedExerciseMustBeKnownAndItsNameShort) {
    History h;
    const exercise::ExerciseLibrary library = exercise::ExerciseLibrary::builtin();
    EXPECT_EQ(field_of([&] { check_logged_exercise(h, library, squat()); }), "(accepted)");
    LoggedExercise custom;
    custom.exercise = "custom-zercher-squat";
    EXPECT_EQ(field_of([&] { check_logged_exercise(h, library, custom); }), "exercise");
    CustomExercise c;
    c.id = custom.exercise;
    h.custom_exercises.push_back(c);
    EXPECT_EQ(field_of([&] { check_logged_exercise(h, library, custom); }), "(accepted)");
    custom.name = std::string(kMaxNameLength + 1, 'a');
    EXPECT_EQ(field_of([&] { check_logged_exercise(h, library, custom); }), "name");
}

TEST(LoadPerSide, HalfOfWhatIsNotTheBarOnABarbellOnly) {
    const load::Equipment bar = load::default_equipment(load::EquipmentType::Barbell, units::Unit::Kg);
    EXPECT_DOUBLE_EQ(*load::load_per_side(100, bar), (100 - bar.bar) / 2);
    EXPECT_DOUBLE_EQ(*load::load_per_side(bar.bar, bar), 0);
    EXPECT_FALSE(load::load_per_side(30, load::default_equipment(load::EquipmentType::Dumbbell, units::Unit::Kg)));
}

}  // namespace
}  // namespace proximity::history
