#pragma once
// The JSON shape of px.evaluatePlan's answer (numbers rounded to 3 decimals):
// {
//   "weeks": [{"label", "phase",
//              "muscles": {"chest": {"hardSets", "directSets", "sessions", "status",
//                                    "landmark": {"min", "max", "ceiling"}}, ...every muscle},
//              "fatigue": {"cost", "budget", "ratio", "status"}, "failureSets",
//              "sessions": [{"name", "day", "dayName", "cost", "hardSets": {<muscle>: n > 0},
//                            "exercises": [{"exercise", "name", "loadClass", "cost",
//                                           "sets": [{"hard", "cost", "verdict", "targetRir": [min, max],
//                                                     "contradiction"}]}]}]}],
//   "warnings": [{"kind", "weeks", "session", "muscle", "text"}],
//   "suggestions": [{"kind", "week", "session", "exercise", "targetExercise", "sets", "muscle", "saves", "text"}],
//   "contradictions": [{"week", "session", "exercise", "set", "path", "kind", "text"}],
//   "simulation": {"params": {"tau1", "tau2", "k1", "k2"}, "convention",
//                  "days": [{"day", "week", "load", "fitness", "fatigue", "readiness"}],
//                  "lowest": {"day", "readiness"}, "final": {"day", "readiness"}},
//   "totals": {"sets", "hardSets", "cost", "failureSets", "contradictions"}
// }
// A warm-up set has "verdict": null (no advice is asked for it).
#include "core/plan/plan_evaluation.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

nlohmann::json plan_evaluation_json(const plan::Plan& plan, const plan::PlanEvaluation& evaluation);

}  // namespace proximity::api
