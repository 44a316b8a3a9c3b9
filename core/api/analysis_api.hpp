#pragma once
// JSON API of the history analysis (core/analysis). The history can be passed with each
// call, or kept in the engine so that logging a set does not re-send it:
//   setHistory     {history: <history document>, profile?} -> {workouts, sets}: keeps it in
//                  the engine, with the lifter profile (px.readProfile's shape) when given
//   appendWorkout  {workout: <a workout of the document>} -> {workouts, sets, workout}
//                  (kept in start order; workout = its index)
//   logSet         {exercise, name?, set: <a set of the document>,
//                   workout?: {start, name?, plan?: {week, session}}}
//                  -> {workouts, sets, workout, exercise, set}: adds the set to the last
//                  workout (to its last exercise when it is the same exercise, else as a
//                  new exercise); with `workout`, starts that new workout with it
//   clearHistory   {} -> {workouts: 0, sets: 0}
//   analyzeHistory {history?, profile?, formula?, unit?, lifter?, calibration?, equipment?, plan?,
//                   today?, from?, exercise?} (analysis_inputs.hpp) -> the analysis of `history`, or
//                  of the kept one when none is passed; `from` (YYYY-MM-DD) keeps the dated
//                  lists to that day on, and `exercise` (an id, or null for none) keeps the
//                  per-session lists to that exercise's (analysis_json.hpp: what a page
//                  draws), e.g. this
//                  week after a set:
//     { unit, formula,
//       exercises: [{ exercise, name, loggedName, trend, best: {e1rm, date} | null, sessionCount,
//                     sessions: [{date, e1rm, low, high, lowerBound, failureSets, hardSets}],
//                     records: [{type: e1rm|reps|repsAtLoad, date, load, reps, e1rm?, previous?}] }],
//       weeks: [{ start (Monday), hardSets: {<muscle>: n}, failureSets: {total, <muscle>: n},
//                 hardSetCount, failureShare, advisedAgainst, failureByExercise: {<id>: n},
//                 volume: {<muscle>: under|productive|high|excessive} }],
//       failure: { sets, hardSets, share, advisedAgainst, reasons: [{rule, title, sets}],
//                  advisedAgainstSets: [{date, exercise, set, verdict, rule, title}] },
//       calibration: { bias, spread, sets, fromHistory, misjudgement, basis,
//                      trend: [{date, error, bias, spread}] },
//       fatigue: { signs: [{ sign: performanceDrop, across (a drop across a muscle's
//                            exercises), exercise (the latest), name, exercises, muscles,
//                            since, expected, band, worst, dropPercent (the largest drop's),
//                            sessions: [{date, exercise, e1rm, expected}],
//                            deload: {muscles: [{muscle, hardSets, deloadSets}], compoundRir,
//                                     isolationRir, weeks}, advice }] },
//       readiness: [{date, value}], today: {date, value, fitness, fatigue} | null,
//       readinessBaseline (what value is measured against, in words),
//       projection: [{date, value}],
//       next: [{exercise, reps, rir, e1rm, target, load, lastLoad, basis, reason}],
//       nextSession: {week, session} | null,
//       planned: [{date, week, session, plannedHardSets, actualHardSets,
//                  exercises: [{exercise, planned, actual}]}] }
//   Dates are YYYY-MM-DD; muscles appear in hardSets/failureSets only when above 0.
#include "core/api/engine_state.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

nlohmann::json set_history(EngineState& state, const nlohmann::json& input);
nlohmann::json append_workout(EngineState& state, const nlohmann::json& input);
nlohmann::json log_set(EngineState& state, const nlohmann::json& input);
nlohmann::json clear_history(EngineState& state, const nlohmann::json& input);
nlohmann::json analyze_history(const EngineState& state, const nlohmann::json& input);

}  // namespace proximity::api
