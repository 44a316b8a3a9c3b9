// The kept history (px.setHistory / logSet / appendWorkout / clearHistory): what each
// call adds, and that a refused call changes nothing.
#include "core/api/engine.hpp"

#include <gtest/gtest.h>

namespace proximity::api {
namespace {

using nlohmann::json;

json history() {
    return json::parse(R"j({"version": 1, "workouts": [{"start": "2024-12-02T18:00:00", "exercises": [
        {"exercise": "back-squat", "sets": [{"load": 100, "unit": "kg", "reps": 5, "rir": 2}]}]}]})j");
}

json sessions(Engine& e) {
    return e.call_json("analyzeHistory", json::object())["exercises"][0]["sessions"];
}

TEST(AnalysisApi, LogSetAddsToTheLastWorkoutOrStartsOne) {
    Engine e;
    EXPECT_EQ(e.call_json("setHistory", {{"history", history()}})["sets"], 1);
    json out = e.call_json("logSet", {{"exercise", "back-squat"}, {"set", {{"load", 100}, {"unit", "kg"}, {"reps", 6}, {"rir", 1}}}});
    EXPECT_EQ(out["workout"], 0);
    EXPECT_EQ(out["exercise"], 0);
    EXPECT_EQ(out["set"], 1);
    out = e.call_json("logSet", {{"exercise", "leg-press"}, {"set", {{"load", 200}, {"unit", "kg"}, {"reps", 10}}}});
    EXPECT_EQ(out["exercise"], 1);
    out = e.call_json("logSet", {{"exercise", "back-squat"}, {"workout", {{"start", "2024-12-04T18:00:00"}}},
                                 {"set", {{"load", 105}, {"unit", "kg"}, {"reps", 5}, {"rir", 2}}}});
    EXPECT_EQ(out["workouts"], 2);
    EXPECT_EQ(out["sets"], 4);
    const json s = sessions(e);
    ASSERT_EQ(s.size(), 2u);
    EXPECT_NEAR(s[0]["e1rm"].get<double>(), 100 * (1 + 7 / 30.0), 1e-9);  // 5 @ 2 and 6 @ 1: both 7 to failure
    EXPECT_EQ(s[0]["hardSets"], 2);
    EXPECT_EQ(s[1]["date"], "2024-12-04");
}

TEST(AnalysisApi, ARefusedCallChangesNothing) {
    Engine e;
    e.call_json("setHistory", {{"history", history()}});
    const json before = e.call_json("analyzeHistory", json::object());
    const std::string bad[] = {
        R"({"exercise": "back-squat", "set": {"load": 100, "unit": "kg", "reps": 5, "rir": 2, "extra": 1}})",
        R"({"exercise": "back-squat", "workout": {"start": "2024-11-01T10:00:00"}, "set": {"load": 1, "unit": "kg", "reps": 5}})",
        R"({"exercise": "nope", "set": {"load": 100, "unit": "kg", "reps": 5}})",
    };
    for (const std::string& input : bad) {
        const json answer = json::parse(e.call("logSet", input));
        EXPECT_FALSE(answer["ok"].get<bool>()) << input;
    }
    EXPECT_FALSE(json::parse(e.call("setHistory", R"({"history": {"version": 2, "workouts": []}})"))["ok"].get<bool>());
    EXPECT_EQ(e.call_json("analyzeHistory", json::object()), before);
}

TEST(AnalysisApi, AppendWorkoutKeepsStartOrder) {
    Engine e;
    e.call_json("setHistory", {{"history", history()}});
    json w = history()["workouts"][0];
    w["start"] = "2024-11-29T18:00:00";
    EXPECT_EQ(e.call_json("appendWorkout", {{"workout", w}})["workout"], 0);
    EXPECT_EQ(sessions(e)[0]["date"], "2024-11-29");
    EXPECT_EQ(e.call_json("clearHistory", json::object())["workouts"], 0);
}

}  // namespace
}  // namespace proximity::api
