#pragma once
// The fields of Today's session-flow methods (core/api/session_flow_api.cpp): the order
// of the sets (supersets) and swapping an exercise for one that trains the same muscles.
#include "core/shapes/plan_contract.hpp"
#include "core/shapes/field.hpp"

namespace proximity::shapes {

using T = FieldType;

inline constexpr Field kOrderedExerciseFields[] = {
    {"planned", T::Integer, true, "its planned sets", nullptr, "setsPerExercise"},
    {"done", T::Integer, true, "its sets logged (the one just logged included)"},
    {"supersetWithPrevious", T::Boolean, false, "done in alternation with the exercise before it"},
    {"rest", T::Integer, true, "its rest between sets, seconds"}};
inline constexpr Shape kOrderedExercise{"OrderedExercise", "One exercise of the session, as far as it has gone.",
                                        kOrderedExerciseFields};

inline constexpr Field kNextInSessionInput[] = {
    {"exercises", T::Array, true, "the session's exercises in order", nullptr, "exercisesPerSession", "object",
     &kOrderedExercise},
    {"logged", T::Integer, true, "the exercise a set was just logged for (its index, from 0)"},
    {"rest", T::Integer, true, "the rest in seconds that set earns on its own"}};
inline constexpr Field kNextInSessionOutput[] = {
    {"exercise", T::Integer, true, "the exercise to do next (its index)"},
    {"rest", T::Integer, true, "seconds to rest before it; 0: go straight on (a superset's round)"},
    {"roundDone", T::Boolean, true, "a superset's round has just ended"},
    {"round", T::Integer, true, "in a superset: the round of the next set, from 1 (0 outside one)"},
    {"rounds", T::Integer, true, "in a superset: its rounds (0 outside one)"}};

inline constexpr Field kSwapCandidatesInput[] = {
    {"exercise", T::String, true, "the exercise to replace (its id)"}};

inline constexpr Field kSwapInPlanInput[] = {
    {"plan", T::Object, true, "the plan document", nullptr, nullptr, nullptr, &kPlan},
    {"week", T::Integer, true, "the week of the swap, from 0"},
    {"session", T::Integer, true, "the session in that week, from 0"},
    {"index", T::Integer, true, "the exercise's place in the session, from 0"},
    {"exercise", T::String, true, "the exercise that takes its place (one of swapCandidates)"}};
inline constexpr Field kSwapInPlanOutput[] = {
    {"plan", T::Object, true, "the plan document with the swap, from that week on", nullptr, nullptr, nullptr, &kPlan},
    {"changed", T::Integer, true, "how many of the plan's exercises changed"}};

}  // namespace proximity::shapes
