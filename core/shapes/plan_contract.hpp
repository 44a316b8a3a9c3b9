#pragma once
// The fields of the planner methods (core/api/plan_api.cpp): what each takes and
// answers. The engine checks them (core/api/field_check.hpp); a plan document is read
// by core/json/plan_reader.hpp, which checks its version first.
#include "core/shapes/field.hpp"
#include "core/shapes/plan_answer_shapes.hpp"
#include "core/shapes/plan_shapes.hpp"
#include "core/shapes/shared_fields.hpp"

namespace proximity::shapes {

using T = FieldType;

// The top-level fields of a plan document (a saved plan file, as exportPlan writes it).
#define PROXIMITY_PLAN_BODY_FIELDS                                                                                 \
    Field{"name", T::String, false, "the plan's name", nullptr, "planNameLength"},                                 \
        Field{"lifter", T::Object, false, "who the plan is for", nullptr, nullptr, nullptr, &kPlanLifter},        \
        Field{"settings", T::Object, false, "changes to the defaults", nullptr, nullptr, nullptr, &kPlanSettings}

inline constexpr Field kPlanFatigueFields[] = {
    {"signs", T::Array, false, "the signs, such as performanceDrop", "fatigueSign", nullptr, "string"},
    {"week", T::Integer, false, "the plan's week they are reported in, from 0"}};
inline constexpr Shape kPlanFatigue{"PlanFatigue", "The fatigue signs the lifter reports now.", kPlanFatigueFields};

inline constexpr Field kPlanDocument[] = {
    Field{"version", T::Integer, true, "the plan format's version"}, PROXIMITY_PLAN_BODY_FIELDS,
    Field{"weeks", T::Array, true, "the plan's weeks", nullptr, "planWeeks", "object", &kPlanWeek}};
inline constexpr Shape kPlan{"Plan", "A plan document: a saved plan file, as exportPlan writes it.", kPlanDocument};

inline constexpr Field kPlanTextFields[] = {{"text", T::String, true, "the text of a plan file"}};
inline constexpr Shape kPlanText{"PlanText", "A plan given as the text of its file.", kPlanTextFields};

// A plan given as its document or, with `text`, as the text of its file.
inline constexpr Form kPlanForms[] = {{"text", &kPlanText}, {nullptr, &kPlan}};
inline constexpr Fields kPlanInput = Fields::one_of(kPlanForms);
inline constexpr Shape kPlanOrText{"PlanInput", "A plan document, or the text of its file.", kPlanInput};

inline constexpr Field kPlanWithFatigueFields[] = {
    {"plan", T::Object, true, "the plan: its document, or the text of its file", nullptr, nullptr, nullptr,
     &kPlanOrText},
    {"fatigue", T::Object, false, "the fatigue signs the lifter reports now", nullptr, nullptr, nullptr, &kPlanFatigue}};
inline constexpr Shape kPlanWithFatigue{"PlanWithFatigue", "A plan to evaluate with the fatigue the lifter reports now.",
                                        kPlanWithFatigueFields};

inline constexpr Field kExportPlanOutput[] = {
    {"plan", T::Object, true, "the plan document, checked and completed", nullptr, nullptr, nullptr, &kPlan},
    {"text", T::String, true, "the text of its file"},
    {"fileName", T::String, true, "a file name for it"}};

// evaluatePlan's three forms: a plan document, the text of its file, or {plan, fatigue}.
inline constexpr Form kEvaluatePlanForms[] = {{"text", &kPlanText}, {"plan", &kPlanWithFatigue}, {nullptr, &kPlan}};
inline constexpr Fields kEvaluatePlanInput = Fields::one_of(kEvaluatePlanForms);
inline constexpr Field kEvaluatePlanOutput[] = {
    {"weeks", T::Array, true, "each week's volume, fatigue cost and sessions", nullptr, nullptr, "object",
     &kPlanWeekEvaluation},
    {"landmarks", T::Object, true, "muscle -> the volume landmarks used", nullptr, nullptr, "object", &kLandmark},
    {"budget", T::Number, true, "the weekly fatigue budget"},
    {"warnings", T::Array, true, "what is off in the plan, in words", nullptr, nullptr, "object", &kPlanWarning},
    {"suggestions", T::Array, true, "changes that would fix it", nullptr, nullptr, "object", &kPlanSuggestion},
    {"contradictions", T::Array, true, "sets the failure policy advises against", nullptr, nullptr, "object",
     &kPlanContradiction},
    {"simulation", T::Object, true, "the fatigue and readiness the plan leads to, day by day", nullptr, nullptr,
     nullptr, &kPlanSimulation},
    {"totals", T::Object, true, "the plan's totals over all its weeks", nullptr, nullptr, nullptr, &kPlanTotals}};

inline constexpr Field kGenerateMesocycleInput[] = {
    {"template", T::String, true, "the template's id (see planTemplates)"},
    {"weeks", T::Integer, false, "the block's length in weeks (default 4)", nullptr, "blockWeeks"},
    {"deload", T::Boolean, false, "end with a deload week (default true)"},
    {"phase", T::String, false, "normal (default) or failure-block"},
    {"name", T::String, false, "the plan's name", nullptr, "planNameLength"},
    {"status", T::String, false, "training experience (default intermediate)", "status"},
    {"spotter", T::Boolean, false, "a spotter is there (default false)"},
    kUnitInput,
    {"settings", T::Object, false, "changes to the defaults", nullptr, nullptr, nullptr, &kPlanSettings}};

inline constexpr Field kPlanTemplate[] = {
    {"id", T::String, true, "the template's id, for generateMesocycle"},
    {"name", T::String, true, "its name"},
    {"description", T::String, true, "what it is for"},
    {"sessions", T::Array, true, "its sessions", nullptr, nullptr, "object", &kPlanTemplateSession}};

inline constexpr Field kPlanDefaultsOutput[] = {
    {"version", T::Integer, true, "the plan format's version"},
    {"landmarks", T::Object, true, "muscle -> default volume landmarks", nullptr, nullptr, "object", &kLandmark},
    {"fatigueBudget", T::Object, true, "training experience -> default weekly fatigue budget", "status", nullptr,
     "number"},
    {"counting", T::Object, true, "how sets count toward a muscle's volume", nullptr, nullptr, nullptr, &kCounting},
    {"model", T::Object, true, "the fitness-fatigue model's constants", nullptr, nullptr, nullptr, &kModel},
    {"fatigueCost", T::Object, true, "what a set costs in fatigue", nullptr, nullptr, nullptr, &kPlanFatigueCost},
    {"blockWeeks", T::Array, true, "the shortest and longest block, weeks", nullptr, nullptr, "number"},
    {"limits", T::Object, true, "the sizes and ranges a plan file may have", nullptr, nullptr, nullptr,
     &kPlanFileLimits},
    {"words", T::Object, true, "the planner's words for its choices and settings", nullptr, nullptr, nullptr,
     &kPlanWords}};

#undef PROXIMITY_PLAN_BODY_FIELDS
#undef PROXIMITY_PLAN_INPUT_FIELDS

}  // namespace proximity::shapes
