#pragma once
// Every method of the API, once: its name, the builds that carry it, its handler and the
// description of its fields (core/api/load_contract.hpp; methods without one check
// their input in their handler). A registry (core/api/registry_*.cpp) takes the rows of
// its build at compile time, so a build links only its own handlers: the calculator
// module carries no policy, exercise library or planner, and no shipped module carries
// the measurement methods (kBenchOnly: build/wasm-bench, for scripts/bench).
#include "core/api/analysis_api.hpp"
#include "core/api/analysis_bench_api.hpp"
#include "core/api/bench_api.hpp"
#include "core/api/describe.hpp"
#include "core/api/equipment_api.hpp"
#include "core/api/exercise_api.hpp"
#include "core/api/history_api.hpp"
#include "core/api/load_api.hpp"
#include "core/api/load_contract.hpp"
#include "core/api/method.hpp"
#include "core/api/plan_api.hpp"
#include "core/api/policy_api.hpp"
#include "core/api/session_api.hpp"

namespace proximity::api {

namespace c = contract;

inline constexpr Method kMethodTable[] = {
    // The API's own description (core/api/describe.hpp)
    {"describe", kShipped, describe, Fields::none(), c::kDescribeOutput},
    // Load estimation (core/load, core/units)
    {"estimateOneRepMax", kShipped, estimate_one_rep_max, c::kEstimateOneRepMaxInput, c::kEstimateOneRepMaxOutput},
    {"loadForTarget", kShipped, load_for_target, c::kLoadForTargetInput, c::kLoadForTargetOutput},
    {"loadTable", kShipped, load_table, c::kLoadTableInput, c::kLoadTableOutput},
    {"calibrateRir", kShipped, calibrate_rir, c::kCalibrateRirInput, c::kCalibrateRirOutput},
    {"roundLoad", kShipped, round_load, c::kRoundLoadInput, c::kRoundLoadOutput},
    {"defaultEquipment", kShipped, default_equipment, c::kDefaultEquipmentInput, c::kDefaultEquipmentOutput},
    {"convertUnit", kShipped, convert_unit, c::kConvertUnitInput, c::kConvertUnitOutput},
    // Exercise library (core/exercise)
    {"exercises", kFullOnly, exercises},
    {"muscles", kFullOnly, muscles},
    {"addExercise", kFullOnly, add_exercise},
    // Failure policy (core/policy)
    {"adviseSet", kFullOnly, advise_set},
    {"loadRuleSet", kFullOnly, load_rule_set},
    {"ruleSet", kFullOnly, rule_set},
    {"resetRuleSet", kFullOnly, reset_rule_set},
    {"ruleFacts", kFullOnly, rule_facts},
    // Planner (core/plan)
    {"importPlan", kFullOnly, import_plan},
    {"exportPlan", kFullOnly, export_plan},
    {"evaluatePlan", kFullOnly, evaluate_plan},
    {"generateMesocycle", kFullOnly, generate_mesocycle},
    {"planTemplates", kFullOnly, plan_templates},
    {"planDefaults", kFullOnly, plan_defaults},
    // Training history (core/history)
    {"importHistory", kFullOnly, import_history},
    {"exportHistory", kFullOnly, export_history},
    {"readHistory", kFullOnly, read_history},
    {"remapExercise", kFullOnly, remap_exercise},
    {"nextSetLoad", kFullOnly, next_set_load},
    {"sessionDefaults", kFullOnly, session_defaults},
    // History analysis (core/analysis)
    {"setHistory", kFullOnly, set_history},
    {"appendWorkout", kFullOnly, append_workout},
    {"logSet", kFullOnly, log_set},
    {"clearHistory", kFullOnly, clear_history},
    {"analyzeHistory", kFullOnly, analyze_history},
    // Lifter profile and today's session (core/profile, core/session)
    {"readProfile", kFullOnly, read_profile},
    {"prepareSession", kFullOnly, prepare_session},
    {"planLoads", kFullOnly, plan_loads},
    // Measurement (scripts/bench only)
    {"benchRecompute", kBenchOnly, bench_recompute, c::kBenchInput},
    {"benchmarkAdvice", kBenchOnly, benchmark_advice},
    {"benchPlanEvaluation", kBenchOnly, bench_plan_evaluation},
    {"benchHistoryAnalysis", kBenchOnly, bench_history_analysis},
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
