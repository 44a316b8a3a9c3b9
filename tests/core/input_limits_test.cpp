// Hostile and careless input through Engine::call: the input limits
// (core/common/input_limits.hpp) before any parsing, unknown fields, missing effort,
// units, tiny and huge numbers, text counted in characters. Each answer is a field error
// in words, and the engine answers normally afterwards.
#include "core/api/engine.hpp"
#include "core/common/input_limits.hpp"
#include "core/common/number_text.hpp"
#include "core/support/engine_call.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

namespace proximity::api {
namespace {

using nlohmann::json;
using proximity::testing::call;

json call_text(Engine& e, const std::string& method, const std::string& text) { return json::parse(e.call(method, text)); }

std::string nested(int depth) { return std::string(depth, '[') + std::string(depth, ']'); }

std::string nested_plan(int depth) {
    std::string text = "{\"name\":";
    for (int i = 0; i < depth; ++i) text += "{\"a\":";
    return text + "1" + std::string(depth + 1, '}');
}

void expect_error(const json& out, const std::string& field, const std::string& message) {
    ASSERT_FALSE(out["ok"].get<bool>()) << out.dump();
    EXPECT_EQ(out["error"]["field"], field);
    EXPECT_EQ(out["error"]["message"], message);
}

void expect_still_answers(Engine& e) {
    const json out = call(e, "estimateOneRepMax", {{"load", 100}, {"reps", 5}, {"rir", 0}});
    ASSERT_TRUE(out["ok"].get<bool>()) << out.dump();
    EXPECT_NEAR(out["result"]["e1rm"].get<double>(), 116.6667, 1e-4);
}

TEST(InputLimits, NestingBeyondTheLimitIsRefusedForEveryMethodBeforeParsing) {
    Engine e;
    for (const std::string& method : Engine::method_names()) {
        for (int depth : {kMaxNesting + 1, 100000}) {
            const json out = call_text(e, method, nested_plan(depth));
            ASSERT_FALSE(out["ok"].get<bool>()) << method;
            EXPECT_EQ(out["error"]["message"], "the input is nested more than 64 levels deep") << method;
        }
    }
    std::string at_the_limit;  // where the 65th level opens: 64 arrays deep
    for (int i = 0; i < kMaxNesting; ++i) at_the_limit += "[0]";
    expect_error(call_text(e, "importPlan", nested(100000)), at_the_limit, "the input is nested more than 64 levels deep");
    expect_still_answers(e);
}

TEST(InputLimits, NestingAtTheLimitReachesTheMethod) {
    Engine e;
    // 64 levels are read: the method's contract, not the limit, refuses the odd name.
    const json out = call_text(e, "importPlan", nested_plan(kMaxNesting - 1));
    ASSERT_FALSE(out["ok"].get<bool>());
    EXPECT_EQ(out["error"]["field"], "name");
    EXPECT_EQ(out["error"]["message"], "name must be text");
}

TEST(InputLimits, APlanFileNestedTooDeepIsRefused) {
    Engine e;
    const json out = call(e, "importPlan", {{"text", nested_plan(5000)}});
    ASSERT_FALSE(out["ok"].get<bool>());
    EXPECT_EQ(out["error"]["message"], "the input is nested more than 64 levels deep");
}

TEST(InputLimits, HugeInputIsRefusedBySizeOrCount) {
    Engine e;
    const std::string big(kMaxInputBytes + 1, ' ');
    expect_error(call_text(e, "importPlan", big), "", "the input is too large (over 48 MB)");
    std::string ids = "{\"ids\":[";
    for (size_t i = 0; i <= kMaxInputValues; ++i) ids += i ? ",1" : "1";
    ids += "]}";
    expect_error(call_text(e, "exercises", ids), "ids[2499998]", "the input holds too many values (over 2500000)");
    json few = json::object();
    few["ids"] = json::array();
    for (int i = 0; i < 1001; ++i) few["ids"].push_back("back-squat");
    expect_error(call(e, "exercises", few), "ids", "ids may list at most 1000 exercises (got 1001)");
    expect_error(call(e, "importPlan", {{"text", std::string(kMaxFileBytes + 1, ' ')}}), "text",
                 "text is too large (over 4 MB)");
    expect_still_answers(e);
}

TEST(InputLimits, NumbersOutsideTheDoubleRangeNameTheirField) {
    Engine e;
    expect_error(call_text(e, "estimateOneRepMax", R"({"load": 1e400, "reps": 5, "rir": 0})"), "load",
                 "load is too large to be a number (got 1e400)");
    expect_error(call_text(e, "importPlan", R"({"weeks": [{"sessions": [-1e999]}]})"), "weeks[0].sessions[0]",
                 "weeks[0].sessions[0] is too large to be a number (got -1e999)");
    // What the JS facade sends for NaN and Infinity (JSON has neither).
    expect_error(call(e, "estimateOneRepMax", {{"load", "NaN"}, {"reps", 5}, {"rir", 0}}), "load",
                 "load must be a finite number");
    expect_error(call(e, "generateMesocycle", {{"template", "ppl"}, {"name", "Infinity"}}), "name",
                 "name must be text (got a number that is not finite)");
}

TEST(InputLimits, BytesThatAreNotUtf8NeverBreakTheAnswer) {
    Engine e;
    // Found by the fuzzer: the parser's message quoted the broken bytes, and writing the
    // error answer threw inside the catch handler (std::terminate: a WASM abort).
    const json out = call_text(e, "adviseSet", "{\"exercise\":\"cable-fly\",\"wee\xea\xea\xeaklysets\":32}");
    ASSERT_FALSE(out["ok"].get<bool>());
    EXPECT_EQ(out["error"]["field"], "");
    expect_still_answers(e);
}

TEST(InputLimits, HugeAndTinyNumbersInMessagesAreCompact) {
    EXPECT_EQ(number_text(1e308), "1e308");
    EXPECT_EQ(number_text(-2.5e20), "-2.5e20");
    EXPECT_EQ(number_text(5e-324), "4.94e-324");
    EXPECT_EQ(number_text(116.6667), "116.67");
    Engine e;
    expect_error(call(e, "estimateOneRepMax", {{"load", 1e308}, {"reps", 5}, {"rir", 0}}), "load",
                 "load must be between 0.1 and 10000 (got 1e308)");
}

TEST(InputLimits, LoadsBelowASensibleMinimumAreRefused) {
    Engine e;
    expect_error(call(e, "estimateOneRepMax", {{"load", 5e-324}, {"reps", 5}, {"rir", 0}}), "load",
                 "load must be between 0.1 and 10000 (got 4.94e-324)");
    expect_error(call(e, "loadTable", {{"e1rm", 0.01}}), "e1rm", "e1rm must be between 0.1 and 10000 (got 0.01)");
}

TEST(StrictInput, UnknownFieldsAreRefusedByEveryMethod) {
    Engine e;
    for (const std::string& method : Engine::method_names()) {
        const json out = call(e, method, {{"zzUnknown", 1}});
        ASSERT_FALSE(out["ok"].get<bool>()) << method;
        EXPECT_EQ(out["error"]["field"], "zzUnknown") << method;
        EXPECT_NE(out["error"]["message"].get<std::string>().find("\"zzUnknown\" is not a known field"),
                  std::string::npos)
            << method << ": " << out["error"]["message"];
    }
}

TEST(StrictInput, ACaseSlipSuggestsTheField) {
    Engine e;
    expect_error(call(e, "estimateOneRepMax", {{"load", 100}, {"reps", 5}, {"RIR", 2}}), "RIR",
                 "\"RIR\" is not a known field; did you mean \"rir\"?");
    expect_error(call(e, "loadTable", {{"e1rm", 100}, {"max_reps", 5}}), "max_reps",
                 "\"max_reps\" is not a known field; did you mean \"maxReps\"?");
    expect_error(call(e, "roundLoad", {{"load", 100}, {"equipment", {{"type", "barbell"}, {"plate", json::array()}}}}),
                 "equipment.plate",
                 "equipment: \"plate\" is not a known field (expected type, unit, bar, plates, weights, increment, min, max)");
    expect_error(call(e, "muscles", {{"all", true}}), "all", "\"all\" is not a known field: this takes no input");
}

TEST(StrictInput, ALoadMethodWithoutAnEffortSaysSo) {
    Engine e;
    expect_error(call(e, "estimateOneRepMax", {{"load", 100}, {"reps", 5}}), "rir",
                 "give the effort: rir (reps in reserve, 0 = failure) or rpe");
    expect_error(call(e, "loadForTarget", {{"e1rm", 100}, {"reps", 5}}), "rir",
                 "give the effort: rir (reps in reserve, 0 = failure) or rpe");
}

TEST(StrictInput, EquipmentInAnotherUnitThanTheRequestIsRefused) {
    Engine e;
    const json lb_bar = call(e, "defaultEquipment", {{"unit", "lb"}})["result"];
    expect_error(call(e, "roundLoad", {{"load", 100}, {"unit", "kg"}, {"equipment", lb_bar}}), "equipment.unit",
                 "the equipment is in lb but the request is in kg: give both in the same unit");
    const json ok = call(e, "roundLoad", {{"load", 135}, {"unit", "lb"}, {"equipment", lb_bar}});
    ASSERT_TRUE(ok["ok"].get<bool>()) << ok.dump();
    EXPECT_EQ(ok["result"]["bar"], 45);
}

TEST(StrictInput, TextLimitsCountCharactersAndFileNamesKeepThem) {
    Engine e;
    json plan = call(e, "generateMesocycle", {{"template", "ppl"}})["result"];
    std::string cyrillic;
    for (int i = 0; i < 39; ++i) cyrillic += "Ж";  // 39 characters, 78 bytes
    plan["name"] = cyrillic;
    json out = call(e, "exportPlan", plan);
    ASSERT_TRUE(out["ok"].get<bool>()) << out["error"].dump();
    std::string lower;
    for (int i = 0; i < 39; ++i) lower += "Ж";
    EXPECT_EQ(out["result"]["fileName"], "proximity-plan-" + lower + ".json");
    std::string too_long;
    for (int i = 0; i < 61; ++i) too_long += "é";
    plan["name"] = too_long;
    expect_error(call(e, "exportPlan", plan), "name", "name may be at most 60 characters");
}

}  // namespace
}  // namespace proximity::api
