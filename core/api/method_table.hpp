#pragma once
// Every method of the API, once: its name, the builds that carry it, its handler and the
// description of its input and output fields (core/shapes/*_contract.hpp, one per domain);
// the engine checks every input against it before the handler runs. A registry (core/api/registry_*.cpp) takes the rows of
// its build at compile time, so a build links only its own handlers: the calculator
// module carries no policy, exercise library or planner. The measurement methods are not
// here: the bench build's registry adds them (core/bench/registry_bench.cpp).
#include "core/api/handlers.hpp"
#include "core/shapes/analysis_contract.hpp"
#include "core/shapes/body_weight_contract.hpp"
#include "core/shapes/exercise_contract.hpp"
#include "core/shapes/feedback_contract.hpp"
#include "core/shapes/history_contract.hpp"
#include "core/shapes/load_contract.hpp"
#include "core/api/method.hpp"
#include "core/json/plan_version_check.hpp"
#include "core/shapes/plan_contract.hpp"
#include "core/shapes/policy_contract.hpp"
#include "core/shapes/session_contract.hpp"
#include "core/shapes/session_flow_contract.hpp"

namespace proximity::api {

namespace c = shapes;


inline constexpr Method kMethodTable[] = {
    // The API's own description (core/api/describe.cpp)
    {"describe", kShipped, describe, Fields::none(), c::kDescribeOutput},
    // Load estimation (core/load, core/units)
    {"estimateOneRepMax", kShipped, estimate_one_rep_max, c::kEstimateOneRepMaxInput, c::kEstimateOneRepMaxOutput},
    {"loadForTarget", kShipped, load_for_target, c::kLoadForTargetInput, c::kLoadForTargetOutput},
    {"loadTable", kShipped, load_table, c::kLoadTableInput, c::kLoadTableOutput},
    {"calibrateRir", kShipped, calibrate_rir, c::kCalibrateRirInput, c::kCalibrateRirOutput},
    {"roundLoad", kShipped, round_load, c::kRoundLoadInput, c::kRoundLoadOutput},
    {"defaultEquipment", kShipped, default_equipment, c::kDefaultEquipmentInput, c::kEquipmentFields},
    {"convertUnit", kShipped, convert_unit, c::kConvertUnitInput, c::kConvertUnitOutput},
    // Exercise library (core/exercise)
    {"exercises", kFullOnly, exercises, c::kExercisesInput, Fields::list_of(c::kExercise)},
    {"muscles", kFullOnly, muscles, Fields::none(), Fields::list_of(c::kMuscle)},
    {"addExercise", kFullOnly, add_exercise, c::kExercise, c::kExercise},
    // Failure policy (core/policy)
    {"adviseSet", kFullOnly, advise_set, c::kAdviseSetInput, c::kAdviseSetOutput},
    {"loadRuleSet", kFullOnly, load_rule_set, c::kRuleSetDocument, c::kRuleSetSummary},
    {"ruleSet", kFullOnly, rule_set, Fields::none(), c::kRuleSetDocument},
    {"resetRuleSet", kFullOnly, reset_rule_set, Fields::none(), c::kRuleSetSummary},
    {"ruleFacts", kFullOnly, rule_facts, Fields::none(), Fields::list_of(c::kRuleFact)},
    // Planner (core/plan)
    // A plan's version is checked before its other fields (core/json/plan_version_check.hpp).
    checked_first({"importPlan", kFullOnly, import_plan, c::kPlanInput, c::kPlanDocument}, plan::check_plan_version),
    checked_first({"exportPlan", kFullOnly, export_plan, c::kPlanInput, c::kExportPlanOutput}, plan::check_plan_version),
    checked_first({"evaluatePlan", kFullOnly, evaluate_plan, c::kEvaluatePlanInput, c::kEvaluatePlanOutput}, plan::check_plan_version),
    {"generateMesocycle", kFullOnly, generate_mesocycle, c::kGenerateMesocycleInput, c::kPlanDocument},
    {"planTemplates", kFullOnly, plan_templates, Fields::none(), Fields::list_of(c::kPlanTemplate)},
    {"planDefaults", kFullOnly, plan_defaults, Fields::none(), c::kPlanDefaultsOutput},
    // Training history (core/history)
    {"importHistory", kFullOnly, import_history, c::kImportHistoryInput, c::kImportHistoryOutput},
    {"importToHistory", kFullOnly, import_to_history, c::kImportToHistoryInput, c::kImportToHistoryOutput},
    {"importedWorkouts", kFullOnly, imported_workouts, c::kImportedWorkoutsInput, c::kImportedWorkoutsOutput},
    {"exportHistory", kFullOnly, export_history, c::kExportHistoryInput, c::kExportHistoryOutput},
    {"readHistory", kFullOnly, read_history, c::kReadHistoryInput, c::kReadHistoryOutput},
    {"remapExercise", kFullOnly, remap_exercise, c::kRemapExerciseInput, c::kRemapExerciseOutput},
    {"nextSetLoad", kFullOnly, next_set_load, c::kNextSetLoadInput, c::kNextSetLoadOutput},
    {"sessionDefaults", kFullOnly, session_defaults, Fields::none(), c::kSessionDefaultsOutput},
    // History analysis (core/analysis)
    {"setHistory", kFullOnly, set_history, c::kSetHistoryInput, c::kHistoryCounts},
    {"appendWorkout", kFullOnly, append_workout, c::kAppendWorkoutInput, c::kAppendWorkoutOutput},
    {"logSet", kFullOnly, log_set, c::kLogSetInput, c::kLogSetOutput},
    {"clearHistory", kFullOnly, clear_history, Fields::none(), c::kHistoryCounts},
    {"analyzeHistory", kFullOnly, analyze_history, c::kAnalyzeHistoryInput, c::kAnalyzeHistoryOutput},
    // Lifter profile and today's session (core/profile, core/session)
    {"readProfile", kFullOnly, read_profile, c::kReadProfileInput, c::kReadProfileOutput},
    {"prepareSession", kFullOnly, prepare_session, c::kPrepareSessionInput, c::kPrepareSessionOutput},
    {"planLoads", kFullOnly, plan_loads, c::kPlanLoadsInput, c::kPlanLoadsOutput},
    {"warmupRamp", kFullOnly, warmup_ramp, c::kWarmupRampInput, c::kWarmupRampOutput},
    {"bodyWeightFormat", kFullOnly, body_weight_format, c::kBodyWeightFormatInput, c::kBodyWeightFormatOutput},
    {"importBodyWeight", kFullOnly, import_body_weight, c::kImportBodyWeightInput, c::kImportBodyWeightOutput},
    // Today's session flow: supersets in turn, swaps (core/session, core/exercise)
    {"nextInSession", kFullOnly, next_in_session, c::kNextInSessionInput, c::kNextInSessionOutput},
    {"swapCandidates", kFullOnly, swap_candidates, c::kSwapCandidatesInput, Fields::list_of(c::kExercise)},
    {"swapInPlan", kFullOnly, swap_in_plan, c::kSwapInPlanInput, c::kSwapInPlanOutput},
    // Session feedback driving next week's sets (core/plan, core/analysis)
    {"feedbackMuscles", kFullOnly, feedback_muscles, c::kFeedbackMusclesInput, Fields::list_of(c::kMuscle)},
    {"nextWeekVolume", kFullOnly, next_week_volume, c::kNextWeekVolumeInput, c::kNextWeekVolumeOutput},
};

// The rows of one build, in table order, chosen at compile time.
template <unsigned BuildBit>
constexpr std::size_t method_count() {
    std::size_t n = 0;
    for (const Method& m : kMethodTable) n += (m.builds & BuildBit) ? 1 : 0;
    return n;
}

template <unsigned BuildBit>
struct BuildMethods {
    Method rows[method_count<BuildBit>()];
};

template <unsigned BuildBit>
constexpr BuildMethods<BuildBit> methods_of() {
    BuildMethods<BuildBit> out{};
    std::size_t i = 0;
    for (const Method& m : kMethodTable)
        if (m.builds & BuildBit) out.rows[i++] = m;
    return out;
}

}  // namespace proximity::api
