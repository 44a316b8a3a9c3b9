// The plan document: reading (strict, with JSON paths) and writing (normalized), and
// that writing then reading gives the same plan (core/json/plan_reader, plan_writer).
#include "core/common/input_error.hpp"
#include "core/json/plan_reader.hpp"
#include "core/json/plan_writer.hpp"

#include <gtest/gtest.h>

namespace proximity::plan {
namespace {

using nlohmann::json;

const exercise::ExerciseLibrary& library() {
    static const auto lib = exercise::ExerciseLibrary::builtin();
    return lib;
}

json minimal() {  // the exchange shape of the issue, verbatim
    return json::parse(R"({"version": 1, "weeks": [{"sessions": [{"name": "Push", "exercises": [
        {"exercise": "bench-press", "sets": [{"reps": 8, "rir": 2}, {"reps": 8, "failure": true}]}]}]}]})");
}

std::string field_of_error(const json& doc) {
    try {
        read_plan(doc, library());
    } catch (const InputError& e) {
        return e.field();
    }
    return "(accepted)";
}

TEST(PlanReader, ReadsTheIssueShape) {
    const Plan p = read_plan(minimal(), library());
    ASSERT_EQ(p.weeks.size(), 1u);
    const PlannedExercise& x = p.weeks[0].sessions[0].exercises[0];
    EXPECT_EQ(p.weeks[0].sessions[0].name, "Push");
    EXPECT_EQ(p.weeks[0].sessions[0].day, 0);
    EXPECT_EQ(x.exercise, "bench-press");
    ASSERT_EQ(x.sets.size(), 2u);
    EXPECT_EQ(x.sets[0].reps, 8);
    EXPECT_EQ(x.sets[0].rir, 2);
    EXPECT_FALSE(x.sets[0].failure);
    EXPECT_TRUE(x.sets[1].failure);
    EXPECT_EQ(x.sets[1].effective_rir(), 0);
    EXPECT_EQ(p.settings.status, policy::LifterStatus::Intermediate);
    EXPECT_EQ(p.weeks[0].phase, policy::Phase::Normal);
}

TEST(PlanReader, ReadsEveryOptionalField) {
    json doc = minimal();
    doc["name"] = "Block A";
    doc["lifter"] = {{"status", "advanced"}, {"spotter", true}, {"unit", "lb"}};
    doc["settings"] = json::parse(R"({"counting": {"secondary": 0.25, "maxRir": 3},
        "landmarks": {"calves": {"min": 6, "max": 10, "ceiling": 12}}, "fatigueBudget": 150,
        "model": {"tau1": 45, "tau2": 10, "k1": 1, "k2": 2.5}})");
    doc["weeks"][0]["phase"] = "failure-block";
    doc["weeks"][0]["label"] = "Week 1";
    doc["weeks"][0]["sessions"][0]["day"] = 3;
    doc["weeks"][0]["sessions"][0]["exercises"][0]["note"] = "pause on the chest";
    doc["weeks"][0]["sessions"][0]["exercises"][0]["sets"].push_back(
        {{"reps", 5}, {"rpe", 6}, {"warmup", true}, {"load", 60}});
    doc["weeks"][0]["sessions"][0]["exercises"][0]["sets"][1]["technique"] = "restPause";
    doc["weeks"][0]["sessions"][0]["exercises"][0]["sets"][0]["percentE1rm"] = 75;
    const Plan p = read_plan(doc, library());
    EXPECT_EQ(p.name, "Block A");
    EXPECT_EQ(p.settings.status, policy::LifterStatus::Advanced);
    EXPECT_TRUE(p.settings.spotter);
    EXPECT_EQ(p.settings.unit, "lb");
    EXPECT_EQ(p.settings.counting.secondary, 0.25);
    EXPECT_EQ(p.settings.counting.max_hard_rir, 3);
    EXPECT_EQ(p.settings.counting.primary, 1);
    EXPECT_EQ(p.settings.landmarks.at(exercise::Muscle::Calves).max, 10);
    EXPECT_EQ(p.settings.weekly_budget(), 150);
    EXPECT_EQ(p.settings.model.tau2, 10);
    EXPECT_EQ(p.settings.model.k2, 2.5);
    EXPECT_EQ(p.weeks[0].phase, policy::Phase::FailureBlock);
    EXPECT_EQ(p.weeks[0].sessions[0].day, 3);
    const auto& sets = p.weeks[0].sessions[0].exercises[0].sets;
    EXPECT_EQ(sets[1].technique, policy::Technique::RestPause);
    EXPECT_EQ(*sets[0].percent_e1rm, 75);
    EXPECT_TRUE(sets[2].warmup);
    EXPECT_EQ(sets[2].rir, 4);  // RPE 6 = RIR 4
    EXPECT_EQ(*sets[2].load, 60);
}

TEST(PlanWriter, RoundTripIsExact) {
    json doc = minimal();
    doc["name"] = "Round trip";
    doc["settings"] = {{"landmarks", {{"chest", {{"min", 8}, {"max", 14}, {"ceiling", 18}}}}}};
    doc["weeks"][0]["sessions"][0]["exercises"][0]["sets"].push_back(
        {{"reps", 10}, {"failure", true}, {"technique", "dropSet"}});
    const json once = plan_to_json(read_plan(doc, library()));
    const json twice = plan_to_json(read_plan(once, library()));
    EXPECT_EQ(once, twice);
    EXPECT_EQ(once["version"], 2);
    EXPECT_EQ(once["settings"]["landmarks"].size(), 1u);  // overrides only
    EXPECT_FALSE(once["settings"].contains("fatigueBudget"));
    const json& sets = once["weeks"][0]["sessions"][0]["exercises"][0]["sets"];
    EXPECT_EQ(sets[0], json::parse(R"({"reps": 8, "rir": 2.0})"));
    EXPECT_EQ(sets[1], json::parse(R"({"reps": 8, "failure": true})"));
    EXPECT_EQ(sets[2]["technique"], "dropSet");
    EXPECT_FALSE(once["weeks"][0]["sessions"][0].contains("day"));  // auto days stay auto
}

struct BadDocument {
    const char* what;
    const char* patch;  // a JSON merge patch applied to minimal()
    const char* field;
};

class PlanReaderRejects : public ::testing::TestWithParam<BadDocument> {};

TEST_P(PlanReaderRejects, WithThePath) {
    json doc = minimal();
    doc.merge_patch(json::parse(GetParam().patch));
    EXPECT_EQ(field_of_error(doc), GetParam().field) << GetParam().what;
}

constexpr const char* kSet = "weeks[0].sessions[0].exercises[0].sets[0]";

INSTANTIATE_TEST_SUITE_P(
    BadDocuments, PlanReaderRejects,
    ::testing::Values(
        BadDocument{"no version", R"({"version": null})", "version"},
        BadDocument{"version 3", R"({"version": 3})", "version"},
        BadDocument{"version 1.5", R"({"version": 1.5})", "version"},
        BadDocument{"no weeks", R"({"weeks": null})", "weeks"},
        BadDocument{"weeks as an object", R"({"weeks": {"a": 1}})", "weeks"},
        BadDocument{"empty weeks", R"({"weeks": []})", "weeks"},
        BadDocument{"a week as a string", R"({"weeks": ["w1"]})", "weeks[0]"},
        BadDocument{"sessions missing", R"({"weeks": [{}]})", "weeks[0].sessions"},
        BadDocument{"an empty session name", R"({"weeks": [{"sessions": [{"name": "  ", "exercises": []}]}]})",
                    "weeks[0].sessions[0].name"},
        BadDocument{"a 61-character name",
                    R"({"weeks": [{"sessions": [{"name": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "exercises": []}]}]})",
                    "weeks[0].sessions[0].name"},
        BadDocument{"an unknown top-level field", R"({"weks": []})", "weks"},
        BadDocument{"an unknown unit", R"({"lifter": {"unit": "stone"}})", "lifter.unit"},
        BadDocument{"counting weight above 1", R"({"settings": {"counting": {"secondary": 1.5}}})",
                    "settings.counting.secondary"},
        BadDocument{"a landmark without ceiling", R"({"settings": {"landmarks": {"chest": {"min": 1, "max": 2}}}})",
                    "settings.landmarks.chest.ceiling"},
        BadDocument{"a model that is not an object", R"({"settings": {"model": 42}})", "settings.model"}));

TEST(PlanReader, RejectsBadSets) {
    const std::vector<std::pair<json, std::string>> cases = {
        {json::parse(R"({"reps": 51, "rir": 2})"), std::string(kSet) + ".reps"},
        {json::parse(R"({"reps": "8", "rir": 2})"), std::string(kSet) + ".reps"},
        {json::parse(R"({"reps": 8, "rir": -1})"), std::string(kSet) + ".rir"},
        {json::parse(R"({"reps": 8, "rpe": 4})"), std::string(kSet) + ".rpe"},
        {json::parse(R"({"reps": 8, "rpe": 8.3})"), std::string(kSet) + ".rpe"},
        {json::parse(R"({"reps": 8, "warmup": true, "rir": 5, "technique": "dropSet"})"), std::string(kSet) + ".technique"},
        {json::parse(R"({"reps": 8, "rir": 2, "load": 0})"), std::string(kSet) + ".load"},
        {json::parse(R"({"reps": 8, "rir": 2, "percentE1rm": 120})"), std::string(kSet) + ".percentE1rm"},
        {json::parse(R"([8, 2])"), std::string(kSet)},
    };
    for (const auto& [set, field] : cases) {
        json doc = minimal();
        doc["weeks"][0]["sessions"][0]["exercises"][0]["sets"][0] = set;
        EXPECT_EQ(field_of_error(doc), field) << set.dump();
    }
}

TEST(PlanReader, MessagesSayWhatIsWrong) {
    json doc = minimal();
    doc["version"] = 3;
    try {
        read_plan(doc, library());
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(std::string(e.what()), "unsupported plan version 3 (this Proximity reads versions 1 to 2)");
    }
    doc = minimal();
    doc["weeks"][0]["sessions"][0]["exercises"][0]["exercise"] = "bench";
    try {
        read_plan(doc, library());
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "weeks[0].sessions[0].exercises[0].exercise");
        EXPECT_EQ(std::string(e.what()), "Week 1, " + doc["weeks"][0]["sessions"][0]["name"].get<std::string>() +
                                             ", exercise 1: unknown exercise \"bench\"");
    }
}

TEST(PlanReader, RefusesPlansOverTheSizeLimit) {
    json doc = minimal();
    json session = doc["weeks"][0]["sessions"][0];
    json sets = json::array();
    for (int i = 0; i < kMaxSetsPerExercise; ++i) sets.push_back({{"reps", 8}, {"rir", 2}});
    session["exercises"] = json::array();
    for (int i = 0; i < kMaxExercisesPerSession; ++i) session["exercises"].push_back({{"exercise", "cable-fly"}, {"sets", sets}});
    json week = {{"sessions", json::array()}};
    for (int i = 0; i < 8; ++i) week["sessions"].push_back(session);  // 3200 sets a week
    doc["weeks"] = json::array({week, week});                         // 6400 > 6000
    EXPECT_EQ(field_of_error(doc), "weeks");
}

}  // namespace
}  // namespace proximity::plan
