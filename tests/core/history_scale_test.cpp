// The history limits agree with every other limit: the largest history the document allows
// (describe().limits.historySets, with its reason) passes through every method that takes a
// history, whole, as JSON text (so the input limits on bytes and values let it through); one
// set more is refused at import in words, and nothing changes.
#include "core/api/engine.hpp"
#include "core/support/engine_call.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <map>
#include <set>
#include <string>

namespace proximity::api {
namespace {

using nlohmann::json;
using proximity::testing::call;

const char* const kExercises[] = {"bench-press", "barbell-row", "overhead-press", "lat-pulldown",
                                  "lateral-raise", "triceps-pushdown", "barbell-curl"};

std::string day_text(int day) {  // day 0 is 2016-01-01; months of 28 days are enough (each date differs)
    char out[16];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", 2016 + day / 336, 1 + (day / 28) % 12, 1 + day % 28);
    return out;
}

// `sets` sets in workouts of 7 exercises x 5 sets, one workout a day (at most 4 a day
// sharing a date: one each at 06, 10, 14 and 18 h), as a history document.
json history_of_sets(size_t sets) {
    json doc = {{"version", 1}, {"workouts", json::array()}, {"customExercises", json::array()}, {"mapping", json::array()}};
    size_t left = sets;
    for (int w = 0; left > 0; ++w) {
        char start[32];
        std::snprintf(start, sizeof start, "%sT%02d:00:00", day_text(w / 4 * 1).c_str(), 6 + (w % 4) * 4);
        json workout = {{"start", start}, {"name", "Session"}, {"exercises", json::array()}};
        for (const char* id : kExercises) {
            json x = {{"exercise", id}, {"name", id}, {"sets", json::array()}};
            for (int s = 0; s < 5 && left > 0; ++s, --left)
                x["sets"].push_back({{"load", 40 + s * 2.5 + (w % 52) * 0.5}, {"unit", "kg"}, {"reps", 8 + s % 3},
                                     {"rpe", 7 + (s % 3) * 0.5}, {"type", s == 4 ? "failure" : "working"}});
            if (!x["sets"].empty()) workout["exercises"].push_back(std::move(x));
        }
        doc["workouts"].push_back(std::move(workout));
    }
    return doc;
}

// A small Hevy export of one workout of `sets` sets, after every workout above.
std::string hevy_file(int sets) {
    std::string text = "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\","
                       "\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\","
                       "\"duration_seconds\",\"rpe\"\n";
    for (int i = 0; i < sets; ++i)
        text += "\"Extra\",\"1 Jan 2040, 08:00\",\"1 Jan 2040, 09:00\",\"\",\"Bench Press (Barbell)\",,\"\"," +
                std::to_string(i) + ",\"normal\",60,8,,,8\n";
    return text;
}

json result_of(const json& answer, const std::string& method) {
    EXPECT_TRUE(answer["ok"].get<bool>()) << method << ": " << answer.dump().substr(0, 400);
    return answer.value("result", json());
}

TEST(HistoryScale, TheLargestHistoryTheLimitsAllowPassesEveryMethodThatTakesAHistory) {
    Engine e;
    const json described = result_of(call(e, "describe", json::object()), "describe");
    const json& limits = described["limits"];
    ASSERT_TRUE(limits.contains("historySets"));
    const json& sets_limit = limits["historySets"];
    EXPECT_EQ(sets_limit["max"], 100000);  // a decade of training, as the README says
    EXPECT_NE(sets_limit["reason"].get<std::string>().find("ten years"), std::string::npos);
    const size_t max_sets = sets_limit["max"].get<size_t>();
    const size_t max_workouts = limits["historyWorkouts"]["max"].get<size_t>();
    const json session_limits = result_of(call(e, "sessionDefaults", json::object()), "sessionDefaults")["limits"];
    EXPECT_EQ(session_limits["sets"].get<size_t>(), max_sets);
    EXPECT_EQ(session_limits["workouts"].get<size_t>(), max_workouts);

    const json largest = history_of_sets(max_sets);
    ASSERT_LE(largest["workouts"].size(), max_workouts);
    const json plan = result_of(call(e, "generateMesocycle", {{"template", "fullBody"}}), "generateMesocycle");

    // What each method that takes a history needs besides it; a method that takes a history
    // and is not listed here fails the test, so a new one is checked too.
    const std::map<std::string, json> others = {
        {"importHistory", {{"text", R"({"version": 1, "workouts": []})"}}},
        {"exportHistory", {{"format", "proximity"}}},
        {"readHistory", json::object()},
        {"remapExercise", {{"name", "bench-press"}, {"to", "incline-bench-press"}}},
        {"setHistory", json::object()},
        {"analyzeHistory", {{"exercise", nullptr}}},
        {"prepareSession", {{"plan", plan}}},
        {"planLoads", {{"plan", plan}}},
        {"nextWeekVolume",
         {{"feedback",
           {{"workout", {{"start", largest["workouts"].back()["start"]}, {"name", "Session"}}},
            {"difficulty", "ok"},
            {"muscles", {{{"muscle", "chest"}, {"pump", "some"}, {"soreness", "healedOnTime"}, {"jointPain", "none"}}}}}}}},
    };
    std::set<std::string> taking;
    for (const json& m : described["methods"])
        for (const json& f : m["input"])
            if (f["name"] == "history") taking.insert(m["name"].get<std::string>());
    std::set<std::string> listed;
    for (const auto& [name, _] : others) listed.insert(name);
    EXPECT_EQ(taking, listed);

    for (const auto& [method, extra] : others) {
        json input = extra;
        input["history"] = largest;
        const auto started = std::chrono::steady_clock::now();
        const json out = result_of(call(e, method, input), method);
        std::printf("%s: %.0f ms\n", method.c_str(),
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
        if (method == "readHistory") EXPECT_EQ(out["sets"].get<size_t>(), max_sets);
        if (method == "setHistory") EXPECT_EQ(out["sets"].get<size_t>(), max_sets);
        if (method == "exportHistory") {  // the file it writes imports again, whole
            const json back = result_of(call(e, "importHistory", {{"text", out["text"]}}), "importHistory");
            EXPECT_EQ(back["report"]["sets"].get<size_t>(), max_sets);
        }
    }
    // The kept history answers the same without being sent again.
    EXPECT_TRUE(call(e, "exportHistory", {{"format", "strong"}})["ok"].get<bool>());
    EXPECT_TRUE(call(e, "analyzeHistory", {{"exercise", "bench-press"}})["ok"].get<bool>());
}

TEST(HistoryScale, AnImportPastTheLimitIsRefusedInWordsAndChangesNothing) {
    Engine e;
    const size_t max_sets = result_of(call(e, "describe", json::object()), "describe")["limits"]["historySets"]["max"];
    ASSERT_TRUE(call(e, "setHistory", {{"history", history_of_sets(max_sets - 3)}})["ok"].get<bool>());

    const json over = call(e, "importToHistory", {{"text", hevy_file(4)}});
    ASSERT_FALSE(over["ok"].get<bool>());
    EXPECT_EQ(over["error"]["field"], "text");
    EXPECT_EQ(over["error"]["message"].get<std::string>().substr(0, 64),
              "with this file the history would hold 100001 sets, and it may ho");
    EXPECT_NE(over["error"]["message"].get<std::string>().find("nothing was imported"), std::string::npos);
    EXPECT_EQ(result_of(call(e, "readHistory", {{"history", history_of_sets(1)}}), "readHistory")["sets"], 1);
    const json kept = result_of(call(e, "exportHistory", {{"format", "proximity"}}), "exportHistory");
    EXPECT_EQ(result_of(call(e, "readHistory", {{"history", json::parse(kept["text"].get<std::string>())}}),
                        "readHistory")["sets"],
              max_sets - 3);

    // Up to the limit, the file is added to the kept history; the answer is what was added.
    const json fits = result_of(call(e, "importToHistory", {{"text", hevy_file(3)}}), "importToHistory");
    EXPECT_EQ(fits["sets"].get<size_t>(), max_sets);
    EXPECT_EQ(fits["report"]["imported"], 3);
    ASSERT_EQ(fits["added"], 1);
    const json added = result_of(call(e, "importedWorkouts", json::object()), "importedWorkouts");
    ASSERT_EQ(added["workouts"].size(), 1u);
    EXPECT_EQ(added["workouts"][0]["name"], "Extra");
    EXPECT_EQ(added["workouts"][0]["exercises"][0]["sets"].size(), 3u);
    EXPECT_FALSE(fits["document"].contains("workouts"));
    EXPECT_TRUE(fits["document"]["customExercises"].is_array());
    // The same file again adds nothing.
    const json again = result_of(call(e, "importToHistory", {{"text", hevy_file(3)}}), "importToHistory");
    EXPECT_EQ(again["added"], 0);
    EXPECT_EQ(again["report"]["imported"], 0);
}

}  // namespace
}  // namespace proximity::api
