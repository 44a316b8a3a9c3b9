#pragma once
// The fields of the failure policy methods (core/api/policy_api.cpp): what each takes
// and answers. The engine checks them (core/api/field_check.hpp); the set's sections
// are read by core/json/advice_json.hpp, a rule set by core/json/rule_set_json.hpp.
#include "core/shapes/exercise_contract.hpp"
#include "core/shapes/field.hpp"
#include "core/shapes/policy_shapes.hpp"
#include "core/shapes/shared_fields.hpp"

namespace proximity::shapes {

using T = FieldType;

inline constexpr Field kAdvisedLifterFields[] = {
    {"status", T::String, false, "training experience (default intermediate)", "status"},
    {"calibration", T::Object, false, "the saved RIR calibration (its other fields are ignored)", nullptr, nullptr,
     nullptr, &kSavedCalibration}};
inline constexpr Shape kAdvisedLifter{"AdvisedLifter", "The lifter a set is advised for.", kAdvisedLifterFields};
inline constexpr Field kAdvisedSetFields[] = {
    {"index", T::Integer, false, "which set of the exercise, from 1 (default 1)", nullptr, "setsPerExercise"},
    {"of", T::Integer, false, "of how many (default: index)", nullptr, "setsPerExercise"},
    {"reps", T::Integer, false, "its planned reps (default 8)", nullptr, "plannedReps"},
    {"percentE1rm", T::Number, false, "its load as a percent of the e1RM", nullptr, "percentE1rm"}};
inline constexpr Shape kAdvisedSet{"AdvisedSet", "The set advised on.", kAdvisedSetFields};
inline constexpr Field kAdvisedSessionFields[] = {
    {"spotter", T::Boolean, false, "a spotter is there (the older way to say safety: spotter)"},
    {"safety", T::String, false, "the safety setup (default none)", "safety"},
    {"position", T::Integer, false, "the exercise's place in the session, from 1 (default 1)", nullptr,
     "exercisePosition"}};
inline constexpr Shape kAdvisedSession{"AdvisedSession", "The session the set is in.", kAdvisedSessionFields};
inline constexpr Field kReportedFatigueFields[] = {
    {"signs", T::Array, false, "the signs, such as performanceDrop", "fatigueSign", nullptr, "string"}};
inline constexpr Shape kReportedFatigue{"ReportedFatigue", "The fatigue signs the lifter reports.",
                                        kReportedFatigueFields};

inline constexpr Field kAdviseSetInput[] = {
    {"exercise", T::Any, true, "the exercise: its id (see exercises) or a whole exercise", nullptr, nullptr, nullptr,
     &kExerciseShape},
    {"lifter", T::Object, false, "training experience and saved RIR calibration", nullptr, nullptr, nullptr,
     &kAdvisedLifter},
    {"set", T::Object, false, "which set of how many, and its planned reps", nullptr, nullptr, nullptr, &kAdvisedSet},
    {"session", T::Object, false, "the safety setup and the exercise's place in the session", nullptr, nullptr, nullptr,
     &kAdvisedSession},
    {"phase", T::Any, false, "the training phase, or it with the week of a failure block", "phase", nullptr, nullptr,
     &kSetPhase},
    {"fatigue", T::Object, false, "the fatigue signs the lifter reports", nullptr, nullptr, nullptr, &kReportedFatigue},
    {"weeklySets", T::Number, false, "hard sets for this muscle in a whole week: the planned week, or the lifter's typical recent week (default 0)"},
    {"frequency", T::Integer, false, "sessions per week training it (default 1)"}};
inline constexpr Field kAdviseSetOutput[] = {
    {"exercise", T::Object, true, "the exercise advised on", nullptr, nullptr, nullptr, &kExerciseRef},
    {"verdict", T::String, true, "how close to failure this set may go"},
    {"verdictLabel", T::String, true, "the verdict in words"},
    {"targetRir", T::Object, true, "the reps in reserve to stop at", nullptr, nullptr, nullptr, &kRirRange},
    {"targetRpe", T::Object, true, "the same on the RPE scale", nullptr, nullptr, nullptr, &kRpeRange},
    {"felt", T::Object, false, "where the lifter's calls are biased: the target to stop at by feel", nullptr, nullptr,
     nullptr, &kFeltTarget},
    {"techniques", T::Array, true, "each intensity technique: allowed or not, and why", nullptr, nullptr, "object",
     &kTechniqueAdvice},
    {"calibrationTest", T::Object, true, "whether a failure test set for RIR calibration is allowed", nullptr, nullptr,
     nullptr, &kTechniqueAdvice},
    {"reasons", T::Array, true, "the rules that decided, with their sources", nullptr, nullptr, "object",
     &kAdviceReason},
    {"reasonIds", T::Array, true, "the ids of those rules", nullptr, nullptr, "string"},
    {"ruleSet", T::Object, true, "the rule set used", nullptr, nullptr, nullptr, &kRuleSetName}};

// A rule set document (core/json/rule_set_json.hpp).
inline constexpr Field kRuleFields[] = {
    {"id", T::String, true, "its id, kebab-case (e.g. deload-no-failure)"},
    {"title", T::String, false, "its title (default: its id)"},
    {"priority", T::Integer, true, "higher rules decide first, from 0 to 1000"},
    {"condition", T::Object, true, "when it applies: facts tested with all, any and not ({\"all\": []} always holds)",
     nullptr, nullptr, nullptr, &kRuleCondition},
    {"effect", T::Object, true, "what it does: a verdict, a cap, an RIR range or change, techniques allowed", nullptr,
     nullptr, nullptr, &kRuleEffect},
    {"explanation", T::String, true, "why, in a lifter's words"},
    {"sources", T::Array, true, "the ids of the references it rests on", nullptr, nullptr, "string"}};
inline constexpr Shape kRule{"Rule", "One rule of the failure policy.", kRuleFields};

inline constexpr Field kRuleSetDocument[] = {
    {"format", T::String, true, "always proximity-rules: what this document is"},
    {"version", T::Integer, true, "the rule set format's version"},
    {"name", T::String, false, "the rule set's name"},
    {"revision", T::String, false, "its revision"},
    {"about", T::String, false, "what it is for"},
    {"references", T::Array, false, "the sources its rules cite", nullptr, nullptr, "object", &kReference},
    {"rules", T::Array, true, "the rules", nullptr, nullptr, "object", &kRule}};
inline constexpr Field kRuleSetSummary[] = {
    {"name", T::String, true, "the rule set's name"},
    {"revision", T::String, true, "its revision"},
    {"rules", T::Integer, true, "how many rules it has"},
    {"ruleIds", T::Array, true, "their ids", nullptr, nullptr, "string"}};

inline constexpr Field kRuleFact[] = {
    {"name", T::String, true, "the fact's name, as rules test it"},
    {"type", T::String, true, "number, boolean, choice or text"},
    {"choices", T::Array, true, "a choice's possible values", nullptr, nullptr, "string"},
    {"about", T::String, true, "what it means"}};

}  // namespace proximity::shapes
