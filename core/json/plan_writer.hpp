#pragma once
// Writes a plan as its normalized exchange document (what "export" saves and what
// import gives back). Version 1:
// {
//   "version": 1, "name": "Push/pull/legs block",
//   "lifter": {"status": "intermediate", "spotter": false, "unit": "kg"},
//   "settings": {"counting": {"primary": 1, "secondary": 0.5, "maxRir": 4},
//                "landmarks": {"chest": {"min": 8, "max": 14, "ceiling": 18}},   // overrides only
//                "fatigueBudget": 150,                                           // only if set
//                "model": {"tau1": 42, "tau2": 7, "k1": 1, "k2": 2}},
//   "weeks": [{"label": "Week 1", "phase": "normal",
//              "sessions": [{"name": "Push", "day": 1,
//                            "exercises": [{"exercise": "bench-press", "note": "...",
//                                           "sets": [{"reps": 8, "rir": 2},
//                                                    {"reps": 8, "failure": true, "technique": "dropSet"},
//                                                    {"reps": 5, "rir": 5, "warmup": true, "load": 60}]}]}]}]
// }
// A set writes "failure": true or "rir"; warmup, technique, load and percentE1rm only
// when set; a session's day only when fixed. Reading the output gives the same plan.
#include "core/plan/plan.hpp"

#include <nlohmann/json.hpp>

namespace proximity::plan {

nlohmann::json plan_to_json(const Plan& plan);

// The parts, also used by the API's answers (planDefaults, evaluatePlan).
nlohmann::json lifter_json(const PlanSettings& settings);    // {"status", "spotter", "unit"}
nlohmann::json settings_json(const PlanSettings& settings);  // {"counting", "landmarks", ...}
nlohmann::json landmark_json(const Landmark& landmark);      // {"min", "max", "ceiling"}
nlohmann::json counting_json(const CountingRules& counting); // {"primary", "secondary", "maxRir"}
nlohmann::json model_json(const FitnessFatigueParams& model); // {"tau1", "tau2", "k1", "k2"}

}  // namespace proximity::plan
