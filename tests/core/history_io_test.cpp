// The history document: strict reading with JSON paths, writing, the round trip, and
// the local times it stores (core/json/history_reader, history_writer; core/history/local_time).
#include "core/common/input_error.hpp"
#include "core/history/history_limits.hpp"
#include "core/history/local_time.hpp"
#include "core/json/history_reader.hpp"
#include "core/json/history_writer.hpp"

#include <gtest/gtest.h>

namespace proximity::history {
namespace {

using nlohmann::json;

const exercise::ExerciseLibrary& library() {
    static const auto lib = exercise::ExerciseLibrary::builtin();
    return lib;
}

json minimal() {
    return json::parse(R"j({"version": 1, "workouts": [{"start": "2024-11-28T17:36:08", "name": "Legs",
        "exercises": [{"exercise": "back-squat", "name": "Squat (Barbell)", "sets": [
          {"load": 60, "unit": "kg", "reps": 5, "type": "warmup"},
          {"load": 100, "unit": "kg", "reps": 5, "rpe": 8.5},
          {"load": 100, "unit": "kg", "reps": 7, "type": "failure"}]}]}]})j");
}

std::string field_of_error(const json& doc) {
    try {
        read_history(doc, library());
    } catch (const InputError& e) {
        return e.field();
    }
    return "(accepted)";
}

json with(const std::string& pointer, const json& value) {
    json doc = minimal();
    doc[json::json_pointer(pointer)] = value;
    return doc;
}

TEST(HistoryReader, ReadsTheIssueShape) {
    const History h = read_history(minimal(), library());
    ASSERT_EQ(h.workouts.size(), 1u);
    const Workout& w = h.workouts[0];
    EXPECT_EQ(w.start, "2024-11-28T17:36:08");
    EXPECT_EQ(w.source, Source::Proximity);
    const LoggedExercise& x = w.exercises[0];
    EXPECT_EQ(x.exercise, "back-squat");
    EXPECT_EQ(x.name, "Squat (Barbell)");
    ASSERT_EQ(x.sets.size(), 3u);
    EXPECT_EQ(x.sets[0].type, SetType::Warmup);
    EXPECT_FALSE(x.sets[0].failure);
    EXPECT_EQ(x.sets[0].effort.kind, EffortKind::None);
    EXPECT_EQ(x.sets[1].effort.kind, EffortKind::Rpe);
    EXPECT_DOUBLE_EQ(*effort_rir(x.sets[1].effort), 1.5);
    EXPECT_EQ(x.sets[2].type, SetType::Failure);
    EXPECT_TRUE(x.sets[2].failure);  // a failure set reached failure unless it says otherwise
    EXPECT_EQ(set_count(h), 3u);
}

TEST(HistoryReader, ErrorsNameTheJsonPath) {
    const std::string set = "/workouts/0/exercises/0/sets/1";
    EXPECT_EQ(field_of_error(with(set + "/reps", -1)), "workouts[0].exercises[0].sets[1].reps");
    EXPECT_EQ(field_of_error(with(set + "/unit", "stone")), "workouts[0].exercises[0].sets[1].unit");
    EXPECT_EQ(field_of_error(with(set + "/type", "superset")), "workouts[0].exercises[0].sets[1].type");
    EXPECT_EQ(field_of_error(with(set + "/rpe", 8.3)), "workouts[0].exercises[0].sets[1].rpe");
    EXPECT_EQ(field_of_error(with(set + "/rir", 2)), "workouts[0].exercises[0].sets[1].rir");  // and rpe
    EXPECT_EQ(field_of_error(with(set + "/lode", 2)), "workouts[0].exercises[0].sets[1].lode");
    EXPECT_EQ(field_of_error(with("/workouts/0/start", "2024-02-30T10:00:00")), "workouts[0].start");
    EXPECT_EQ(field_of_error(with("/workouts/0/start", "yesterday")), "workouts[0].start");
    EXPECT_EQ(field_of_error(with("/workouts/0/exercises/0/exercise", "zercher")), "workouts[0].exercises[0].exercise");
    EXPECT_EQ(field_of_error(with("/workouts/0/source", "fitbod")), "workouts[0].source");
    EXPECT_EQ(field_of_error(with("/version", 2)), "version");
    EXPECT_EQ(field_of_error(with("/extra", 1)), "extra");
}

TEST(HistoryReader, WarmupsCannotFailAndCalibrationTestsNeedACall) {
    const std::string set = "/workouts/0/exercises/0/sets/";
    EXPECT_EQ(field_of_error(with(set + "0/failure", true)), "workouts[0].exercises[0].sets[0].failure");
    EXPECT_EQ(field_of_error(with(set + "0/failureReps", 8)), "workouts[0].exercises[0].sets[0].failureReps");
    EXPECT_EQ(field_of_error(with(set + "1/failureReps", 4)), "workouts[0].exercises[0].sets[1].failureReps");
    const History h = read_history(with(set + "1/failureReps", 7), library());
    EXPECT_EQ(*h.workouts[0].exercises[0].sets[1].failure_reps, 7);
}

TEST(HistoryReader, RowsWithoutRepsNeedATimeOrDistance) {
    const std::string set = "/workouts/0/exercises/0/sets/1";
    EXPECT_EQ(field_of_error(with(set + "/reps", 0)), "workouts[0].exercises[0].sets[1].reps");
    json doc = with(set + "/reps", 0);
    doc[json::json_pointer(set + "/seconds")] = 600;
    EXPECT_EQ(field_of_error(doc), "(accepted)");
}

TEST(HistoryReader, CustomExercisesAndMapping) {
    json doc = minimal();
    doc["customExercises"] = json::parse(
        R"j([{"id": "custom-zercher-squat", "name": "Zercher Squat (Barbell)", "class": "compound", "equipment": "freeWeight"}])j");
    doc["mapping"] = json::parse(R"j([{"name": "Zercher Squat (Barbell)", "exercise": "custom-zercher-squat"}])j");
    doc["workouts"][0]["exercises"][0]["exercise"] = "custom-zercher-squat";
    const History h = read_history(doc, library());
    ASSERT_EQ(h.custom_exercises.size(), 1u);
    EXPECT_FALSE(h.custom_exercises[0].verified);
    EXPECT_EQ(h.mapping[0].exercise, "custom-zercher-squat");

    json bad = doc;
    bad["customExercises"][0]["id"] = "back-squat";
    EXPECT_EQ(field_of_error(bad), "customExercises[0].id");
    bad = doc;
    bad["customExercises"].push_back(doc["customExercises"][0]);
    EXPECT_EQ(field_of_error(bad), "customExercises[1].id");
    bad = doc;
    bad["mapping"][0]["exercise"] = "custom-nothing";
    EXPECT_EQ(field_of_error(bad), "mapping[0].exercise");
}

TEST(HistoryReader, SortsWorkoutsByStart) {
    json doc = minimal();
    json earlier = doc["workouts"][0];
    earlier["start"] = "2024-11-27T08:00";
    earlier["name"] = "Earlier";
    doc["workouts"].push_back(earlier);
    const History h = read_history(doc, library());
    EXPECT_EQ(h.workouts[0].name, "Earlier");
    EXPECT_EQ(h.workouts[0].start, "2024-11-27T08:00:00");  // seconds always written
}

TEST(HistoryReader, TheSetLimitHolds) {
    json doc = minimal();
    json exercise = doc["workouts"][0]["exercises"][0];
    exercise["sets"] = json::array();
    for (size_t i = 0; i < kMaxSetsPerExercise; ++i)
        exercise["sets"].push_back({{"load", 100}, {"unit", "kg"}, {"reps", 5}});
    json workout = doc["workouts"][0];
    workout["exercises"] = json::array({exercise, exercise, exercise, exercise, exercise});
    doc["workouts"] = json::array();
    for (size_t w = 0; w <= kMaxSets / 500; ++w) doc["workouts"].push_back(workout);
    EXPECT_EQ(field_of_error(doc), "workouts");
    doc["workouts"].erase(doc["workouts"].size() - 1);
    EXPECT_EQ(set_count(read_history(doc, library())), kMaxSets);  // exactly the limit fits
}

TEST(HistoryWriter, RoundTrips) {
    json doc = minimal();
    doc["workouts"][0]["plan"] = {{"week", 1}, {"session", 2}};
    doc["workouts"][0]["duration"] = 3600;
    doc["workouts"][0]["exercises"][0]["sets"][1]["time"] = "2024-11-28T17:50:00";
    doc["workouts"][0]["exercises"][0]["sets"][1]["note"] = "belt";
    const json once = history_to_json(read_history(doc, library()));
    EXPECT_EQ(once["workouts"][0]["plan"]["session"], 2);
    EXPECT_EQ(once["workouts"][0]["exercises"][0]["sets"][1]["rpe"], 8.5);
    EXPECT_EQ(once["workouts"][0]["exercises"][0]["sets"][2]["failure"], true);
    EXPECT_EQ(once["workouts"][0]["exercises"][0]["sets"][0]["type"], "warmup");
    EXPECT_EQ(history_to_json(read_history(once, library())), once);
}

TEST(LocalTime, ParsesTheStoredAndTheAppFormats) {
    EXPECT_EQ(local_time_text(*parse_local_time("2024-11-28 17:36:08")), "2024-11-28T17:36:08");
    EXPECT_EQ(local_time_text(*parse_local_time("2024-02-29T07:05")), "2024-02-29T07:05:00");
    EXPECT_FALSE(parse_local_time("2023-02-29T07:05"));
    EXPECT_FALSE(parse_local_time("2024-11-28T24:00"));
    EXPECT_FALSE(parse_local_time("2024-11-28"));
    EXPECT_EQ(local_time_text(*parse_day_month_year_time("15 Sep 2025, 07:48")), "2025-09-15T07:48:00");
    EXPECT_EQ(local_time_text(*parse_day_month_year_time("1 Jan 2024, 18:02")), "2024-01-01T18:02:00");
    EXPECT_FALSE(parse_day_month_year_time("31 Sep 2025, 07:48"));
    EXPECT_FALSE(parse_day_month_year_time("15 Foo 2025, 07:48"));
}

}  // namespace
}  // namespace proximity::history
