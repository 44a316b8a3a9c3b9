// The nested shapes (core/shapes) are the one description of what sits inside a document:
// each is named once, every field says what it is, the readers refuse a field the shape
// does not have (naming its path and the nearest described name), and what the writers
// answer holds only described fields of the described types, so the TypeScript types
// generated from describe() say what a caller really gets.
#include "core/api/engine.hpp"
#include "core/api/method_table.hpp"
#include "core/shapes/exercise_contract.hpp"
#include "core/shapes/history_shapes.hpp"
#include "core/shapes/policy_contract.hpp"
#include "core/shapes/profile_shapes.hpp"
#include "core/shapes/session_contract.hpp"
#include "core/support/described.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace proximity::api {
namespace {

using nlohmann::json;

json result_of(Engine& e, const std::string& method, const json& input) {
    const json answer = json::parse(e.call(method, input.dump()));
    EXPECT_TRUE(answer.at("ok").get<bool>()) << method << ": " << answer.dump();
    return answer.value("result", json());
}

// Every field of `value` is one of `fields`, of its type, and so on down the shapes.
void expect_described(const json& value, const Fields& fields, const std::string& at) {
    EXPECT_EQ(testing::undescribed(value, fields, at), "");
}

void collect(const Fields& fields, std::map<std::string, const shapes::Shape*>& found);

void collect(const shapes::Shape* shape, std::map<std::string, const shapes::Shape*>& found) {
    if (!shape) return;
    auto [it, added] = found.emplace(shape->name, shape);
    EXPECT_EQ(it->second, shape) << "two shapes are named " << shape->name;
    if (added) collect(shape->fields, found);
}

void collect(const Fields& fields, std::map<std::string, const shapes::Shape*>& found) {
    for (const shapes::Form* f = fields.begin_forms(); f != fields.end_forms(); ++f) collect(f->shape, found);
    for (const Field& f : fields) collect(f.shape, found);
}

TEST(Shapes, EachIsNamedOnceAndEveryFieldSaysWhatItIs) {
    std::map<std::string, const shapes::Shape*> found;
    for (const Method& m : kMethodTable) {
        collect(m.input, found);
        collect(m.output, found);
    }
    for (const char* name : {"History", "Workout", "LoggedExercise", "LoggedSet", "Profile", "Equipment", "Plate",
                             "Calibration", "Plan", "PlanWeek", "PlannedSet", "SessionFeedback", "WarmupStep"})
        EXPECT_TRUE(found.count(name)) << name << " is not reachable from any method";
    for (const auto& [name, shape] : found) {
        SCOPED_TRACE(name);
        EXPECT_GT(std::string(shape->about).size(), 5u);
        EXPECT_GT(shape->fields.count + shape->fields.form_count, 0u);
        for (const Field& f : shape->fields) {
            EXPECT_GT(std::string(f.about).size(), 3u) << f.name;
            if (f.type == FieldType::Array) EXPECT_NE(f.item, nullptr) << f.name << ": what its items are";
            if (f.shape) EXPECT_TRUE(f.type == FieldType::Object || f.type == FieldType::Array) << f.name;
        }
    }
    // describe() publishes the same shapes, by the same names.
    Engine e;
    const json d = result_of(e, "describe", json::object());
    EXPECT_EQ(d.at("shapes").size(), found.size());
    for (const auto& [name, shape] : found) {
        EXPECT_EQ(d.at("shapes").at(name).at("fields").size(), shape->fields.count) << name;
        EXPECT_EQ(d.at("shapes").at(name).value("forms", json::array()).size(), shape->fields.form_count) << name;
    }
}

TEST(Shapes, AMisspelledNestedFieldIsRefusedAtItsPathWithTheDescribedName) {
    Engine e;
    const json history = {{"version", 1},
                          {"workouts",
                           {{{"start", "2026-12-01T18:00:00"},
                             {"exercises",
                              {{{"exercise", "bench-press"},
                                {"sets", {{{"load", 100}, {"unit", "kg"}, {"reps", 5}, {"rri", 2}}}}}}}}}}};
    const json answer = json::parse(e.call("readHistory", json{{"history", history}}.dump()));
    ASSERT_FALSE(answer.at("ok").get<bool>());
    EXPECT_EQ(answer.at("error").at("field"), "history.workouts[0].exercises[0].sets[0].rri");
    EXPECT_EQ(answer.at("error").at("message"),
              "history.workouts[0].exercises[0].sets[0]: \"rri\" is not a known field (expected load, unit, reps, rir, "
              "rpe, type, failure, failureReps, seconds, distance, time, note)");
}

TEST(Shapes, AHistoryIsAnsweredWithOnlyDescribedFields) {
    Engine e;
    const json set = {{"load", 100}, {"unit", "kg"}, {"reps", 5}, {"rir", 2}, {"type", "working"},
                      {"failureReps", 7}, {"time", "2026-12-01T18:05:00"}, {"note", "smooth"}};
    const json timed = {{"load", 0}, {"unit", "kg"}, {"reps", 0}, {"seconds", 60}, {"distance", 200}};
    const json history = {
        {"version", 1},
        {"customExercises", {{{"id", "custom-sled-push"}, {"name", "Sled push"}, {"class", "compound"},
                              {"equipment", "machine"}, {"verified", true}}}},
        {"mapping", {{{"name", "Bench Press (Barbell)"}, {"exercise", "bench-press"}}}},
        {"workouts",
         {{{"start", "2026-12-01T18:00:00"}, {"name", "Push"}, {"source", "proximity"}, {"duration", 3600},
           {"note", "good day"}, {"plan", {{"week", 0}, {"session", 1}}},
           {"exercises",
            {{{"exercise", "bench-press"}, {"name", "Bench"}, {"note", "paused"}, {"superset", 1}, {"sets", {set}}},
             {{"exercise", "custom-sled-push"}, {"sets", {timed}}}}}}}}};
    const json answer = result_of(e, "readHistory", {{"history", history}});
    expect_described(answer.at("history"), shapes::kHistory.fields, "history");
    // The answer carries what was sent: the description is not vacuous.
    const json& written = answer.at("history").at("workouts").at(0);
    EXPECT_EQ(written.at("plan").at("session"), 1);
    EXPECT_EQ(written.at("exercises").at(0).at("sets").at(0).at("failureReps"), 7);
    EXPECT_EQ(written.at("exercises").at(1).at("sets").at(0).at("seconds"), 60);
}

TEST(Shapes, AProfileIsAnsweredWithOnlyDescribedFields) {
    Engine e;
    const json profile = {
        {"version", 2}, {"unit", "kg"}, {"status", "advanced"}, {"safety", "pins"},
        {"equipment",
         {{"barbell", {{"bar", 20}, {"plates", {{{"weight", 20}, {"count", 4}}, {{"weight", 2.5}, {"count", 2}}}}}},
          {"dumbbell", {{"weights", {10, 12.5, 15}}}},
          {"machine", {{"increment", 5}, {"min", 5}, {"max", 100}}},
          {"exercises", {{"bench-press", {{"type", "machine"}, {"increment", 2.5}}}}}}},
        {"calibration", {{"bias", 1.2}, {"spread", 0.8}, {"count", 3}}},
        {"e1rm", {{"bench-press", {{"value", 120}, {"date", "2026-12-01"}, {"source", "typed"}}}}},
        {"bodyWeight", {{{"date", "2026-12-01"}, {"value", 82.5}}}}};
    const json answer = result_of(e, "readProfile", {{"profile", profile}});
    expect_described(answer.at("profile"), shapes::kProfile.fields, "profile");
    EXPECT_EQ(answer.at("profile").at("bodyWeight").at(0).at("value"), 82.5);
}

TEST(Shapes, APlanIsAnsweredWithOnlyDescribedFields) {
    Engine e;
    const json templates = result_of(e, "planTemplates", json::object());
    ASSERT_FALSE(templates.empty());
    for (const json& t : templates) {
        const json plan = result_of(e, "generateMesocycle", {{"template", t.at("id")}, {"phase", "failure-block"}});
        expect_described(plan, Fields(shapes::kPlanDocument), "plan");
        const json exported = result_of(e, "exportPlan", plan);
        expect_described(exported.at("plan"), Fields(shapes::kPlanDocument), "exportPlan().plan");
    }
}

TEST(Shapes, ThePlannersAnswersHoldOnlyDescribedFields) {
    Engine e;
    const json defaults = result_of(e, "planDefaults", json::object());
    expect_described(defaults, Fields(shapes::kPlanDefaultsOutput), "planDefaults()");
    EXPECT_EQ(defaults.at("fatigueCost").at("classFactor").size(), 3u);
    EXPECT_FALSE(defaults.at("words").at("model").empty());
    const json templates = result_of(e, "planTemplates", json::object());
    ASSERT_FALSE(templates.empty());
    for (const json& t : templates) {
        const std::string id = t.at("id").get<std::string>();
        expect_described(t, Fields(shapes::kPlanTemplate), "planTemplates()[" + id + "]");
        EXPECT_FALSE(t.at("sessions").at(0).at("exercises").empty());
        const json plan = result_of(e, "generateMesocycle", {{"template", id}, {"phase", "failure-block"}});
        const json evaluation = result_of(e, "evaluatePlan", plan);
        expect_described(evaluation, Fields(shapes::kEvaluatePlanOutput), "evaluatePlan(" + id + ")");
        EXPECT_FALSE(evaluation.at("simulation").at("days").empty());
    }
}

TEST(Shapes, TheSessionsAnswersHoldOnlyDescribedFields) {
    Engine e;
    const json plan = result_of(e, "generateMesocycle", {{"template", "push"}});
    const json profile = {
        {"version", 2}, {"unit", "kg"},
        {"e1rm", {{"bench-press", {{"value", 120}, {"date", "2026-12-01"}, {"source", "typed"}}}}}};
    const json input = {{"plan", plan}, {"profile", profile}};
    const json today = result_of(e, "prepareSession", input);
    expect_described(today, Fields(shapes::kPrepareSessionOutput), "prepareSession()");
    EXPECT_EQ(today.at("next").at("week"), 1);
    EXPECT_TRUE(today.at("exercises").at(0).at("sets").at(0).contains("rounded"));
    const json loads = result_of(e, "planLoads", input);
    expect_described(loads, Fields(shapes::kPlanLoadsOutput), "planLoads()");
    const json& exercises = loads.at("weeks").at(0).at("sessions").at(0).at("exercises");
    EXPECT_TRUE(exercises.at(0).at("sets").at(0).is_object());
    EXPECT_TRUE(exercises.at(1).at("sets").at(0).is_null());  // no e1RM: no load
    const json ramp = result_of(e, "warmupRamp", {{"exercise", "bench-press"}, {"load", 100}});
    expect_described(ramp, Fields(shapes::kWarmupRampOutput), "warmupRamp()");
    EXPECT_FALSE(ramp.at("sets").empty());
}

TEST(Shapes, TheBuiltInRuleSetIsAnsweredWithOnlyDescribedFields) {
    Engine e;
    const json rules = result_of(e, "ruleSet", json::object());
    expect_described(rules, Fields(shapes::kRuleSetDocument), "ruleSet()");
    EXPECT_GT(rules.at("rules").size(), 10u);
    EXPECT_GT(rules.at("references").size(), 5u);
}

TEST(Shapes, AnExerciseAsAnsweredCanBeSentBackToAddExercise) {
    Engine e;
    const json library = result_of(e, "exercises", json::object());
    ASSERT_GT(library.size(), 20u);
    for (const json& x : library) expect_described(x, Fields(shapes::kExercise), "exercises()[" + x.at("id").get<std::string>() + "]");
    // A bodyweight exercise carries its load kind; sent back under a new id, it is taken as it is.
    json pull_up;
    for (const json& x : library)
        if (x.value("load", "") == "bodyweightPlus") pull_up = x;
    ASSERT_FALSE(pull_up.is_null());
    pull_up["id"] = "my-" + pull_up.at("id").get<std::string>();
    const json added = result_of(e, "addExercise", pull_up);
    EXPECT_EQ(added.at("load"), "bodyweightPlus");
    EXPECT_EQ(added.at("custom"), true);
}

}  // namespace
}  // namespace proximity::api
