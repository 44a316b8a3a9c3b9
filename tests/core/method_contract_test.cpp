// Every method's input and output are described (core/api/method_table.hpp), and the
// engine holds every method to its description with one wording: an unknown field, a
// field of the wrong type and a missing required field are refused before the handler
// runs, naming the field (core/api/field_check.hpp).
#include "core/api/engine.hpp"
#include "core/api/method_table.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>
#include <string>

namespace proximity::api {
namespace {

using nlohmann::json;

json call(const std::string& method, const json& input) {
    Engine e;
    return json::parse(e.call(method, input.dump()));
}

// A value of the wrong JSON type for a field of `type`, and the words the refusal uses.
struct WrongValue {
    json value;
    const char* words;
};
WrongValue wrong_value(const std::string& type) {
    if (type == "number") return {"five", "a number"};
    if (type == "integer") return {2.5, "a whole number"};
    if (type == "boolean") return {"yes", "true or false"};
    if (type == "string") return {5, "text"};
    if (type == "object") return {json::array({1}), "an object"};
    if (type == "array") return {json{{"a", 1}}, "a list"};
    return {nullptr, ""};
}

// The fields an input of method `m` is checked against when it carries no form's tag:
// its own, or, for an input of several forms, those of the form meant by default.
const json& default_input(const json& d, const json& m) {
    if (!m.contains("inputForms")) return m.at("input");
    for (const auto& f : m.at("inputForms"))
        if (f.at("when").is_null()) return d.at("shapes").at(f.at("shape").get<std::string>()).at("fields");
    ADD_FAILURE() << m.at("name") << ": no form is meant by default";
    return m.at("input");
}

TEST(MethodContract, EveryRowOfTheTableDescribesItsInputAndOutput) {
    for (const Method& m : kMethodTable) {
        SCOPED_TRACE(m.name);
        EXPECT_GT(m.output.count, 0u) << "every method answers described fields";
        for (const shapes::Form* f = m.input.begin_forms(); f != m.input.end_forms(); ++f)
            EXPECT_GT(f->shape->fields.count, 0u) << f->shape->name;
        for (const Fields* side : {&m.input, &m.output}) {
            std::set<std::string> names;
            for (const Field& f : *side) {
                EXPECT_TRUE(names.insert(f.name).second) << "field listed twice: " << f.name;
                EXPECT_GT(std::string(f.about).size(), 3u) << f.name;
                if (f.type == FieldType::Array) EXPECT_NE(f.item, nullptr) << f.name << ": what its items are";
            }
        }
    }
}

TEST(MethodContract, EveryMethodRefusesAFieldItDoesNotTakeNamingIt) {
    const json d = call("describe", json::object()).at("result");
    ASSERT_GT(d.at("methods").size(), 30u);
    for (const auto& m : d.at("methods")) {
        const std::string name = m.at("name");
        SCOPED_TRACE(name);
        std::string expected;
        for (const auto& f : default_input(d, m)) expected += (expected.empty() ? "" : ", ") + f.at("name").get<std::string>();
        const json out = call(name, {{"zzUnknown", 1}});
        ASSERT_FALSE(out.at("ok").get<bool>()) << out.dump();
        EXPECT_EQ(out.at("error").at("field"), "zzUnknown");
        EXPECT_EQ(out.at("error").at("message"),
                  "\"zzUnknown\" is not a known field" +
                      (expected.empty() ? std::string(": this takes no input") : " (expected " + expected + ")"));
    }
}

TEST(MethodContract, EveryMethodRefusesAWronglyTypedFieldNamingItAndItsType) {
    const json d = call("describe", json::object()).at("result");
    int checked = 0;
    for (const auto& m : d.at("methods")) {
        const std::string name = m.at("name");
        // The first required field with a type, else the first field with one.
        json field;
        for (const auto& f : default_input(d, m))
            if (f.at("type") != "any" && (field.is_null() || (f.at("required").get<bool>() && !field.at("required").get<bool>())))
                field = f;
        if (field.is_null()) continue;  // takes nothing (checked above)
        SCOPED_TRACE(name);
        const std::string f = field.at("name");
        const WrongValue wrong = wrong_value(field.at("type"));
        const json out = call(name, {{f, wrong.value}});
        ASSERT_FALSE(out.at("ok").get<bool>()) << out.dump();
        EXPECT_EQ(out.at("error").at("field"), f);
        EXPECT_EQ(out.at("error").at("message"), f + " must be " + wrong.words);
        ++checked;
    }
    EXPECT_GT(checked, 25);
}

TEST(MethodContract, EveryMethodAsksForAMissingRequiredField) {
    const json d = call("describe", json::object()).at("result");
    int checked = 0;
    for (const auto& m : d.at("methods")) {
        const std::string name = m.at("name");
        std::string first;
        for (const auto& f : default_input(d, m))
            if (first.empty() && f.at("required").get<bool>()) first = f.at("name");
        if (first.empty()) continue;
        SCOPED_TRACE(name);
        const json out = call(name, json::object());
        ASSERT_FALSE(out.at("ok").get<bool>()) << out.dump();
        EXPECT_EQ(out.at("error").at("field"), first);
        EXPECT_EQ(out.at("error").at("message"), first + " is required");
        ++checked;
    }
    EXPECT_GT(checked, 15);
}

TEST(MethodContract, TheNumberWordsSayFiniteForTheFacadesNaN) {
    // The JS facade sends NaN as the text "NaN" (JSON has no such number).
    const json out = call("nextSetLoad", {{"e1rm", "NaN"}});
    EXPECT_EQ(out.at("error").at("field"), "e1rm");
    EXPECT_EQ(out.at("error").at("message"), "e1rm must be a finite number");
}

TEST(MethodContract, APlansVersionIsCheckedBeforeItsFields) {
    // A plan from a newer app may carry fields this one does not know.
    const json out = call("importPlan", {{"version", 99}, {"blocks", json::array()}});
    EXPECT_EQ(out.at("error").at("field"), "version");
    EXPECT_EQ(out.at("error").at("message"), "unsupported plan version 99 (this Proximity reads versions 1 to 2)");
    const json unknown = call("importPlan", {{"version", 1}, {"blocks", json::array()}});
    EXPECT_EQ(unknown.at("error").at("field"), "blocks");
}

}  // namespace
}  // namespace proximity::api

namespace proximity::api {
namespace {

// evaluatePlan takes one of three forms, each described and checked as its own shape.
TEST(MethodContract, AnInputOfSeveralFormsIsCheckedAsTheFormItsFieldSays) {
    const json d = call("describe", json::object()).at("result");
    json evaluate;
    for (const auto& m : d.at("methods"))
        if (m.at("name") == "evaluatePlan") evaluate = m;
    EXPECT_EQ(evaluate.at("input"), json::array());
    EXPECT_EQ(evaluate.at("inputForms"), json::parse(R"([{"when":"text","shape":"PlanText"},
        {"when":"plan","shape":"PlanWithFatigue"},{"when":null,"shape":"Plan"}])"));
    EXPECT_EQ(d.at("shapes").at("PlanWithFatigue").at("fields").at(0).at("shape"), "PlanInput");
    EXPECT_EQ(d.at("shapes").at("PlanInput").at("forms").size(), 2u);

    const json both = call("evaluatePlan", {{"text", "{}"}, {"plan", json::object()}});
    EXPECT_EQ(both.at("error").at("field"), "plan");
    EXPECT_EQ(both.at("error").at("message"), "text and plan cannot be given together: give one of them");
    const json text_and_weeks = call("evaluatePlan", {{"text", "{}"}, {"weeks", json::array()}});
    EXPECT_EQ(text_and_weeks.at("error").at("field"), "weeks");
    EXPECT_EQ(text_and_weeks.at("error").at("message"), "\"weeks\" is not a known field (expected text)");
    const json fatigue_alone = call("evaluatePlan", {{"fatigue", json::object()}});
    EXPECT_EQ(fatigue_alone.at("error").at("field"), "fatigue");
    EXPECT_EQ(fatigue_alone.at("error").at("message"),
              "\"fatigue\" is not a known field (expected version, name, lifter, settings, weeks)");
    const json nested = call("evaluatePlan", {{"plan", {{"text", "{}"}, {"weeks", json::array()}}}});
    EXPECT_EQ(nested.at("error").at("field"), "plan.weeks");
}

}  // namespace
}  // namespace proximity::api
