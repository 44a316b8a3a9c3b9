#pragma once
// px.analyzeHistory's answer:
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
// The dated lists (sessions, weeks, advised-against sets, calibration trend, readiness, planned)
// hold only entries on or after day `from` (weeks: from its Monday); totals, bests,
// records, signs and the next loads always cover the whole history. With `exercise` (an
// id), the per-session and per-set lists (exercises[].sessions and records, the
// advised-against sets) are that exercise's only; every exercise still has its name, best,
// trend and sessionCount: what a page needs for its list of exercises.
#include "core/analysis/history_analysis.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace proximity::analysis {

// `exercise`: none = every exercise's lists; "" = none's.
nlohmann::json analysis_json(const analysis::HistoryAnalysis& a, const history::History& history, int from,
                             const std::optional<std::string>& exercise = std::nullopt);

}  // namespace proximity::analysis
