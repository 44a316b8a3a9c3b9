#pragma once
// The lifter profile: one versioned document (version 2) every page reads - the unit,
// what the lifter can load (bar, plates, dumbbells, machine increments, per-exercise
// overrides), training status, the safety setup, the RIR calibration, a working e1RM
// per exercise with its date and source, and a dated body-weight log (version 2; a
// version 1 profile is read as one with no body weight: every other field is kept). JSON shape: core/json/profile_reader.hpp
// (strict, JSON paths) and core/json/profile_writer.hpp.
#include "core/exercise/exercise.hpp"
#include "core/load/equipment.hpp"
#include "core/load/rir_calibration.hpp"
#include "core/policy/set_context.hpp"
#include "core/units/unit.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace proximity::profile {

constexpr int kProfileVersion = 2;
constexpr int kOldestProfileVersion = 1;  // read and migrated (no body-weight log)

// Who or what catches a failed rep: nobody, a competent spotter, or pins / safety arms.
using Safety = policy::Safety;  // the policy's own choices and ids (set_context.hpp)
using policy::safety_from_id;
using policy::safety_id;

// The one place the safety setup meets the failure policy (core/data/rules.json, fact
// session.spotter "a competent spotter is present"). Pins or safety arms reduce the danger
// but do not make a failed rep free (rule "spotter-needed-alone"), so they do not count as
// a spotter; nor can they help with forced reps.
bool counts_as_spotter(Safety s);

enum class MaxSource { History, Calculator, Typed };  // ids "history", "calculator", "typed"
const char* max_source_id(MaxSource s);
std::optional<MaxSource> max_source_from_id(const std::string& id);
std::vector<std::string> max_source_ids();  // "history", "calculator", "typed"

// A working e1RM the profile keeps, kg or lb.
constexpr Limit kWorkingMaxLimit{0, 2000, 0, "heavier than any one-rep max ever lifted: a typo"};

struct WorkingMax {
    double value = 0;     // e1RM in the profile's unit
    std::string date;     // "2026-12-01" (ISO 8601 date, optionally with a time)
    MaxSource source = MaxSource::Typed;
};

// One weighing, in the profile's unit.
constexpr Limit kBodyWeightLimit{20, 400, 0, "outside any adult's body weight (kg or lb): a typo"};
constexpr int kMaxBodyWeightEntries = 5000;  // more than ten years of daily weighing

struct BodyWeight {
    std::string date;  // "2026-12-01"
    double value = 0;  // in the profile's unit
};

struct Profile {
    units::Unit unit = units::Unit::Kg;
    policy::LifterStatus status = policy::LifterStatus::Intermediate;
    Safety safety = Safety::None;
    // Absent: the defaults for the unit (load::default_equipment).
    std::optional<load::Equipment> barbell, dumbbell, machine;
    std::map<std::string, load::Equipment> exercise_equipment;  // exercise id -> override
    std::optional<load::RirCalibration> calibration;
    std::map<std::string, WorkingMax> e1rm;  // exercise id -> working e1RM
    std::vector<BodyWeight> body_weight;     // in date order, one entry per date
};

// The body weight on `date` (YYYY-MM-DD...): the last weighing on or before it, else the
// first one after it; nullopt with no weighing. In the profile's unit.
std::optional<double> body_weight_on(const Profile& p, const std::string& date);

// Adds or replaces the weighing of `date`, keeping the log in date order.
void set_body_weight(Profile& p, const std::string& date, double value);

// The kind of equipment an exercise is loaded with: machines and cables are stacks, and so
// are the steps of a belt or an assistance (bodyweight and assisted lifts), dumbbell lifts
// ("db-" ids, "(dumbbell)" names) take dumbbells, the rest a barbell.
load::EquipmentType equipment_type_of(const exercise::Exercise& e);

// What the lifter loads this exercise with: the per-exercise override, else the
// profile's equipment of the exercise's type, else the defaults. `e` may be null (custom
// exercise): a barbell.
load::Equipment equipment_for(const Profile& p, const std::string& exercise_id, const exercise::Exercise* e);

const WorkingMax* working_max(const Profile& p, const std::string& exercise_id);

// The calibration as the failure policy reads it (only the size of the typical miss).
std::optional<policy::RirCalibration> policy_calibration(const Profile& p);

}  // namespace proximity::profile
