// The full registry: every method of the API (web/wasm/proximity-core and the native
// tests). The calculator module links core/api/calculator_methods.cpp instead.
#include "core/api/method.hpp"

#include "core/api/analysis_api.hpp"
#include "core/api/analysis_bench_api.hpp"
#include "core/api/bench_api.hpp"
#include "core/api/describe.hpp"
#include "core/api/equipment_api.hpp"
#include "core/api/exercise_api.hpp"
#include "core/api/history_api.hpp"
#include "core/api/load_api.hpp"
#include "core/api/plan_api.hpp"
#include "core/api/policy_api.hpp"
#include "core/api/session_api.hpp"

namespace proximity::api {

const std::vector<Method>& all_methods() {
    static const std::vector<Method> methods = {
        // Load estimation (core/load, core/units)
        {"describe", describe},
        {"estimateOneRepMax", estimate_one_rep_max},
        {"loadForTarget", load_for_target},
        {"loadTable", load_table},
        {"calibrateRir", calibrate_rir},
        {"roundLoad", round_load},
        {"defaultEquipment", default_equipment},
        {"convertUnit", convert_unit},
        // Exercise library (core/exercise)
        {"exercises", exercises},
        {"muscles", muscles},
        {"addExercise", add_exercise},
        // Failure policy (core/policy)
        {"adviseSet", advise_set},
        {"loadRuleSet", load_rule_set},
        {"ruleSet", rule_set},
        {"resetRuleSet", reset_rule_set},
        {"ruleFacts", rule_facts},
        {"benchmarkAdvice", benchmark_advice},
        // Planner (core/plan)
        {"importPlan", import_plan},
        {"exportPlan", export_plan},
        {"evaluatePlan", evaluate_plan},
        {"generateMesocycle", generate_mesocycle},
        {"planTemplates", plan_templates},
        {"planDefaults", plan_defaults},
        {"benchPlanEvaluation", bench_plan_evaluation},
        // Training history (core/history)
        {"importHistory", import_history},
        {"exportHistory", export_history},
        {"readHistory", read_history},
        {"remapExercise", remap_exercise},
        {"nextSetLoad", next_set_load},
        {"sessionDefaults", session_defaults},
        // History analysis (core/analysis)
        {"setHistory", set_history},
        {"appendWorkout", append_workout},
        {"logSet", log_set},
        {"clearHistory", clear_history},
        {"analyzeHistory", analyze_history},
        // Lifter profile and today's session (core/profile, core/session)
        {"readProfile", read_profile},
        {"prepareSession", prepare_session},
        {"planLoads", plan_loads},
        // Measurement (scripts/bench)
        {"benchRecompute", bench_recompute},
        {"benchHistoryAnalysis", bench_history_analysis},
    };
    return methods;
}

}  // namespace proximity::api
