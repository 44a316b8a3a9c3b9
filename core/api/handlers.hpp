#pragma once
// Every handler of core/api/method_table.hpp, by domain: each reads its input (core/json),
// calls the domain and writes its answer. What each takes and answers is described once,
// in core/shapes/*_contract.hpp (px.describe(), web/js/proximity.d.ts). Every handler has
// the one signature of core/api/call.hpp: its input, and the Call that gives it the
// engine's state and takes its answer.
#include "core/api/call.hpp"
#include "core/api/engine_state.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

// The API's own description (describe.cpp)
void describe(const nlohmann::json& input, Call& call);

// Load estimation (load_api.cpp)
void estimate_one_rep_max(const nlohmann::json& input, Call& call);
void load_for_target(const nlohmann::json& input, Call& call);
void load_table(const nlohmann::json& input, Call& call);
void calibrate_rir(const nlohmann::json& input, Call& call);

// Equipment and units (equipment_api.cpp)
void round_load(const nlohmann::json& input, Call& call);
void default_equipment(const nlohmann::json& input, Call& call);
void convert_unit(const nlohmann::json& input, Call& call);

// The exercise library (exercise_api.cpp)
void exercises(const nlohmann::json& input, Call& call);
void muscles(const nlohmann::json& input, Call& call);
void add_exercise(const nlohmann::json& input, Call& call);

// Failure policy (policy_api.cpp)
void advise_set(const nlohmann::json& input, Call& call);
void load_rule_set(const nlohmann::json& input, Call& call);
void rule_set(const nlohmann::json& input, Call& call);
void reset_rule_set(const nlohmann::json& input, Call& call);
void rule_facts(const nlohmann::json& input, Call& call);

// Planner (plan_api.cpp)
void import_plan(const nlohmann::json& input, Call& call);
void export_plan(const nlohmann::json& input, Call& call);
void evaluate_plan(const nlohmann::json& input, Call& call);
void generate_mesocycle(const nlohmann::json& input, Call& call);
void plan_templates(const nlohmann::json& input, Call& call);
void plan_defaults(const nlohmann::json& input, Call& call);

// Today's session (session_api.cpp)
void read_profile(const nlohmann::json& input, Call& call);
void prepare_session(const nlohmann::json& input, Call& call);
void plan_loads(const nlohmann::json& input, Call& call);

// Warm-up ramps (warmup_api.cpp)
void warmup_ramp(const nlohmann::json& input, Call& call);

// The order of a session's sets, and swaps (session_flow_api.cpp)
void next_in_session(const nlohmann::json& input, Call& call);
void swap_candidates(const nlohmann::json& input, Call& call);
void swap_in_plan(const nlohmann::json& input, Call& call);

// Training history (history_api.cpp)
void import_history(const nlohmann::json& input, Call& call);
void export_history(const nlohmann::json& input, Call& call);
void read_history(const nlohmann::json& input, Call& call);
void remap_exercise(const nlohmann::json& input, Call& call);
void next_set_load(const nlohmann::json& input, Call& call);
void session_defaults(const nlohmann::json& input, Call& call);
void import_to_history(const nlohmann::json& input, Call& call);

// An import handed out a page at a time (imported_workouts_api.cpp)
void imported_workouts(const nlohmann::json& input, Call& call);

// The history kept in the engine and its analysis (analysis_api.cpp)
void set_history(const nlohmann::json& input, Call& call);
void append_workout(const nlohmann::json& input, Call& call);
void log_set(const nlohmann::json& input, Call& call);
void clear_history(const nlohmann::json& input, Call& call);
void analyze_history(const nlohmann::json& input, Call& call);

// Body weight (body_weight_api.cpp)
void body_weight_format(const nlohmann::json& input, Call& call);
void import_body_weight(const nlohmann::json& input, Call& call);

// Session feedback (feedback_api.cpp)
void feedback_muscles(const nlohmann::json& input, Call& call);
void next_week_volume(const nlohmann::json& input, Call& call);

}  // namespace proximity::api
