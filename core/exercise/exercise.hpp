#pragma once
// One exercise: how it moves (compound / isolation), what it is done with, which
// muscles it trains, and the risk flags the failure policy reads.
#include "core/exercise/muscle.hpp"

#include <optional>
#include <string>
#include <vector>

namespace proximity::exercise {

enum class MovementClass { Compound, Isolation };              // ids "compound", "isolation"
enum class Equipment { FreeWeight, Machine, Cable, Bodyweight };  // "freeWeight", "machine", "cable", "bodyweight"

// How the logged load relates to what the muscles move (the "effective load"):
// - External: the load is the weight lifted (a barbell, a stack).
// - BodyweightPlus: the lifter's body weight plus the load added on a belt or vest
//   (pull-up, dip); a set logged with load 0 moved the body weight.
// - BodyweightMinus: the body weight minus the assistance of a machine or band (assisted
//   pull-up): a bigger logged number is an easier set.
// The whole body weight counts for both bodyweight kinds: a modelling choice (a push-up
// moves less than the whole body), which keeps every set of one exercise comparable.
enum class LoadKind { External, BodyweightPlus, BodyweightMinus };  // "external", "bodyweightPlus", "bodyweightMinus"

// What can go wrong when a set of this exercise is pushed to failure.
struct RiskFlags {
    bool spinal_loading = false;             // the spine carries or resists the load (squat, deadlift, row)
    bool injury_risk_when_fatigued = false;  // form breaks in a way that injures (seed 001: heavy rows, behind-the-neck press)
    bool needs_spotter = false;              // failing alone traps the lifter under the bar (bench, squat)
    bool heavy_compound = false;             // one of the big barbell lifts (squat, bench, deadlift, overhead press)
};

struct Exercise {
    std::string id;    // kebab-case, unique in a library: "back-squat"
    std::string name;  // for people: "Back squat (barbell)"
    MovementClass movement_class = MovementClass::Compound;
    Equipment equipment = Equipment::FreeWeight;
    std::vector<Muscle> primary;    // at least one
    std::vector<Muscle> secondary;  // may be empty; never repeats a primary
    RiskFlags risk;
    LoadKind load_kind = LoadKind::External;
    bool custom = false;  // added by the user, not part of the built-in library
};

const char* movement_class_id(MovementClass c);
std::optional<MovementClass> movement_class_from_id(const std::string& id);
const char* equipment_id(Equipment e);
std::optional<Equipment> equipment_from_id(const std::string& id);

const char* load_kind_id(LoadKind k);
std::optional<LoadKind> load_kind_from_id(const std::string& id);
std::vector<std::string> load_kind_ids();

// Does the exercise train `m` as a primary (or, with `include_secondary`, secondary) muscle?
bool trains(const Exercise& e, Muscle m, bool include_secondary = false);

}  // namespace proximity::exercise
