#pragma once
// The nested shapes of the failure policy: a rule's effect (what a rule does when it
// applies) and the advisor's training phase given with its week. Read by
// core/json/effect_json.cpp and core/json/advice_json.cpp, which refuse any other field
// from these lists.
#include "core/shapes/field.hpp"

namespace proximity::shapes {

inline constexpr Field kRirRangeFields[] = {
    {"min", FieldType::Number, true, "the fewest reps in reserve", nullptr, "rir"},
    {"max", FieldType::Number, true, "the most reps in reserve (not below min)", nullptr, "rir"}};
inline constexpr Shape kRirRange{"RirRange", "A range of reps in reserve.", kRirRangeFields};

inline constexpr Field kRirChangeFields[] = {
    {"min", FieldType::Number, false, "the change to (adjustRir), or the floor of (limitRir), the range's low end"},
    {"max", FieldType::Number, false, "the change to (adjustRir), or the ceiling of (limitRir), the range's high end"}};
inline constexpr Shape kRirChange{"RirChange", "A change to an RIR range, or bounds on it.", kRirChangeFields};

inline constexpr Field kTechniqueEffectFields[] = {
    {"allow", FieldType::Boolean, true, "whether the technique is allowed"},
    {"limit", FieldType::String, false, "how much of it, in words (e.g. 1-2 per session)"},
    {"perSession", FieldType::Integer, false, "at most this many sets with it per session, from 1 to 20"}};
inline constexpr Shape kTechniqueEffect{"TechniqueEffect", "What a rule says of an intensity technique.",
                                        kTechniqueEffectFields};

inline constexpr Field kRuleEffectFields[] = {
    {"verdict", FieldType::String, false, "the verdict: failure, stop-short or no-failure"},
    {"capVerdict", FieldType::String, false, "a verdict no later rule may go beyond"},
    {"rir", FieldType::Object, false, "the target RIR range", nullptr, nullptr, nullptr, &kRirRange},
    {"adjustRir", FieldType::Object, false, "a change to the target range, in reps (-5 to 5)", nullptr, nullptr,
     nullptr, &kRirChange},
    {"limitRir", FieldType::Object, false, "bounds the target range must keep within", nullptr, nullptr, nullptr,
     &kRirChange},
    {"techniques", FieldType::Object, false, "technique -> what the rule says of it (dropSet, restPause, forcedReps, myoReps)",
     nullptr, nullptr, "object", &kTechniqueEffect},
    {"calibrationTest", FieldType::Object, false, "what the rule says of a calibration test set", nullptr, nullptr,
     nullptr, &kTechniqueEffect}};
inline constexpr Shape kRuleEffect{"RuleEffect", "What a rule does when it applies: at least one of its fields.",
                                   kRuleEffectFields};

inline constexpr Field kSetPhaseFields[] = {
    {"name", FieldType::String, false, "the phase (default normal)", "phase"},
    {"week", FieldType::Integer, false, "the week of a failure block, from 1", nullptr, "failureBlockWeek"}};
inline constexpr Shape kSetPhase{"SetPhase", "The training phase with the week of a failure block.", kSetPhaseFields};

}  // namespace proximity::shapes
