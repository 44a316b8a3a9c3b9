#pragma once
// Reading px.analyzeHistory's options from JSON (every error names its field):
//   formula?   e1RM formula (default as the calculator's)
//   unit?      kg | lb: the unit of every load and e1RM in the answer (default kg)
//   profile?   the lifter profile (px.readProfile's shape): its unit, status, safety setup,
//              RIR calibration and equipment (profile_options.hpp); the options below
//              override it (default: the profile kept with setHistory, if any)
//   lifter?    { status?: beginner|intermediate|advanced, spotter?: bool }
//   calibration?  the lifter's saved RIR calibration ({bias, spread, count} or {sets}),
//              used until the history has failure tests of its own
//   equipment? { <exercise id>: {type: barbell|dumbbell|machine, ...} } (px.roundLoad's shape)
//   plan?      a plan document (px.importPlan's shape)
//   today?     YYYY-MM-DD (default: the last workout's day)
#include "core/analysis/analysis_options.hpp"
#include "core/exercise/exercise_library.hpp"
#include "core/profile/profile.hpp"

#include <nlohmann/json.hpp>

namespace proximity::analysis {

// A YYYY-MM-DD date member ("" when absent).
std::string read_date(const nlohmann::json& in, const std::string& name);

// `held`: the profile kept in the engine, used when the input has none.
analysis::AnalysisOptions read_analysis_options(const nlohmann::json& in, const exercise::ExerciseLibrary& library,
                                                const profile::Profile* held = nullptr);

}  // namespace proximity::analysis
