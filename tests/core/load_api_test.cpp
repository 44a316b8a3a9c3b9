// The load methods through the JSON entry point: listed, errors readable and named,
// the engine usable after an error.
#include "core/api/engine.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace proximity::api {
namespace {

using nlohmann::json;

json call(Engine& e, const std::string& method, const json& input) {
    return json::parse(e.call(method, input.dump()));
}

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

}  // namespace
}  // namespace proximity::api
