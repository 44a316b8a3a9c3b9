#pragma once
// JSON API of session feedback (core/plan/session_feedback.hpp, feedback_volume.hpp).
// Fields: core/shapes/feedback_contract.hpp; JSON shapes: core/json/feedback_json.hpp.
//   feedbackMuscles {exercises: [id]} -> [{id, name}]: the muscles to ask about after a
//                   session of these exercises (their primary muscles, each once)
//   nextWeekVolume  {feedback, history?, profile?, plan?, ...analyzeHistory's options}
//                   -> {basis, planWeek, basisText, about, muscles: [...], feedback}: next week's
//                   sets per muscle answered; the feedback's workout must be in the
//                   history (the one passed, else the one kept with setHistory)
#include "core/api/engine_state.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

nlohmann::json feedback_muscles(const EngineState& state, const nlohmann::json& input);
nlohmann::json next_week_volume(const EngineState& state, const nlohmann::json& input);

}  // namespace proximity::api
