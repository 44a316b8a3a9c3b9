#include "core/api/handlers.hpp"

#include "core/json/warmup_json.hpp"
#include "core/session/warmup_ramp.hpp"

namespace proximity::api {

using nlohmann::json;

void warmup_ramp(const json& in, Call& call) {
    const EngineState& state = call.state();
    const session::WarmupInput input = session::read_warmup_input(in, state.exercises);
    const auto steps = session::warmup_steps_for(input.mode, input.custom);
    call.answer(session::warmup_ramp_json(
        session::warmup_ramp(input.working, *input.exercise, input.equipment, input.unit, steps),
        session::warmup_choice_in_effect(input.mode, input.custom, *input.exercise), input));
}

}  // namespace proximity::api
