#pragma once
// The JSON shape of px.evaluatePlan's answer (numbers rounded to 3 decimals):
// {
//   "weeks": [{"label", "phase",
//              "muscles": {"chest": {"hardSets", "directSets", "sessions", "status"}, ...every muscle},
//              "fatigue": {"cost", "budget", "ratio", "status"}, "failureSets",
//              "sessions": [{"name", "day", "dayName", "cost", "hardSets": {<muscle>: n > 0},
//                            "exercises": [{"exercise", "name", "loadClass", "cost",
//                                           "sets": [{"cost", "verdict", "targetRir": [min, max],
//                                                     "hard": false (only if not hard),
//                                                     "contradiction" (only if one)}]}]}]}],
//   "landmarks": {<muscle>: {"min", "max", "ceiling"}}, "budget",
//   "warnings": [{"kind", "weeks", "session", "muscle", "low", "high", "limit", "text"}],
//   "suggestions": [{"kind", "week", "session", "exercise", "targetExercise", "sets", "muscle", "saves", "text"}],
//   "contradictions": [{"week", "session", "exercise", "set", "path", "kind", "text"}],
//   "simulation": {"params": {"tau1", "tau2", "k1", "k2"}, "convention",
//                  "days": [{"day", "week", "load", "fitness", "fatigue", "readiness"}],
//                  "lowest": {"day", "readiness"}, "final": {"day", "readiness"}},
//   "totals": {"sets", "hardSets", "cost", "failureSets", "contradictions"}
// }
// A warm-up set has no "verdict" (no advice is asked for it). The per-set entries are
// kept small on purpose: a 960-set plan answers in about 120 KB.
#include "core/plan/plan_evaluation.hpp"

#include <nlohmann/json.hpp>

namespace proximity::plan {

nlohmann::json plan_evaluation_json(const plan::Plan& plan, const plan::PlanEvaluation& evaluation);

}  // namespace proximity::plan
