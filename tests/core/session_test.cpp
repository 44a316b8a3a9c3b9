// The lifter profile (core/profile) and today's session (core/session, core/api/session_api):
// strict reading with JSON paths, the one mapping of the safety setup to the policy's
// spotter, and the session's loads, plates and verdicts.
#include "core/api/engine.hpp"
#include "core/common/input_error.hpp"
#include "core/exercise/exercise_library.hpp"
#include "core/json/profile_reader.hpp"
#include "core/json/profile_writer.hpp"

#include <gtest/gtest.h>

namespace proximity {
namespace {

using nlohmann::json;

const exercise::ExerciseLibrary& library() {
    static const exercise::ExerciseLibrary lib = exercise::ExerciseLibrary::builtin();
    return lib;
}

std::string error_field(const json& doc) {
    try {
        profile::read_profile(doc, library());
    } catch (const InputError& e) {
        return e.field();
    }
    return "(no error)";
}

json call(api::Engine& e, const std::string& method, const json& input) {
    const json answer = json::parse(e.call(method, input.dump()));
    if (!answer.at("ok").get<bool>()) return {{"error", answer.at("error")}};
    return answer.at("result");
}

json push_plan() {
    return json::parse(R"({"version": 1, "lifter": {"status": "intermediate", "spotter": false, "unit": "kg"},
      "weeks": [{"label": "Week 1", "sessions": [
        {"name": "Push", "exercises": [
          {"exercise": "bench-press", "sets": [{"reps": 5, "rir": 5, "warmup": true},
                                               {"reps": 8, "rir": 2}, {"reps": 8, "rir": 2}, {"reps": 8, "failure": true}]},
          {"exercise": "triceps-pushdown", "sets": [{"reps": 12, "rir": 1, "load": 31}, {"reps": 12, "rir": 1, "percentE1rm": 50}]}]},
        {"name": "Pull", "exercises": [{"exercise": "barbell-row", "sets": [{"reps": 10, "rir": 2}]}]}]}]})");
}

json lifter(const std::string& safety = "none") {
    return {{"version", 1}, {"unit", "kg"}, {"status", "intermediate"}, {"safety", safety},
            {"e1rm", {{"bench-press", {{"value", 120}, {"date", "2026-11-30"}, {"source", "calculator"}}},
                      {"triceps-pushdown", {{"value", 60}, {"date", "2026-11-30"}, {"source", "typed"}}}}}};
}

TEST(ProfileReader, DefaultsAreWrittenOut) {
    const profile::Profile p = profile::read_profile({{"version", 1}}, library());
    const json out = profile::profile_to_json(p);
    EXPECT_EQ(out["unit"], "kg");
    EXPECT_EQ(out["status"], "intermediate");
    EXPECT_EQ(out["safety"], "none");
    EXPECT_DOUBLE_EQ(out["equipment"]["barbell"]["bar"].get<double>(), 20);
    EXPECT_DOUBLE_EQ(out["equipment"]["machine"]["increment"].get<double>(), 5);
    EXPECT_TRUE(out["e1rm"].empty());
    // What it writes, it reads back the same.
    EXPECT_EQ(profile::profile_to_json(profile::read_profile(out, library())), out);
}

TEST(ProfileReader, RefusesUnknownFieldsAndBadValuesByPath) {
    EXPECT_EQ(error_field({{"version", 1}, {"spoter", true}}), "spoter");
    EXPECT_EQ(error_field({{"version", 3}}), "version");
    EXPECT_EQ(error_field(json::object()), "version");
    EXPECT_EQ(error_field({{"version", 1}, {"safety", "arms"}}), "safety");
    EXPECT_EQ(error_field({{"version", 1}, {"equipment", {{"barbell", {{"bar", -5}}}}}}), "equipment.barbell.bar");
    EXPECT_EQ(error_field({{"version", 1}, {"equipment", {{"barbell", {{"type", "machine"}}}}}}), "equipment.barbell.type");
    EXPECT_EQ(error_field({{"version", 1}, {"equipment", {{"exercises", {{"bench-press", {{"bar", 15}}}}}}}}),
              "equipment.exercises.bench-press.type");
    EXPECT_EQ(error_field({{"version", 1}, {"e1rm", {{"bench-pres", {{"value", 100}, {"date", "2026-12-01"}, {"source", "typed"}}}}}}),
              "e1rm.bench-pres");
    EXPECT_EQ(error_field({{"version", 1}, {"e1rm", {{"bench-press", {{"value", 0}, {"date", "2026-12-01"}, {"source", "typed"}}}}}}),
              "e1rm.bench-press.value");
    EXPECT_EQ(error_field({{"version", 1}, {"e1rm", {{"bench-press", {{"value", 100}, {"date", "1/12/2026"}, {"source", "typed"}}}}}}),
              "e1rm.bench-press.date");
    EXPECT_EQ(error_field({{"version", 1}, {"e1rm", {{"bench-press", {{"value", 100}, {"date", "2026-12-01"}, {"source", "guess"}}}}}}),
              "e1rm.bench-press.source");
    EXPECT_EQ(error_field({{"version", 1}, {"calibration", {{"bias", 1}, {"spread", 0.5}, {"count", 1}}}}), "calibration.count");
}

TEST(ProfileReader, EquipmentPerExerciseWins) {
    const profile::Profile p = profile::read_profile(
        {{"version", 1}, {"unit", "lb"},
         {"equipment", {{"barbell", {{"bar", 35}}}, {"exercises", {{"back-squat", {{"type", "barbell"}, {"bar", 55}}}}}}}},
        library());
    EXPECT_DOUBLE_EQ(profile::equipment_for(p, "back-squat", library().find("back-squat")).bar, 55);
    EXPECT_DOUBLE_EQ(profile::equipment_for(p, "bench-press", library().find("bench-press")).bar, 35);
    EXPECT_EQ(profile::equipment_for(p, "triceps-pushdown", library().find("triceps-pushdown")).type,
              load::EquipmentType::Machine);
    EXPECT_DOUBLE_EQ(profile::equipment_for(p, "triceps-pushdown", library().find("triceps-pushdown")).increment, 10);
}

TEST(ProfileSafety, OnlyASpotterCountsForThePolicy) {
    // rules.json "spotter-needed-alone": safety arms reduce the danger but do not make a
    // failed rep free, so pins are not a spotter.
    EXPECT_FALSE(profile::counts_as_spotter(profile::Safety::None));
    EXPECT_FALSE(profile::counts_as_spotter(profile::Safety::Pins));
    EXPECT_TRUE(profile::counts_as_spotter(profile::Safety::Spotter));
    api::Engine e;
    EXPECT_EQ(call(e, "readProfile", {{"profile", lifter("pins")}})["spotter"], false);
    EXPECT_EQ(call(e, "readProfile", {{"profile", lifter("spotter")}})["spotter"], true);
}

TEST(PrepareSession, LoadsFromTheWorkingMaxRoundedToPlates) {
    api::Engine e;
    const json s = call(e, "prepareSession", {{"plan", push_plan()}, {"profile", lifter()}});
    ASSERT_FALSE(s.contains("error")) << s.dump();
    const json& bench = s["exercises"][0];
    EXPECT_EQ(bench["exercise"], "bench-press");
    EXPECT_EQ(bench["rest"]["seconds"], 180);
    // 8 @ RIR 2 from 120: Epley 120 / (1 + 10/30) = 90 kg = 20 bar + 25 + 10 per side.
    const json& first = bench["sets"][1];
    EXPECT_EQ(first["set"], 1);
    EXPECT_EQ(first["of"], 3);
    EXPECT_NEAR(first["load"].get<double>(), 90, 1e-9);
    EXPECT_NEAR(first["percent"].get<double>(), 75, 1e-9);
    EXPECT_NEAR(first["rounded"]["perSide"].get<double>(), 35, 1e-9);
    EXPECT_EQ(first["rounded"]["plates"], json::parse(R"([{"weight": 25.0, "count": 1}, {"weight": 10.0, "count": 1}])"));
    // To failure at 8: 120 / (1 + 8/30) = 94.74, rounded to 95 (2 x 37.5).
    const json& last = bench["sets"][3];
    EXPECT_NEAR(last["load"].get<double>(), 94.7368, 1e-3);
    EXPECT_DOUBLE_EQ(last["rounded"]["load"].get<double>(), 95);
    // Bench press alone: never to failure, whatever the plan says; the plan does not follow.
    EXPECT_EQ(last["verdict"], "no-failure");
    EXPECT_EQ(last["reason"], "Needs a spotter, none present: never to failure");
    EXPECT_EQ(last["follows"], false);
    // The advised reserve on both scales, so Today prefills either without converting:
    // RIR 1-3 is RPE 7-9 (more reserve, lower RPE); the planned RIR 2 is RPE 8.
    EXPECT_EQ(last["targetRir"], json({{"min", 1.0}, {"max", 3.0}}));
    EXPECT_EQ(last["targetRpe"], json({{"min", 7.0}, {"max", 9.0}}));
    EXPECT_DOUBLE_EQ(first["rpe"].get<double>(), 8);
    // The muscle's weekly hard sets: the whole planned week (3 bench sets), the same on
    // every set, as the planner counts them (plan/weekly_sets.hpp).
    EXPECT_DOUBLE_EQ(bench["sets"][1]["weeklySets"].get<double>(), 3);
    EXPECT_DOUBLE_EQ(bench["sets"][3]["weeklySets"].get<double>(), 3);
    // A fixed load is rounded to the stack (5 kg steps), its percent from the e1RM.
    const json& fixed = s["exercises"][1]["sets"][0];
    EXPECT_EQ(fixed["fixed"], true);
    EXPECT_NEAR(fixed["percent"].get<double>(), 31.0 / 60 * 100, 1e-9);
    EXPECT_DOUBLE_EQ(fixed["rounded"]["load"].get<double>(), 30);
    EXPECT_NEAR(s["exercises"][1]["sets"][1]["load"].get<double>(), 30, 1e-9);
    EXPECT_EQ(s["next"], json({{"week", 0}, {"session", 1}}));
}

TEST(PrepareSession, ASpotterChangesTheVerdictPinsDoNot) {
    api::Engine e;
    const auto last_verdict = [&](const std::string& safety) {
        return call(e, "prepareSession", {{"plan", push_plan()}, {"profile", lifter(safety)}})["exercises"][0]["sets"][3]["verdict"];
    };
    EXPECT_EQ(last_verdict("pins"), "no-failure");
    EXPECT_NE(last_verdict("spotter"), "no-failure");
}

TEST(PrepareSession, WithoutAMaxNoLoadAndTheHistoryFillsIn) {
    api::Engine e;
    json none = call(e, "prepareSession", {{"plan", push_plan()}, {"week", 0}, {"session", 1}});
    EXPECT_TRUE(none["exercises"][0]["sets"][0]["load"].is_null());
    EXPECT_TRUE(none["next"].is_null());
    const json history = json::parse(R"({"version": 1, "workouts": [{"start": "2026-11-20T18:00", "name": "Pull",
        "exercises": [{"exercise": "barbell-row", "name": "Row", "sets": [{"load": 80, "unit": "kg", "reps": 10, "rir": 2}]}]}]})");
    json s = call(e, "prepareSession", {{"plan", push_plan()}, {"session", 1}, {"history", history}});
    // 80 x 10 @ 2: e1RM 80 (1 + 12/30) = 112; 10 @ 2 is 80 again.
    EXPECT_NEAR(s["exercises"][0]["e1rm"]["value"].get<double>(), 112, 1e-9);
    EXPECT_EQ(s["exercises"][0]["e1rm"]["source"], "history");
    EXPECT_EQ(s["exercises"][0]["e1rm"]["date"], "2026-11-20");
    EXPECT_NEAR(s["exercises"][0]["sets"][0]["load"].get<double>(), 80, 1e-9);
}

TEST(PrepareSession, ErrorsNameTheField) {
    api::Engine e;
    EXPECT_EQ(call(e, "prepareSession", {{"plan", push_plan()}, {"week", 1}})["error"]["field"], "week");
    EXPECT_EQ(call(e, "prepareSession", {{"plan", push_plan()}, {"session", 2}})["error"]["field"], "session");
    EXPECT_EQ(call(e, "prepareSession", {{"plan", push_plan()}, {"profile", {{"version", 1}, {"unit", "st"}}}})["error"]["field"],
              "profile.unit");
    EXPECT_EQ(call(e, "prepareSession", json::object())["error"]["field"], "plan");
}

TEST(PlanLoads, EverySetOfThePlan) {
    api::Engine e;
    const json l = call(e, "planLoads", {{"plan", push_plan()}, {"profile", lifter()}});
    ASSERT_EQ(l["weeks"][0]["sessions"].size(), 2u);
    EXPECT_DOUBLE_EQ(l["weeks"][0]["sessions"][0]["exercises"][0]["sets"][1]["load"].get<double>(), 90);
    EXPECT_DOUBLE_EQ(l["weeks"][0]["sessions"][0]["exercises"][0]["sets"][1]["perSide"].get<double>(), 35);
    EXPECT_TRUE(l["weeks"][0]["sessions"][1]["exercises"][0]["sets"][0].is_null());  // no e1RM for the row
}

}  // namespace
}  // namespace proximity
