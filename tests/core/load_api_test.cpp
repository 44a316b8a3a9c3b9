// The load methods through the JSON entry point: listed, errors readable and named,
// the engine usable after an error.
#include "core/api/engine.hpp"
#include "core/support/engine_call.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace proximity::api {
namespace {

using nlohmann::json;
using proximity::testing::call;

TEST(LoadApi, EveryLoadMethodIsListed) {
    const auto names = Engine::method_names();
    for (const char* m : {"estimateOneRepMax", "loadForTarget", "loadTable", "calibrateRir", "roundLoad",
                          "defaultEquipment", "convertUnit", "describe"})
        EXPECT_NE(std::find(names.begin(), names.end(), m), names.end()) << m;
}

TEST(LoadApi, ErrorMessagesNameTheFieldAndTheProblem) {
    Engine e;
    json out = call(e, "estimateOneRepMax",
                    {{"load", 100}, {"reps", 5}, {"rir", 0},
                     {"calibration", {{"sets", {{{"reps", 8}, {"predictedRir", 1}, {"failureReps", 6}}}}}}});
    ASSERT_FALSE(out["ok"].get<bool>());
    EXPECT_EQ(out["error"]["field"], "calibration.sets[0].failureReps");
    EXPECT_EQ(out["error"]["message"],
              "calibration.sets[0].failureReps (6) must be at least reps (8): the set went on to failure from there");

    out = call(e, "roundLoad", {{"load", 100}, {"equipment", {{"type", "barbell"}, {"plates", {{{"weight", 20}}}}}}});
    EXPECT_EQ(out["error"]["field"], "equipment.plates[0].count");
    EXPECT_EQ(out["error"]["message"], "equipment.plates[0].count is required");

    out = call(e, "estimateOneRepMax", {{"load", 100}, {"reps", 5}, {"rir", 0}, {"experience", "pro"}});
    EXPECT_EQ(out["error"]["message"], "experience must be one of beginner, intermediate, advanced (got \"pro\")");
}

TEST(LoadApi, UsableAfterAnError) {
    Engine e;
    EXPECT_FALSE(call(e, "loadTable", {{"e1rm", -1}})["ok"].get<bool>());
    EXPECT_FALSE(e.call("roundLoad", "{not json").empty());
    const json out = call(e, "loadTable", {{"e1rm", 100}, {"maxReps", 1}});
    ASSERT_TRUE(out["ok"].get<bool>());
    EXPECT_EQ(out["result"]["rows"][0]["cells"][0]["rounded"], 100.0);
}

TEST(LoadApi, EstimateWithTableIsTheEstimateAndTheLoadTableInOneCall) {
    Engine e;
    const json set = {{"load", 100}, {"reps", 5}, {"rir", 2}, {"rounding", "down"}, {"table", true}};
    const json both = call(e, "estimateOneRepMax", set);
    ASSERT_TRUE(both["ok"].get<bool>()) << both.dump();
    const json& result = both["result"];
    EXPECT_NEAR(result["e1rm"].get<double>(), 100 * 37.0 / 30.0, 1e-9);
    // The table is exactly loadTable's answer at that e1RM.
    const json table = call(e, "loadTable", {{"e1rm", result["e1rm"]}, {"rounding", "down"}});
    EXPECT_EQ(result["table"], table["result"]);
    // Each cell's load is sent once, in the cell (no second "loads" list per row).
    ASSERT_EQ(result["table"]["rows"].size(), 12u);
    for (const auto& row : result["table"]["rows"]) {
        EXPECT_FALSE(row.contains("loads"));
        EXPECT_EQ(row["cells"].size(), 5u);
    }
    // Without table: true the answer is the estimate alone, and table options are refused.
    json plain = set;
    plain.erase("table");
    plain.erase("rounding");
    EXPECT_FALSE(call(e, "estimateOneRepMax", plain)["result"].contains("table"));
    plain["equipment"] = {{"type", "dumbbell"}};
    const json refused = call(e, "estimateOneRepMax", plain);
    EXPECT_EQ(refused["error"]["field"], "equipment");
    EXPECT_EQ(refused["error"]["message"], "equipment shapes the load table: ask for it with table: true");
}

}  // namespace
}  // namespace proximity::api
