#pragma once
// px.adviseSet's JSON: the set context in, the advice out.
//   in:  {exercise: "bench-press" | {inline exercise},
//         lifter: {status, calibration: {bias, spread}}, set: {index, of, reps, percentE1rm},
//         session: {spotter, position}, phase: "deload" | {name: "failure-block", week: 2},
//         fatigue: {signs: ["performanceDrop", ...]}, weeklySets, frequency}
//        Everything but exercise is optional (defaults: intermediate, set 1 of 1, 8 reps,
//        no spotter, first exercise, normal phase, no fatigue, 0 weekly sets, 1x a week).
//   out: {exercise: {id, name}, verdict, verdictLabel, targetRir: {min, max},
//         techniques: [{id, name, allowed, blockedByVerdict, limit, perSession, rule,
//         reason}],
//         calibrationTest: {...same...}, reasons: [{rule, title, role, explanation,
//         sources: [{id, citation}]}], reasonIds: [...], ruleSet: {name, revision}}
#include "core/exercise/exercise_library.hpp"
#include "core/policy/advice.hpp"
#include "core/policy/set_context.hpp"

#include <nlohmann/json.hpp>

namespace proximity::policy {

// `inline_exercise` holds an exercise given inline; ctx.exercise points at it or into
// `library`. Throws InputError with the path of the bad field.
SetContext read_set_context(const nlohmann::json& input, const exercise::ExerciseLibrary& library,
                            exercise::Exercise& inline_exercise);

nlohmann::json advice_json(const Advice& advice, const SetContext& ctx, const RuleSet& rules);

}  // namespace proximity::policy
