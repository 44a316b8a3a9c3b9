#pragma once
// The fields of the profile and session methods (core/api/session_api.cpp): what each
// takes and answers. The engine checks them (core/api/field_check.hpp); the documents
// are read by core/json/profile_reader.hpp, core/json/plan_reader.hpp and
// core/json/history_reader.hpp.
#include "core/shapes/plan_contract.hpp"
#include "core/shapes/history_contract.hpp"
#include "core/shapes/profile_shapes.hpp"
#include "core/shapes/session_answer_shapes.hpp"
#include "core/shapes/shared_fields.hpp"

namespace proximity::shapes {

#define PROXIMITY_PROFILE_FIELD(REQUIRED) \
    Field { "profile", T::Object, REQUIRED, "the lifter's profile", nullptr, nullptr, nullptr, &kProfile }
#define PROXIMITY_SESSION_FIELDS                                                                          \
    Field{"plan", T::Object, true, "the plan followed", nullptr, nullptr, nullptr, &kPlan},              \
        Field{"profile", T::Object, false, "the lifter's profile (default: the one kept with setHistory)", nullptr, nullptr, nullptr, &kProfile}, \
        Field{"history", T::Object, false, "a training history (default: the one kept with setHistory)", nullptr, nullptr, nullptr, &kHistory}, \
        kFormulaInput

inline constexpr Field kReadProfileInput[] = {PROXIMITY_PROFILE_FIELD(true)};
inline constexpr Field kProfileChoicesFields[] = {
    {"unit", T::Array, true, "the units", "unit", nullptr, "string"},
    {"status", T::Array, true, "the training experiences", "status", nullptr, "string"},
    {"safety", T::Array, true, "the safety setups", "safety", nullptr, "string"},
    {"source", T::Array, true, "where a working max may come from (typed, logged...)", nullptr, nullptr, "string"}};
inline constexpr Shape kProfileChoices{"ProfileChoices", "The values a profile's fields may take.",
                                       kProfileChoicesFields};

inline constexpr Field kReadProfileOutput[] = {
    {"profile", T::Object, true, "the profile, checked and completed", nullptr, nullptr, nullptr, &kProfile},
    {"spotter", T::Boolean, true, "its safety setup counts as a spotter"},
    {"choices", T::Object, true, "the values each field may take", nullptr, nullptr, nullptr, &kProfileChoices}};

inline constexpr Field kPrepareSessionInput[] = {
    PROXIMITY_SESSION_FIELDS, Field{"week", T::Integer, false, "the week, from 0 (default 0)"},
    Field{"session", T::Integer, false, "the session in that week, from 0 (default 0)"}};
inline constexpr Field kPrepareSessionOutput[] = {
    {"week", T::Integer, true, "the week, from 0"},
    {"session", T::Integer, true, "the session, from 0"},
    {"name", T::String, true, "the session's name"},
    {"weekLabel", T::String, true, "the week's label"},
    {"phase", T::String, true, "the week's training phase", "phase"},
    kUnitOfLoads,
    {"next", T::Object, false, "the session after this one (null after the last)", nullptr, nullptr, nullptr,
     &kPlanSession},
    {"exercises", T::Array, true, "each exercise with its sets, loads and advice", nullptr, nullptr, "object",
     &kPreparedExercise}};

inline constexpr Field kPlanLoadsInput[] = {PROXIMITY_SESSION_FIELDS};
inline constexpr Field kPlanLoadsOutput[] = {
    kUnitOfLoads,
    {"weeks", T::Array, true, "each week's sessions, exercises and set loads", nullptr, nullptr, "object",
     &kPlanLoadWeek}};

#undef PROXIMITY_PROFILE_FIELD
#undef PROXIMITY_SESSION_FIELDS

// warmupRamp (core/api/warmup_api.cpp)
inline constexpr Field kWarmupStepFields[] = {
    {"percent", T::Number, true, "the step's load as a percent of the working load", nullptr, "warmupPercent"},
    {"reps", T::Integer, true, "its reps", nullptr, "warmupReps"}};
inline constexpr Shape kWarmupStep{"WarmupStep", "One step of a warm-up ramp.", kWarmupStepFields};
inline constexpr Field kWarmupRampInput[] = {
    Field{"exercise", T::String, true, "the exercise's id"},
    Field{"load", T::Number, true, "the first working set's load", nullptr, "load"},
    Field{"unit", T::String, false, "kg or lb (default: the profile's)", "unit"},
    Field{"profile", T::Object, false, "the lifter profile, for the exercise's equipment", nullptr, nullptr, nullptr, &kProfile},
    Field{"equipment", T::Object, false, "what the lifter can load (default: the profile's or the exercise's)", nullptr,
          nullptr, nullptr, &kEquipment},
    Field{"mode", T::String, false, "the lifter's choice for this exercise: auto (the default), off, default or custom", "warmupMode"},
    Field{"steps", T::Array, false, "the lifter's own ramp for this exercise (used with mode custom, or alone; [] alone for none)", nullptr, "warmupSteps", "object", &kWarmupStep}};
inline constexpr Field kWarmupRampOutput[] = {
    {"sets", T::Array, true, "the warm-up sets, lightest first", nullptr, nullptr, "object", &kWarmupSet},
    {"reason", T::String, true, "why these sets, or why none, in words"},
    {"mode", T::String, true, "the choice in effect: off, default or custom (auto resolved)", "warmupMode"},
    {"autoMode", T::String, true, "what no choice means for this exercise: off (isolation, bodyweight) or default", "warmupMode"},
    {"canRamp", T::Boolean, true, "false for a bodyweight or assisted lift (no lighter load to add)"},
    {"steps", T::Array, true, "the steps in effect", nullptr, nullptr, "object", &kWarmupStep},
    {"defaultSteps", T::Array, true, "the usual ramp's steps", nullptr, nullptr, "object", &kWarmupStep}};

}  // namespace proximity::shapes
