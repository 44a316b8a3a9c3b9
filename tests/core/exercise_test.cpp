// The exercise library: built-in data, the strict reader, user exercises.
#include "core/common/input_error.hpp"
#include "core/exercise/exercise_library.hpp"
#include "core/json/exercise_json.hpp"
#include "core/json/exercise_library_json.hpp"

#include <gtest/gtest.h>

#include <set>

namespace proximity::exercise {
namespace {

using nlohmann::json;

std::string error_field(const json& doc) {
    try {
        read_exercise(doc, "exercise");
    } catch (const InputError& e) {
        return e.field();
    }
    return "(accepted)";
}

json valid() {
    return json::parse(R"({"id":"cable-crossover","name":"Cable crossover","class":"isolation",
        "equipment":"cable","primary":["chest"],"secondary":["frontDelts"]})");
}

TEST(Muscles, SeventeenGroupsWithRoundTripIds) {
    ASSERT_EQ(all_muscles().size(), 17u);
    std::set<std::string> ids;
    for (Muscle m : all_muscles()) {
        ids.insert(muscle_id(m));
        EXPECT_EQ(muscle_from_id(muscle_id(m)), m);
    }
    EXPECT_EQ(ids.size(), 17u);
    EXPECT_STREQ(muscle_id(Muscle::FrontDelts), "frontDelts");
    EXPECT_STREQ(muscle_name(Muscle::LowerBack), "Lower back");
    EXPECT_FALSE(muscle_from_id("Chest").has_value());
}

TEST(BuiltinLibrary, HasSixtyPlusExercisesAcrossEveryEquipmentAndClass) {
    const auto lib = ExerciseLibrary::builtin();
    EXPECT_GE(lib.size(), 60u);
    std::set<Equipment> equipment;
    std::set<MovementClass> classes;
    for (const auto& e : lib.all()) {
        equipment.insert(e.equipment);
        classes.insert(e.movement_class);
        EXPECT_FALSE(e.primary.empty()) << e.id;
        EXPECT_FALSE(e.custom) << e.id;
    }
    EXPECT_EQ(equipment.size(), 4u);
    EXPECT_EQ(classes.size(), 2u);
}

TEST(BuiltinLibrary, EveryMuscleIsTrainedAsPrimaryBySomeExercise) {
    const auto lib = ExerciseLibrary::builtin();
    for (Muscle m : all_muscles()) {
        bool found = false;
        for (const auto& e : lib.all()) found = found || trains(e, m);
        EXPECT_TRUE(found) << muscle_id(m);
    }
}

TEST(BuiltinLibrary, SeedPushDayExercisesArePresent) {
    // Seed 004's sample push day.
    const auto lib = ExerciseLibrary::builtin();
    for (const char* id : {"bench-press", "incline-db-press", "cable-fly", "triceps-pushdown", "lateral-raise"})
        EXPECT_NE(lib.find(id), nullptr) << id;
}

TEST(BuiltinLibrary, RiskFlagsFollowTheSeeds) {
    const auto lib = ExerciseLibrary::builtin();
    // Seed 001: heavy barbell rows and behind-the-neck press are risky when fatigued.
    EXPECT_TRUE(lib.find("barbell-row")->risk.injury_risk_when_fatigued);
    EXPECT_TRUE(lib.find("behind-the-neck-press")->risk.injury_risk_when_fatigued);
    // The four heavy compounds.
    for (const char* id : {"back-squat", "bench-press", "deadlift", "overhead-press"})
        EXPECT_TRUE(lib.find(id)->risk.heavy_compound) << id;
    // Failing alone under a bench or squat bar traps the lifter.
    EXPECT_TRUE(lib.find("bench-press")->risk.needs_spotter);
    EXPECT_TRUE(lib.find("back-squat")->risk.needs_spotter);
    EXPECT_FALSE(lib.find("deadlift")->risk.needs_spotter);
    EXPECT_TRUE(lib.find("deadlift")->risk.spinal_loading);
    // Machines and cables carry no flag.
    const Exercise* ext = lib.find("leg-extension");
    EXPECT_EQ(ext->movement_class, MovementClass::Isolation);
    EXPECT_EQ(ext->equipment, Equipment::Machine);
    EXPECT_FALSE(ext->risk.spinal_loading || ext->risk.injury_risk_when_fatigued ||
                 ext->risk.needs_spotter || ext->risk.heavy_compound);
}

TEST(BuiltinLibrary, BenchPressMusclesAreChestThenDeltsAndTriceps) {
    const Exercise* e = ExerciseLibrary::builtin().find("bench-press");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->primary, std::vector<Muscle>{Muscle::Chest});
    EXPECT_EQ(e->secondary, (std::vector<Muscle>{Muscle::FrontDelts, Muscle::Triceps}));
    EXPECT_EQ(e->movement_class, MovementClass::Compound);
    EXPECT_EQ(e->equipment, Equipment::FreeWeight);
}

TEST(ReadExercise, ValidExerciseRoundTrips) {
    Exercise e = read_exercise(valid(), "");
    EXPECT_EQ(e.id, "cable-crossover");
    EXPECT_EQ(e.movement_class, MovementClass::Isolation);
    EXPECT_EQ(e.equipment, Equipment::Cable);
    EXPECT_FALSE(e.risk.needs_spotter);
    json out = exercise_json(e);
    EXPECT_EQ(out["primary"], json::array({"chest"}));
    EXPECT_EQ(out["risk"]["needsSpotter"], false);
    Exercise again = read_exercise(out, "");
    EXPECT_EQ(exercise_json(again), out);
}

struct BadExercise {
    const char* what;
    const char* patch;  // JSON merge patch on valid()
    const char* field;
};

class ReadExerciseRejects : public ::testing::TestWithParam<BadExercise> {};

TEST_P(ReadExerciseRejects, NamingThePath) {
    json doc = valid();
    doc.merge_patch(json::parse(GetParam().patch));
    EXPECT_EQ(error_field(doc), GetParam().field) << GetParam().what;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ReadExerciseRejects,
    ::testing::Values(
        BadExercise{"unknown muscle", R"({"primary":["chest","pecs"]})", "exercise.primary[1]"},
        BadExercise{"muscle twice", R"({"secondary":["frontDelts","frontDelts"]})", "exercise.secondary[1]"},
        BadExercise{"secondary repeats a primary", R"({"secondary":["chest"]})", "exercise.secondary[0]"},
        BadExercise{"no primary", R"({"primary":[]})", "exercise.primary"},
        BadExercise{"primary missing", R"({"primary":null})", "exercise.primary"},
        BadExercise{"primary not a list", R"({"primary":"chest"})", "exercise.primary"},
        BadExercise{"muscle not a string", R"({"primary":[3]})", "exercise.primary[0]"},
        BadExercise{"id not kebab-case", R"({"id":"Cable Crossover"})", "exercise.id"},
        BadExercise{"id with double hyphen", R"({"id":"cable--x"})", "exercise.id"},
        BadExercise{"id missing", R"({"id":null})", "exercise.id"},
        BadExercise{"blank name", R"({"name":"   "})", "exercise.name"},
        BadExercise{"unknown class", R"({"class":"multi-joint"})", "exercise.class"},
        BadExercise{"unknown equipment", R"({"equipment":"kettlebell"})", "exercise.equipment"},
        BadExercise{"unknown risk flag", R"({"risk":{"dangerous":true}})", "exercise.risk.dangerous"},
        BadExercise{"risk flag not a boolean", R"({"risk":{"needsSpotter":"yes"}})", "exercise.risk.needsSpotter"},
        BadExercise{"typo in a field name", R"({"secundary":["chest"]})", "exercise.secundary"}));

TEST(ReadExercise, MessagesSayWhatIsWrong) {
    json doc = valid();
    doc["primary"] = {"pecs"};
    try {
        read_exercise(doc, "");
        FAIL() << "accepted an unknown muscle";
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "primary[0]");
        EXPECT_NE(std::string(e.what()).find("unknown muscle \"pecs\""), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("frontDelts"), std::string::npos) << e.what();
    }
}

TEST(ExerciseLibrary, AddRejectsADuplicateIdAndKeepsTheLibrary) {
    auto lib = ExerciseLibrary::builtin();
    const size_t before = lib.size();
    Exercise e = read_exercise(valid(), "");
    e.id = "bench-press";
    try {
        lib.add(e);
        FAIL() << "duplicate accepted";
    } catch (const InputError& err) {
        EXPECT_EQ(err.field(), "id");
    }
    EXPECT_EQ(lib.size(), before);
}

TEST(ExerciseLibrary, CopiesAreIndependent) {
    const auto base = ExerciseLibrary::builtin();
    auto copy = base;
    Exercise e = read_exercise(valid(), "");
    e.custom = true;
    copy.add(e);
    EXPECT_NE(copy.find("cable-crossover"), nullptr);
    EXPECT_EQ(base.find("cable-crossover"), nullptr);
    EXPECT_EQ(copy.size(), base.size() + 1);
    EXPECT_EQ(ExerciseLibrary::builtin().find("cable-crossover"), nullptr);
    // Lookups still work for the ids on both sides of the new one in sorted order.
    EXPECT_EQ(copy.find("cable-fly")->id, "cable-fly");
    EXPECT_EQ(copy.find("cable-curl")->id, "cable-curl");
}

TEST(ExerciseLibrary, DocumentErrorsNameTheEntry) {
    json doc = {{"version", 1}, {"exercises", json::array({valid(), valid()})}};
    try {
        read_exercise_library(doc);
        FAIL() << "repeated id accepted";
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "exercises[1].id");
    }
    doc["exercises"][1]["id"] = "other";
    doc["exercises"][1]["class"] = "big";
    try {
        read_exercise_library(doc);
        FAIL() << "bad class accepted";
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "exercises[1].class");
    }
    doc["version"] = 2;
    EXPECT_THROW(read_exercise_library(doc), InputError);
}

TEST(ExerciseLibrary, CustomExercisesAreCapped) {
    ExerciseLibrary lib;
    Exercise e = read_exercise(valid(), "");
    e.custom = true;
    for (size_t i = 0; i < ExerciseLibrary::kMaxCustomExercises; ++i) {
        e.id = "custom-" + std::to_string(i);
        lib.add(e);
    }
    e.id = "one-more";
    EXPECT_THROW(lib.add(e), InputError);
    EXPECT_EQ(lib.size(), ExerciseLibrary::kMaxCustomExercises);
}

}  // namespace
}  // namespace proximity::exercise
