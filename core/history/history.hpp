#pragma once
// The training history: what was lifted. A versioned document (version 1) of workouts ->
// exercises -> sets, plus the lifter's custom exercises and the name mapping that
// imports use (source name -> exercise id). JSON shape: core/json/history_reader.hpp
// (reading, strict, with JSON paths) and core/json/history_writer.hpp (writing); limits:
// history_limits.hpp.
//
// Times are ISO 8601 local time as the lifter's app recorded them, without a zone
// ("2024-11-28T17:36:08"): a workout at 07:48 in Lisbon stays 07:48 wherever it is read.
#include "core/exercise/exercise.hpp"
#include "core/units/unit.hpp"

#include <optional>
#include <string>
#include <vector>

namespace proximity::history {

constexpr int kHistoryVersion = 1;

// How a set was done (ids "warmup", "working", "failure", "drop", "restPause", "myo",
// "forced"). A failure, drop, rest-pause, myo-rep or forced-rep set reached failure unless
// its effort says otherwise (LoggedSet::failure is the fact; the type is the technique).
enum class SetType { Warmup, Working, Failure, Drop, RestPause, Myo, Forced };

// How the effort was called: reps in reserve, RPE (10 - RIR), or not at all.
enum class EffortKind { None, Rir, Rpe };

struct Effort {
    EffortKind kind = EffortKind::None;
    double value = 0;  // RIR 0-10 or RPE 1-10 in half steps; 0 when kind is None
};

struct LoggedSet {
    double load = 0;  // external load in `unit`; 0 for a bodyweight set or a timed/cardio row
    units::Unit unit = units::Unit::Kg;
    int reps = 0;  // 0 only for a timed or distance row (cardio, holds)
    Effort effort;
    SetType type = SetType::Working;
    bool failure = false;                 // the set reached momentary muscular failure
    std::optional<int> failure_reps;      // calibration test: RIR called at `reps`, then taken
                                          // to failure at this many reps (>= reps)
    std::optional<double> seconds;        // duration of a timed row
    std::optional<double> distance;       // metres, for a distance row
    std::string time;                     // ISO 8601 local time the set was logged, or ""
    std::string note;
};

struct LoggedExercise {
    std::string exercise;  // a library id ("back-squat") or a custom id ("custom-zercher-squat")
    std::string name;      // the name as logged or imported ("Squat (Barbell)")
    std::string note;
    std::optional<int> superset;  // sets sharing a number were done as a superset (Hevy, our Strong CSV)
    std::vector<LoggedSet> sets;
};

// Where a workout came from: logged in Proximity, or imported from an app's export.
enum class Source { Proximity, Strong, Hevy, FitNotes };  // ids "proximity", "strong", "hevy", "fitnotes"

// The plan session a workout carried out: indexes into plan.weeks / weeks[w].sessions.
struct PlanSession {
    int week = 0;
    int session = 0;
};

struct Workout {
    std::string start;  // ISO 8601 local time: "2024-11-28T17:36:08"
    std::string name;
    Source source = Source::Proximity;
    std::optional<int> duration;  // seconds
    std::string note;
    std::optional<PlanSession> plan;
    std::vector<LoggedExercise> exercises;
};

// An exercise the library does not have, created by an import (or by the lifter). Its
// class and equipment are guessed from the name until the lifter confirms them.
struct CustomExercise {
    std::string id;    // "custom-" + kebab-case of the name; never a library id
    std::string name;  // as the app spelt it: "Zercher Squat (Barbell)"
    exercise::MovementClass movement_class = exercise::MovementClass::Compound;
    exercise::Equipment equipment = exercise::Equipment::FreeWeight;
    bool verified = false;  // false while class and equipment are guesses
};

// One learnt name: every later import maps `name` (compared case- and punctuation-
// insensitively) to `exercise`, before the alias table.
struct NameMapping {
    std::string name;
    std::string exercise;
};

struct History {
    std::vector<Workout> workouts;  // in start order (read_history sorts them)
    std::vector<CustomExercise> custom_exercises;
    std::vector<NameMapping> mapping;
};

const char* set_type_id(SetType t);
std::optional<SetType> set_type_from_id(const std::string& id);
std::string set_type_ids();  // "warmup, working, ..." for error messages
const char* source_id(Source s);
std::optional<Source> source_from_id(const std::string& id);
std::string source_ids();

// RIR of an effort (RPE 10 - value); nullopt when none was called.
std::optional<double> effort_rir(const Effort& e);

// Orders the workouts by start time (stable: equal starts keep their order).
void sort_by_start(History& h);

// Number of sets in the whole history.
size_t set_count(const History& h);

}  // namespace proximity::history
