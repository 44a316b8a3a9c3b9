// Exercise names: normalization, the alias table, custom exercises guessed from the
// name, the learnt mapping applied to the next import, remapping, deduplication and the
// Strong export read back (core/history).
#include "core/common/input_error.hpp"
#include "core/history/custom_exercise_guess.hpp"
#include "core/history/exercise_matcher.hpp"
#include "core/history/exercise_names.hpp"
#include "core/history/exercise_remap.hpp"
#include "core/history/history_import.hpp"
#include "core/history/strong_export.hpp"
#include "core/json/history_writer.hpp"

#include <gtest/gtest.h>

namespace proximity::history {
namespace {

const exercise::ExerciseLibrary& library() {
    static const auto lib = exercise::ExerciseLibrary::builtin();
    return lib;
}

const char* const kHevy =
    "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\",\"exercise_notes\","
    "\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\",\"duration_seconds\",\"rpe\"\n"
    "\"Legs\",\"1 Jan 2025, 18:02\",\"1 Jan 2025, 19:00\",\"\",\"Squat (Barbell)\",,\"\",0,\"warmup\",60,5,,,\n"
    "\"Legs\",\"1 Jan 2025, 18:02\",\"1 Jan 2025, 19:00\",\"\",\"Squat (Barbell)\",,\"\",1,\"normal\",120,5,,,8\n"
    "\"Legs\",\"1 Jan 2025, 18:02\",\"1 Jan 2025, 19:00\",\"\",\"Zercher Squat\",,\"\",0,\"failure\",80,8,,,\n"
    "\"Legs\",\"1 Jan 2025, 18:02\",\"1 Jan 2025, 19:00\",\"\",\"Sissy Squat (Machine)\",,\"\",0,\"normal\",20,12,,,\n"
    "\"Legs\",\"3 Jan 2025, 18:00\",\"3 Jan 2025, 19:00\",\"\",\"Leg Curl Seated (Machine)\",,\"\",0,\"normal\",50,10,,,9.5\n";

ImportResult import(const std::string& text, History h = {}) {
    return import_history(text, ImportFormat::Auto, std::move(h), library(), units::Unit::Kg);
}

TEST(ExerciseNames, CaseAndPunctuationDoNotMatter) {
    EXPECT_EQ(normalized_name("Lat Pulldown - Wide Grip (Cable)"), "lat pulldown wide grip cable");
    EXPECT_EQ(normalized_name("  SQUAT(barbell) "), "squat barbell");
    const auto& aliases = builtin_aliases();
    for (const char* name : {"Squat (Barbell)", "Bench Press (Barbell)", "Lat Pulldown (Cable)",
                             "Seated Leg Curl (Machine)", "Triceps Pushdown"}) {
        auto it = aliases.find(normalized_name(name));
        ASSERT_NE(it, aliases.end()) << name;
        EXPECT_NE(library().find(it->second), nullptr) << name << " -> " << it->second;
    }
}

TEST(ExerciseNames, EveryAliasNamesALibraryExercise) {
    for (const auto& [alias, id] : builtin_aliases()) EXPECT_NE(library().find(id), nullptr) << alias << " -> " << id;
    EXPECT_GT(builtin_aliases().size(), 200u);
}

TEST(ExerciseMatcher, LibraryNamesAliasesAndNewCustomExercises) {
    History h;
    ExerciseMatcher m(h, library());
    EXPECT_EQ(m.match("BENCH PRESS (BARBELL)").exercise, "bench-press");
    EXPECT_TRUE(m.match("Back squat (barbell)").mapped);  // the library's own name
    EXPECT_EQ(m.match("romanian-deadlift").exercise, "romanian-deadlift");  // a library id
    const NameMatch custom = m.match("Sissy Squat (Machine)");
    EXPECT_FALSE(custom.mapped);
    EXPECT_EQ(custom.exercise, "custom-sissy-squat-machine");
    EXPECT_EQ(m.match("sissy squat - machine").exercise, custom.exercise);  // not created twice
    ASSERT_EQ(h.custom_exercises.size(), 1u);
    ASSERT_EQ(h.mapping.size(), 1u);
    EXPECT_EQ(h.mapping[0].name, "Sissy Squat (Machine)");
}

TEST(CustomExerciseGuess, ClassAndEquipmentFromTheName) {
    auto g = [](const char* n) { return guess_custom_exercise(n, custom_exercise_id(n)); };
    EXPECT_EQ(g("Zercher Squat (Barbell)").equipment, exercise::Equipment::FreeWeight);
    EXPECT_EQ(g("Zercher Squat (Barbell)").movement_class, exercise::MovementClass::Compound);
    EXPECT_EQ(g("Spider Curl (Dumbbell)").movement_class, exercise::MovementClass::Isolation);
    EXPECT_EQ(g("Glute Kickback (Cable)").equipment, exercise::Equipment::Cable);
    EXPECT_EQ(g("Glute Kickback (Cable)").movement_class, exercise::MovementClass::Isolation);
    EXPECT_EQ(g("Pendulum Squat (Machine)").equipment, exercise::Equipment::Machine);
    EXPECT_EQ(g("Ring Dips").equipment, exercise::Equipment::Bodyweight);
    EXPECT_EQ(g("Muscle Up (Assisted)").equipment, exercise::Equipment::Bodyweight);
    EXPECT_FALSE(g("Ring Dips").verified);
    EXPECT_EQ(custom_exercise_id("Développé couché!"), "custom-dvelopp-couch");
    EXPECT_EQ(custom_exercise_id("???"), "custom-exercise");
    EXPECT_LE(custom_exercise_id(std::string(300, 'a')).size(), 64u);
}

TEST(HistoryImport, TheSameFileTwiceAddsNothing) {
    const ImportResult first = import(kHevy);
    EXPECT_EQ(first.report.rows, 5u);
    EXPECT_EQ(first.report.imported, 5u);
    EXPECT_EQ(first.report.workouts, 2u);
    const ImportResult second = import(kHevy, first.history);
    EXPECT_EQ(second.report.rows, 5u);
    EXPECT_EQ(second.report.imported, 0u);
    EXPECT_EQ(second.report.skipped.size(), 5u);
    EXPECT_EQ(second.report.skipped[0].line, 2u);
    EXPECT_EQ(history_to_json(second.history), history_to_json(first.history));
}

TEST(HistoryImport, TheMappingIsKeptAndAppliedToTheNextImport) {
    ImportResult first = import(kHevy);
    ASSERT_EQ(first.history.custom_exercises.size(), 3u);  // zercher, sissy, "leg curl seated"
    // The lifter says "Leg Curl Seated (Machine)" is the library's seated leg curl...
    EXPECT_EQ(remap_exercise(first.history, "custom-leg-curl-seated-machine", "seated-leg-curl", library()), 1u);
    EXPECT_EQ(first.history.custom_exercises.size(), 2u);
    EXPECT_EQ(first.history.workouts[1].exercises[0].exercise, "seated-leg-curl");
    // ... and a later export with that name maps to it without asking.
    std::string later = kHevy;
    later.replace(later.find("3 Jan 2025"), 10, "9 Jan 2025");
    later.replace(later.find("3 Jan 2025"), 10, "9 Jan 2025");
    const ImportResult second = import(later, first.history);
    EXPECT_EQ(second.report.imported, 1u);
    ASSERT_EQ(second.report.exercises.size(), 1u);
    EXPECT_EQ(second.report.exercises[0].exercise, "seated-leg-curl");
    EXPECT_TRUE(second.report.exercises[0].mapped);
}

TEST(HistoryImport, RemapByNameFixesAWrongAlias) {
    ImportResult r = import(kHevy);
    EXPECT_EQ(remap_name(r.history, "squat (barbell)", "front-squat", library()), 2u);
    EXPECT_EQ(r.history.workouts[0].exercises[0].exercise, "front-squat");
    EXPECT_EQ(r.history.mapping.back().exercise, "front-squat");
    EXPECT_THROW(remap_name(r.history, "Nothing like it", "front-squat", library()), InputError);
    EXPECT_THROW(remap_exercise(r.history, "custom-zercher-squat", "no-such-exercise", library()), InputError);
}

TEST(StrongExport, ReadsBackAsTheSameWorkouts) {
    const ImportResult hevy = import(kHevy);
    const std::string csv = strong_csv_text(hevy.history, units::Unit::Kg);
    EXPECT_EQ(csv.substr(0, csv.find('\n')),
              "\"Workout #\";\"Date\";\"Workout Name\";\"Duration (sec)\";\"Exercise Name\";\"Set Order\";"
              "\"Weight (kg)\";\"Reps\";\"RPE\";\"Distance (meters)\";\"Seconds\";\"Notes\";\"Workout Notes\";\"Superset\"");
    const ImportResult back = import(csv);
    EXPECT_EQ(back.report.format, Source::Strong);
    EXPECT_EQ(back.report.imported, 5u);
    ASSERT_EQ(back.history.workouts.size(), 2u);
    const Workout& w = back.history.workouts[0];
    EXPECT_EQ(w.start, "2025-01-01T18:02:00");
    EXPECT_EQ(w.duration, 3480);
    EXPECT_EQ(w.exercises[0].sets[0].type, SetType::Warmup);
    EXPECT_EQ(w.exercises[0].sets[1].effort.kind, EffortKind::Rpe);
    EXPECT_DOUBLE_EQ(w.exercises[0].sets[1].effort.value, 8);
    EXPECT_TRUE(w.exercises[1].sets[0].failure);  // "F"
    EXPECT_EQ(w.exercises[1].exercise, "custom-zercher-squat");
}

}  // namespace
}  // namespace proximity::history
