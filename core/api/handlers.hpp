#pragma once
// Every handler of core/api/method_table.hpp, by domain: each reads its input (core/json),
// calls the domain and writes its answer. What each takes and answers is described once,
// in core/shapes/*_contract.hpp (px.describe(), web/js/proximity.d.ts); how the kinds of
// handler differ (state, no state, writing value by value) is in core/api/method.hpp.
#include "core/api/engine_state.hpp"
#include "core/common/answer_writer.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

// The API's own description (describe.cpp)
void describe(const nlohmann::json& input, AnswerWriter& out);

// Load estimation (load_api.cpp)
void estimate_one_rep_max(const nlohmann::json& input, AnswerWriter& out);
void load_for_target(const nlohmann::json& input, AnswerWriter& out);
void load_table(const nlohmann::json& input, AnswerWriter& out);
void calibrate_rir(const nlohmann::json& input, AnswerWriter& out);

// Equipment and units (equipment_api.cpp)
void round_load(const nlohmann::json& input, AnswerWriter& out);
void default_equipment(const nlohmann::json& input, AnswerWriter& out);
void convert_unit(const nlohmann::json& input, AnswerWriter& out);

// The exercise library (exercise_api.cpp)
nlohmann::json exercises(const EngineState& state, const nlohmann::json& input);
nlohmann::json muscles(const nlohmann::json& input);
nlohmann::json add_exercise(EngineState& state, const nlohmann::json& input);

// Failure policy (policy_api.cpp)
nlohmann::json advise_set(const EngineState& state, const nlohmann::json& input);
nlohmann::json load_rule_set(EngineState& state, const nlohmann::json& input);
nlohmann::json rule_set(const EngineState& state, const nlohmann::json& input);
nlohmann::json reset_rule_set(EngineState& state, const nlohmann::json& input);
nlohmann::json rule_facts(const nlohmann::json& input);

// Planner (plan_api.cpp)
nlohmann::json import_plan(const EngineState& state, const nlohmann::json& input);
nlohmann::json export_plan(const EngineState& state, const nlohmann::json& input);
nlohmann::json evaluate_plan(const EngineState& state, const nlohmann::json& input);
nlohmann::json generate_mesocycle(const EngineState& state, const nlohmann::json& input);
nlohmann::json plan_templates(const nlohmann::json& input);
nlohmann::json plan_defaults(const nlohmann::json& input);

// Today's session (session_api.cpp)
nlohmann::json read_profile(const EngineState& state, const nlohmann::json& input);
nlohmann::json prepare_session(const EngineState& state, const nlohmann::json& input);
nlohmann::json plan_loads(const EngineState& state, const nlohmann::json& input);

// Warm-up ramps (warmup_api.cpp)
nlohmann::json warmup_ramp(const EngineState& state, const nlohmann::json& input);

// The order of a session's sets, and swaps (session_flow_api.cpp)
nlohmann::json next_in_session(const nlohmann::json& input);
nlohmann::json swap_candidates(const EngineState& state, const nlohmann::json& input);
nlohmann::json swap_in_plan(const EngineState& state, const nlohmann::json& input);

// Training history (history_api.cpp)
nlohmann::json import_history(const EngineState& state, const nlohmann::json& input);
nlohmann::json export_history(const EngineState& state, const nlohmann::json& input);
nlohmann::json read_history(const EngineState& state, const nlohmann::json& input);
nlohmann::json remap_exercise(const EngineState& state, const nlohmann::json& input);
nlohmann::json next_set_load(const EngineState& state, const nlohmann::json& input);
nlohmann::json session_defaults(const nlohmann::json& input);
nlohmann::json import_to_history(EngineState& state, const nlohmann::json& input);

// An import handed out a page at a time (imported_workouts_api.cpp)
nlohmann::json imported_workouts(const EngineState& state, const nlohmann::json& input);

// The history kept in the engine and its analysis (analysis_api.cpp)
nlohmann::json set_history(EngineState& state, const nlohmann::json& input);
nlohmann::json append_workout(EngineState& state, const nlohmann::json& input);
nlohmann::json log_set(EngineState& state, const nlohmann::json& input);
nlohmann::json clear_history(EngineState& state, const nlohmann::json& input);
nlohmann::json analyze_history(const EngineState& state, const nlohmann::json& input);

// Body weight (body_weight_api.cpp)
nlohmann::json body_weight_format(const nlohmann::json& input);
nlohmann::json import_body_weight(const EngineState& state, const nlohmann::json& input);

// Session feedback (feedback_api.cpp)
nlohmann::json feedback_muscles(const EngineState& state, const nlohmann::json& input);
nlohmann::json next_week_volume(const EngineState& state, const nlohmann::json& input);

}  // namespace proximity::api
