#pragma once
// The shapes inside the planner's answers: evaluatePlan's weeks, sessions, sets,
// warnings, suggestions, contradictions, simulation and totals
// (core/json/plan_evaluation_json.cpp writes them), planTemplates' sessions and
// planDefaults' fatigue costs, limits and words (core/json/plan_defaults_json.cpp,
// plan_words_json.cpp).
#include "core/shapes/field.hpp"
#include "core/shapes/plan_shapes.hpp"

namespace proximity::shapes {

// evaluatePlan
inline constexpr Field kPlanSetEvaluationFields[] = {
    {"cost", T::Number, true, "the set's fatigue cost, fatigue units"},
    {"hard", T::Boolean, false, "false when the set does not count as hard (absent: it does)"},
    {"verdict", T::String, false,
     "a working set: the failure policy's verdict (failure, near-failure, stop-short or no-failure)"},
    {"targetRir", T::Array, false, "a working set: the reps in reserve the policy advises, [min, max]", nullptr,
     nullptr, "number"},
    {"contradiction", T::String, false,
     "how the set goes against the advice: failureNotAdvised, closerThanAdvised, techniqueNotAdvised or "
     "overSessionLimit (absent: it does not)"},
    {"followsAdvice", T::Boolean, false, "a working set: the plan's call is the advice"},
    {"weekLevel", T::Boolean, false, "true when the week's effort level raised the policy's target"}};
inline constexpr Shape kPlanSetEvaluation{"PlanSetEvaluation", "One planned set, evaluated.", kPlanSetEvaluationFields};

inline constexpr Field kPlanExerciseEvaluationFields[] = {
    {"exercise", T::String, true, "the exercise's id"},
    {"name", T::String, true, "the exercise's name"},
    {"loadClass", T::String, true, "what its sets cost by: isolation, compound or heavyCompound"},
    {"cost", T::Number, true, "its sets' fatigue cost, fatigue units"},
    {"sets", T::Array, true, "its sets, in order", nullptr, nullptr, "object", &kPlanSetEvaluation}};
inline constexpr Shape kPlanExerciseEvaluation{"PlanExerciseEvaluation",
                                               "One exercise of a planned session, evaluated.",
                                               kPlanExerciseEvaluationFields};

inline constexpr Field kPlanSessionEvaluationFields[] = {
    {"name", T::String, true, "the session's name"},
    {"day", T::Integer, true, "the weekday it falls on, 1 (Monday) to 7"},
    {"dayName", T::String, true, "the weekday's short name (Mon to Sun)"},
    {"cost", T::Number, true, "the session's fatigue cost, fatigue units"},
    {"hardSets", T::Object, true, "muscle -> the hard sets it gets in the session (muscles with none left out)",
     nullptr, nullptr, "number"},
    {"exercises", T::Array, true, "its exercises, in order", nullptr, nullptr, "object", &kPlanExerciseEvaluation}};
inline constexpr Shape kPlanSessionEvaluation{"PlanSessionEvaluation", "One session of a planned week, evaluated.",
                                              kPlanSessionEvaluationFields};

inline constexpr Field kPlanMuscleWeekFields[] = {
    {"hardSets", T::Number, true, "the week's hard sets for the muscle (a secondary mover's count part)"},
    {"directSets", T::Number, true, "the hard sets with the muscle as a primary mover"},
    {"sessions", T::Integer, true, "sessions with direct hard sets for the muscle"},
    {"status", T::String, true, "the volume against the landmarks: under, productive, high or excessive"}};
inline constexpr Shape kPlanMuscleWeek{"PlanMuscleWeek", "A muscle's volume in one planned week.",
                                       kPlanMuscleWeekFields};

inline constexpr Field kPlanWeekFatigueFields[] = {
    {"cost", T::Number, true, "the week's fatigue cost, fatigue units"},
    {"budget", T::Number, true, "the weekly fatigue budget, fatigue units"},
    {"ratio", T::Number, true, "cost over budget (1: the whole budget)"},
    {"status", T::String, true, "within, near or over the budget"}};
inline constexpr Shape kPlanWeekFatigue{"PlanWeekFatigue", "A planned week's fatigue cost against the budget.",
                                        kPlanWeekFatigueFields};

inline constexpr Field kPlanWeekEvaluationFields[] = {
    {"label", T::String, true, "the week's label"},
    {"phase", T::String, true, "the week's training phase", "phase"},
    {"muscles", T::Object, true, "muscle -> its volume that week (every muscle)", nullptr, nullptr, "object",
     &kPlanMuscleWeek},
    {"fatigue", T::Object, true, "the week's fatigue cost against the budget", nullptr, nullptr, nullptr,
     &kPlanWeekFatigue},
    {"failureSets", T::Integer, true, "the week's sets taken to failure"},
    {"sessions", T::Array, true, "its sessions, in order", nullptr, nullptr, "object", &kPlanSessionEvaluation}};
inline constexpr Shape kPlanWeekEvaluation{"PlanWeekEvaluation", "One planned week, evaluated.",
                                           kPlanWeekEvaluationFields};

inline constexpr Field kPlanWarningFields[] = {
    {"kind", T::String, true, "what is off: volumeUnder, volumeExcessive, sessionPileUp, onceAWeek or overBudget"},
    {"weeks", T::Array, true, "the weeks it applies to, from 0", nullptr, nullptr, "number"},
    {"session", T::Integer, false, "the session it is about in the first of those weeks, from 0 (null: none)"},
    {"muscle", T::String, false, "the muscle it is about (null: none)"},
    {"low", T::Number, true, "the lowest value over those weeks: hard sets, or fatigue cost"},
    {"high", T::Number, true, "the highest value over those weeks"},
    {"limit", T::Number, true, "what it is measured against: a landmark, or the budget"},
    {"text", T::String, true, "the warning, in words"}};
inline constexpr Shape kPlanWarning{"PlanWarning", "Something off in a plan.", kPlanWarningFields};

inline constexpr Field kPlanSuggestionFields[] = {
    {"kind", T::String, true, "the change: moveFailure, stopShort, dropTechnique, cutSets or trimSets"},
    {"week", T::Integer, true, "the week to change, from 0"},
    {"session", T::Integer, true, "the session in that week, from 0"},
    {"exercise", T::Integer, true, "the exercise to change, its place in the session from 0"},
    {"targetExercise", T::Integer, false, "moveFailure: the exercise the failure set goes to (null: none)"},
    {"sets", T::Integer, true, "stopShort: failure sets stopped; cutSets, trimSets: sets cut"},
    {"muscle", T::String, false, "cutSets: the muscle with too many sets (null: none)"},
    {"saves", T::Number, true, "the fatigue it saves in that week, fatigue units"},
    {"text", T::String, true, "the change, in words"}};
inline constexpr Shape kPlanSuggestion{"PlanSuggestion", "A change that would fix something off in a plan.",
                                       kPlanSuggestionFields};

inline constexpr Field kPlanContradictionFields[] = {
    {"week", T::Integer, true, "the set's week, from 0"},
    {"session", T::Integer, true, "its session in that week, from 0"},
    {"exercise", T::Integer, true, "its exercise's place in the session, from 0"},
    {"set", T::Integer, true, "its place among the exercise's sets, from 0"},
    {"kind", T::String, true,
     "how it goes against the advice: failureNotAdvised, closerThanAdvised, techniqueNotAdvised or overSessionLimit"},
    {"text", T::String, true, "the contradiction, in words"}};
inline constexpr Shape kPlanContradiction{"PlanContradiction", "A planned set the failure policy advises against.",
                                          kPlanContradictionFields};

inline constexpr Field kPlanSimulationDayFields[] = {
    {"day", T::Integer, true, "the day, from 0 (the morning before that day's session)"},
    {"week", T::Integer, true, "its week, from 0"},
    {"load", T::Number, true, "the day's fatigue cost (counted from the next day on)"},
    {"stimulus", T::Number, true, "the day's growth stimulus (counted from the next day on)"},
    {"fitness", T::Number, true, "the model's fitness that morning"},
    {"fatigue", T::Number, true, "the model's fatigue that morning"},
    {"readiness", T::Number, true, "fitness minus fatigue"},
    {"baseline", T::Number, true, "the readiness on this weekday of the habitual week"},
    {"percent", T::Number, true, "readiness over the baseline, as a percent of the habitual mean fitness"}};
inline constexpr Shape kPlanSimulationDay{"PlanSimulationDay", "One day of the fitness-fatigue simulation.",
                                          kPlanSimulationDayFields};

inline constexpr Field kPlanReadinessPointFields[] = {
    {"day", T::Integer, true, "the day, from 0"},
    {"readiness", T::Number, true, "fitness minus fatigue that morning"},
    {"baseline", T::Number, true, "the readiness on this weekday of the habitual week"},
    {"percent", T::Number, true, "readiness over the baseline, as a percent of the habitual mean fitness"}};
inline constexpr Shape kPlanReadinessPoint{"PlanReadinessPoint", "The readiness of one day of the simulation.",
                                           kPlanReadinessPointFields};

inline constexpr Field kPlanSimulationFields[] = {
    {"params", T::Object, true, "the fitness-fatigue model's constants used", nullptr, nullptr, nullptr, &kModel},
    {"convention", T::String, true, "what a day's numbers mean, in words"},
    {"days", T::Array, true, "every day of the block and the morning after it", nullptr, nullptr, "object",
     &kPlanSimulationDay},
    {"start", T::String, true, "what the simulation starts from, in words"},
    {"lowest", T::Object, true, "the day readiness falls lowest against the baseline (the first of equals)", nullptr,
     nullptr, nullptr, &kPlanReadinessPoint},
    {"final", T::Object, true, "the last day", nullptr, nullptr, nullptr, &kPlanReadinessPoint}};
inline constexpr Shape kPlanSimulation{"PlanSimulation", "The fitness and fatigue a plan leads to, day by day.",
                                       kPlanSimulationFields};

inline constexpr Field kPlanTotalsFields[] = {
    {"sets", T::Integer, true, "the plan's sets, warm-ups included"},
    {"hardSets", T::Integer, true, "those that count as hard"},
    {"cost", T::Number, true, "the plan's fatigue cost, fatigue units"},
    {"failureSets", T::Integer, true, "its sets taken to failure"},
    {"contradictions", T::Integer, true, "its sets the failure policy advises against"}};
inline constexpr Shape kPlanTotals{"PlanTotals", "A plan's totals over all its weeks.", kPlanTotalsFields};

// planTemplates
inline constexpr Field kPlanTemplateExerciseFields[] = {
    {"exercise", T::String, true, "the exercise's id"},
    {"sets", T::Integer, true, "its working sets in the first week"},
    {"reps", T::Array, true, "its rep range, [low, high] (the generator plans the low end)", nullptr, nullptr,
     "number"},
    {"failure", T::String, true, "where the template allows failure: none, last (set) or all (sets)"}};
inline constexpr Shape kPlanTemplateExercise{"PlanTemplateExercise", "One exercise of a template's session.",
                                             kPlanTemplateExerciseFields};

inline constexpr Field kPlanTemplateSessionFields[] = {
    {"name", T::String, true, "the session's name"},
    {"day", T::Integer, true, "the weekday, 1 (Monday) to 7 (0: none given)"},
    {"exercises", T::Array, true, "its exercises, in order", nullptr, nullptr, "object", &kPlanTemplateExercise}};
inline constexpr Shape kPlanTemplateSession{"PlanTemplateSession", "One session of a plan template.",
                                            kPlanTemplateSessionFields};

// planDefaults
inline constexpr Field kPlanClassFactorFields[] = {
    {"isolation", T::Number, true, "an isolation exercise's factor"},
    {"compound", T::Number, true, "a compound exercise's factor"},
    {"heavyCompound", T::Number, true, "a heavy compound's factor (a loaded spine, free weight)"}};
inline constexpr Shape kPlanClassFactor{"PlanClassFactor", "What a set costs, by its exercise's load class (factors).",
                                        kPlanClassFactorFields};

inline constexpr Field kPlanTechniqueFactorFields[] = {
    {"dropSet", T::Number, true, "a drop set's factor"},
    {"restPause", T::Number, true, "a rest-pause set's factor"},
    {"myoReps", T::Number, true, "a myo-reps set's factor"},
    {"forcedReps", T::Number, true, "a set with forced reps' factor"}};
inline constexpr Shape kPlanTechniqueFactor{"PlanTechniqueFactor",
                                            "What a set costs more with an intensity technique (factors).",
                                            kPlanTechniqueFactorFields};

inline constexpr Field kPlanFatigueCostFields[] = {
    {"floor", T::Number, true, "the cost factor of a set far from failure"},
    {"failure", T::Number, true, "the proximity factor of a set to failure (RIR 0)"},
    {"rirScale", T::Number, true, "how fast the cost rises near failure: its e-folding distance, reps"},
    {"classFactor", T::Object, true, "the factor of each load class", nullptr, nullptr, nullptr, &kPlanClassFactor},
    {"techniqueFactor", T::Object, true, "the factor of each intensity technique", nullptr, nullptr, nullptr,
     &kPlanTechniqueFactor}};
inline constexpr Shape kPlanFatigueCost{"PlanFatigueCost", "What a set costs in fatigue, the planner's constants.",
                                        kPlanFatigueCostFields};

inline constexpr Field kPlanFileLimitsFields[] = {
    {"fileBytes", T::Integer, true, "the largest file the app reads, bytes"},
    {"inputBytes", T::Integer, true, "the largest input a method takes, bytes"},
    {"nesting", T::Integer, true, "the deepest nesting of a document"},
    {"nameLength", T::Integer, true, "the longest name, characters"},
    {"reps", T::Array, true, "the fewest and most reps of a planned set, [min, max]", nullptr, nullptr, "number"},
    {"fields", T::Object, true,
     "a number's place in the plan document (load, percentE1rm, landmark, settings.model.tau1...) -> its range, "
     "[min, max]",
     nullptr, nullptr, "array"}};
inline constexpr Shape kPlanFileLimits{"PlanFileLimits", "The sizes and ranges a plan file may have.",
                                       kPlanFileLimitsFields};

inline constexpr Field kPlanWordOptionFields[] = {
    {"id", T::String, true, "the value's id, as a document writes it"},
    {"label", T::String, true, "its name for the lifter"}};
inline constexpr Shape kPlanWordOption{"PlanWordOption", "One value a planner field may take, with its name.",
                                       kPlanWordOptionFields};

inline constexpr Field kPlanFieldWordsFields[] = {
    {"key", T::String, true, "the document's field name, such as tau1"},
    {"label", T::String, true, "what an input for it is called"},
    {"description", T::String, true, "what it means for a lifter (empty when the label says it)"}};
inline constexpr Shape kPlanFieldWords{"PlanFieldWords", "A planner setting's name and meaning, in words.",
                                       kPlanFieldWordsFields};

inline constexpr Field kPlanWordsFields[] = {
    {"statuses", T::Array, true, "the training experiences, with their names", nullptr, nullptr, "object",
     &kPlanWordOption},
    {"phases", T::Array, true, "the training phases, with their names", nullptr, nullptr, "object", &kPlanWordOption},
    {"techniques", T::Array, true, "the intensity techniques, with their names", nullptr, nullptr, "object",
     &kPlanWordOption},
    {"model", T::Array, true, "the fitness-fatigue model's constants, in words", nullptr, nullptr, "object",
     &kPlanFieldWords},
    {"fatigueCostBasis", T::String, true, "where the fatigue costs and budgets come from, in words"}};
inline constexpr Shape kPlanWords{"PlanWords", "The planner's words for its choices and settings.", kPlanWordsFields};

}  // namespace proximity::shapes
