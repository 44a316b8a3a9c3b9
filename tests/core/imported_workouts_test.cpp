// px.importedWorkouts: the workouts an import added, a page at a time. The pages together
// are exactly the workouts added, in start order; each page keeps to describe()'s limits
// (workouts and sets); the answers stop once the kept history changes.
#include "core/api/engine.hpp"
#include "core/support/engine_call.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <string>

namespace proximity::api {
namespace {

using nlohmann::json;
using proximity::testing::call;

json result(Engine& e, const std::string& method, const json& input) {
    const json answer = call(e, method, input);
    EXPECT_TRUE(answer["ok"].get<bool>()) << method << ": " << answer.dump();
    return answer.value("result", json::object());
}

// A Proximity history file of `workouts` workouts (one a day from 2020-01-01), each of
// `exercises` exercises of `sets` sets.
std::string history_file(int workouts, int exercises, int sets) {
    json doc = {{"version", 1}, {"workouts", json::array()}};
    for (int w = 0; w < workouts; ++w) {
        char start[32];
        std::snprintf(start, sizeof start, "20%02d-%02d-%02dT08:00:00", 20 + w / 336, 1 + (w / 28) % 12, 1 + w % 28);
        json workout = {{"start", start}, {"name", "Day " + std::to_string(w)}, {"exercises", json::array()}};
        for (int x = 0; x < exercises; ++x) {
            json entry = {{"exercise", "bench-press"}, {"name", "Bench press"}, {"sets", json::array()}};
            for (int s = 0; s < sets; ++s) entry["sets"].push_back({{"load", 60}, {"unit", "kg"}, {"reps", 5}});
            workout["exercises"].push_back(std::move(entry));
        }
        doc["workouts"].push_back(std::move(workout));
    }
    return doc.dump();
}

// Every page from 0 to the end, asking `count` (or the default) each time.
json all_pages(Engine& e, json ask, std::vector<size_t>& page_sizes) {
    json workouts = json::array();
    for (int from = 0;;) {
        ask["from"] = from;
        const json page = result(e, "importedWorkouts", ask);
        page_sizes.push_back(page["workouts"].size());
        for (const json& w : page["workouts"]) workouts.push_back(w);
        EXPECT_EQ(page["next"].get<int>(), from + int(page["workouts"].size()));
        from = page["next"].get<int>();
        if (from == page["total"].get<int>() || page_sizes.size() > 100) break;
    }
    return workouts;
}

TEST(ImportedWorkouts, PagesHoldEveryAddedWorkoutOnceWithinTheLimits) {
    Engine e;
    const json limits = result(e, "describe", json::object())["limits"];
    ASSERT_EQ(limits["importedPage"]["max"], 200);
    ASSERT_EQ(limits["importedPageSets"]["max"], 10000);
    ASSERT_FALSE(limits["importedPage"]["reason"].get<std::string>().empty());

    const json imported = result(e, "importToHistory", {{"text", history_file(450, 3, 4)}});
    EXPECT_EQ(imported["added"], 450);
    std::vector<size_t> sizes;
    const json workouts = all_pages(e, json::object(), sizes);
    EXPECT_EQ(sizes, (std::vector<size_t>{200, 200, 50}));  // 12 sets a workout: the count binds
    ASSERT_EQ(workouts.size(), 450u);
    EXPECT_EQ(workouts[0]["name"], "Day 0");
    EXPECT_EQ(workouts[449]["name"], "Day 449");
    EXPECT_EQ(workouts[7]["exercises"][2]["sets"].size(), 4u);
    EXPECT_EQ(workouts[7]["exercises"][2]["sets"][3]["load"], 60);

    sizes.clear();
    EXPECT_EQ(all_pages(e, {{"count", 7}}, sizes).size(), 450u);
    EXPECT_EQ(sizes.front(), 7u);
    EXPECT_EQ(sizes.back(), 450u % 7);
}

TEST(ImportedWorkouts, APageStopsAtTheSetsLimitButAlwaysHoldsAWorkout) {
    Engine e;
    // 700 sets a workout: 14 workouts make 9,800 sets, a 15th would pass 10,000.
    result(e, "importToHistory", {{"text", history_file(30, 7, 100)}});
    std::vector<size_t> sizes;
    EXPECT_EQ(all_pages(e, json::object(), sizes).size(), 30u);
    EXPECT_EQ(sizes, (std::vector<size_t>{14, 14, 2}));
}

TEST(ImportedWorkouts, OnlyTheLastImportsNewWorkoutsAndOnlyWhileTheHistoryIsUnchanged) {
    Engine e;
    const std::string file = history_file(5, 1, 1);
    result(e, "importToHistory", {{"text", file}});
    const json again = result(e, "importToHistory", {{"text", history_file(6, 1, 1)}});
    EXPECT_EQ(again["added"], 1);  // the five already kept are not added again
    const json page = result(e, "importedWorkouts", json::object());
    ASSERT_EQ(page["workouts"].size(), 1u);
    EXPECT_EQ(page["workouts"][0]["name"], "Day 5");
    EXPECT_EQ(page["total"], 1);

    for (const json& bad : {json{{"from", 2}}, json{{"from", -1}}, json{{"count", 0}}, json{{"count", 201}}}) {
        const json refused = call(e, "importedWorkouts", bad);
        ASSERT_FALSE(refused["ok"].get<bool>()) << bad.dump();
        EXPECT_EQ(refused["error"]["kind"], "input");
        EXPECT_EQ(refused["error"]["field"], bad.begin().key());
    }
    result(e, "clearHistory", json::object());
    const json stale = call(e, "importedWorkouts", json::object());
    ASSERT_FALSE(stale["ok"].get<bool>());
    EXPECT_EQ(stale["error"]["field"], "from");
    EXPECT_NE(stale["error"]["message"].get<std::string>().find("changed since"), std::string::npos);
}

}  // namespace
}  // namespace proximity::api
