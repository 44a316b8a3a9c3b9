#include "core/api/handlers.hpp"

#include "core/common/input_error.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/load_reader.hpp"
#include "core/json/profile_reader.hpp"
#include "core/json/session_json.hpp"
#include "core/session/session_history.hpp"

namespace proximity::api {

using nlohmann::json;
namespace fields = proximity::fields;

void read_profile(const json& in, Call& call) {
    const EngineState& state = call.state();
    return call.answer(session::read_profile_json(profile::read_profile_field(in, nullptr, state.exercises)));
}

void prepare_session(const json& in, Call& call) {
    const EngineState& state = call.state();
    const plan::Plan p = session::read_plan_field(in, state.exercises);
    const profile::Profile lifter = profile::read_profile_field(in, state.profile.get(), state.exercises);
    const int week = fields::read_int_or(in, "week", "", 0, 1000, 0);
    const int session = fields::read_int_or(in, "session", "", 0, 1000, 0);
    const load::Formula formula = read_formula(in);
    const auto h = session::read_history_or(in, state.history, state.exercises);
    const auto a = session::analysis_for_plan(*h, p, lifter, formula, state.exercises, state.rules);
    return call.answer(session::prepared_session_json(session::prepare_session(
        p, week, session, lifter, h.get(), state.exercises, state.rules, nullptr, a ? &*a : nullptr, formula)));
}

void plan_loads(const json& in, Call& call) {
    const EngineState& state = call.state();
    const plan::Plan p = session::read_plan_field(in, state.exercises);
    const profile::Profile lifter = profile::read_profile_field(in, state.profile.get(), state.exercises);
    const load::Formula formula = read_formula(in);
    const auto h = session::read_history_or(in, state.history, state.exercises);
    return call.answer(session::plan_loads_json(
        session::prepare_all_sessions(p, lifter, *h, state.exercises, state.rules, formula), lifter.unit));
}

}  // namespace proximity::api
