// The engine's state between calls (core/api/engine_state.cpp): built on first use,
// replaced only by a call that succeeds, and never shared in a way that lets one
// engine's change reach another.
#include "core/api/engine.hpp"
#include "core/support/engine_call.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace proximity::api {
namespace {

using nlohmann::json;
using proximity::testing::call;

json exercise(const std::string& id, const std::string& equipment = "freeWeight") {
    return {{"id", id}, {"name", id}, {"class", "compound"}, {"equipment", equipment}, {"primary", {"frontDelts"}}};
}

bool knows(Engine& e, const std::string& id) {
    return call(e, "exercises", {{"ids", {id}}}).at("ok").get<bool>();
}

size_t exercise_count(Engine& e) { return call(e, "exercises", json::object()).at("result").size(); }

TEST(EngineState, FailedCallsChangeNothing) {
    Engine e;
    const size_t builtin = exercise_count(e);
    ASSERT_GT(builtin, 0u);
    ASSERT_TRUE(call(e, "addExercise", exercise("landmine-press")).at("ok").get<bool>());
    json refused = call(e, "addExercise", exercise("kb-swing", "kettlebell"));
    EXPECT_FALSE(refused.at("ok").get<bool>());
    EXPECT_EQ(refused.at("error").at("field"), "equipment");
    refused = call(e, "addExercise", exercise("landmine-press"));  // the same id twice
    EXPECT_EQ(refused.at("error").at("field"), "id");
    EXPECT_EQ(exercise_count(e), builtin + 1);
    EXPECT_TRUE(knows(e, "landmine-press"));
    EXPECT_FALSE(knows(e, "kb-swing"));
}

TEST(EngineState, ACopiedEngineChangesOnItsOwn) {
    Engine a;
    ASSERT_TRUE(call(a, "addExercise", exercise("landmine-press")).at("ok").get<bool>());
    Engine b = a;
    ASSERT_TRUE(call(b, "addExercise", exercise("viking-press")).at("ok").get<bool>());
    EXPECT_TRUE(knows(b, "landmine-press"));
    EXPECT_TRUE(knows(b, "viking-press"));
    EXPECT_FALSE(knows(a, "viking-press"));
    Engine fresh;  // starts from the built-ins
    EXPECT_TRUE(knows(fresh, "bench-press"));
    EXPECT_FALSE(knows(fresh, "landmine-press"));
}

}  // namespace
}  // namespace proximity::api
