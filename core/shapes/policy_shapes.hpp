#pragma once
// The nested shapes of the failure policy: a rule's effect (what a rule does when it
// applies), a reference, and the advisor's training phase given with its week (read by
// core/json/effect_json.cpp, rule_set_json.cpp and advice_json.cpp, which refuse any
// other field from these lists); and the parts of adviseSet's answer (advice_json.cpp).
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

inline constexpr Field kReferenceFields[] = {
    {"id", FieldType::String, true, "its id, kebab-case (e.g. grgic-2022): what a rule's sources name"},
    {"citation", FieldType::String, true, "the citation as shown"},
    {"authors", FieldType::String, false, "its authors"},
    {"year", FieldType::Integer, false, "the year it appeared"},
    {"title", FieldType::String, false, "its title"},
    {"url", FieldType::String, false, "an https:// link to it"}};
inline constexpr Shape kReference{"Reference", "A source a rule cites.", kReferenceFields};
// A rule's condition, a tree: all of, any of, not, or a fact compared by one operator
// ({"fact": "lifter.status", "eq": "beginner"}). It holds conditions, so it names itself:
// defined in core/shapes/policy_shapes.cpp.
extern const Shape kRuleCondition;
inline constexpr Field kRuleConditionFields[] = {
    {"all", FieldType::Array, false, "holds when every one of these holds", nullptr, nullptr, "object",
     &kRuleCondition},
    {"any", FieldType::Array, false, "holds when at least one of these holds", nullptr, nullptr, "object",
     &kRuleCondition},
    {"not", FieldType::Object, false, "holds when this does not", nullptr, nullptr, nullptr, &kRuleCondition},
    {"fact", FieldType::String, false, "the fact compared (see ruleFacts), with one operator below"},
    {"eq", FieldType::Any, false, "the fact equals this"},
    {"ne", FieldType::Any, false, "the fact does not equal this"},
    {"lt", FieldType::Number, false, "the fact is below this"},
    {"lte", FieldType::Number, false, "the fact is at most this"},
    {"gt", FieldType::Number, false, "the fact is above this"},
    {"gte", FieldType::Number, false, "the fact is at least this"},
    {"in", FieldType::Array, false, "the fact is one of these", nullptr, nullptr, "string"},
    {"exists", FieldType::Boolean, false, "the fact is known (true) or unknown (false)"}};

// The lifter's saved calibration as the advisor reads it (a calibrateRir answer will do).
inline constexpr Field kSavedCalibrationFields[] = {
    {"bias", FieldType::Number, false, "how far the calls miss, reps (+: more in reserve than called; default 0)",
     nullptr, "calibrationBias"},
    {"spread", FieldType::Number, false, "how far each call scatters around the bias (default 0)", nullptr,
     "calibrationSpread"}};
inline constexpr Shape kSavedCalibration{"SavedCalibration", "A saved RIR calibration: its bias and spread.",
                                         kSavedCalibrationFields};

// adviseSet's answer.
inline constexpr Field kExerciseRefFields[] = {
    {"id", FieldType::String, true, "the exercise's id"}, {"name", FieldType::String, true, "its name"}};
inline constexpr Shape kExerciseRef{"ExerciseRef", "An exercise named by its id and name.", kExerciseRefFields};

inline constexpr Field kRpeRangeFields[] = {
    {"min", FieldType::Number, true, "the lowest RPE (the most reps in reserve)"},
    {"max", FieldType::Number, true, "the highest RPE (the fewest reps in reserve)"}};
inline constexpr Shape kRpeRange{"RpeRange", "A range on the RPE scale.", kRpeRangeFields};

inline constexpr Field kFeltTargetFields[] = {
    {"targetRir", FieldType::Object, true, "the reps in reserve to stop at by feel", nullptr, nullptr, nullptr,
     &kRirRange},
    {"words", FieldType::String, true, "why, in a lifter's words"}};
inline constexpr Shape kFeltTarget{"FeltTarget", "The target to stop at by feel, for a lifter whose calls are biased.",
                                   kFeltTargetFields};

inline constexpr Field kTechniqueAdviceFields[] = {
    {"id", FieldType::String, true, "the technique's id (dropSet, restPause, forcedReps, myoReps, calibrationTest)"},
    {"name", FieldType::String, true, "its name"},
    {"allowed", FieldType::Boolean, true, "whether this set may use it"},
    {"blockedByVerdict", FieldType::Boolean, true, "ruled out because the verdict keeps the set short of failure"},
    {"rule", FieldType::String, false, "the id of the rule that decided (null: none did)"},
    {"limit", FieldType::String, false, "how much of it, in words"},
    {"perSession", FieldType::Integer, false, "at most this many sets with it per session"},
    {"reason", FieldType::String, true, "why, in words"}};
inline constexpr Shape kTechniqueAdvice{"TechniqueAdvice", "Whether an intensity technique is allowed, and why.",
                                        kTechniqueAdviceFields};

inline constexpr Field kAdviceReasonFields[] = {
    {"rule", FieldType::String, true, "the rule's id"},
    {"title", FieldType::String, true, "its title"},
    {"role", FieldType::String, true, "its part: constraint, recommendation, adjustment, technique or overridden"},
    {"priority", FieldType::Integer, true, "its priority (higher decides first)"},
    {"explanation", FieldType::String, true, "why, in a lifter's words"},
    {"sources", FieldType::Array, true, "the references it rests on", nullptr, nullptr, "object", &kReference}};
inline constexpr Shape kAdviceReason{"AdviceReason", "A rule that decided part of the advice, with its sources.",
                                     kAdviceReasonFields};

inline constexpr Field kRuleSetNameFields[] = {
    {"name", FieldType::String, true, "the rule set's name"}, {"revision", FieldType::String, true, "its revision"}};
inline constexpr Shape kRuleSetName{"RuleSetName", "Which rule set gave the advice.", kRuleSetNameFields};

}  // namespace proximity::shapes
