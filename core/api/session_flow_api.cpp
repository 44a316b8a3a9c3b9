#include "core/api/handlers.hpp"

#include "core/json/session_flow_json.hpp"
#include "core/common/input_error.hpp"
#include "core/exercise/swap_candidates.hpp"
#include "core/json/exercise_json.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/read_under.hpp"
#include "core/json/plan_reader.hpp"
#include "core/json/plan_writer.hpp"
#include "core/plan/plan_limits.hpp"
#include "core/plan/plan_swap.hpp"
#include "core/session/session_order.hpp"

namespace proximity::api {

using nlohmann::json;

void next_in_session(const json& in, Call& call) {
    const session::SessionSoFar so_far = session::read_session_so_far(in);
    const session::NextStep step = session::next_step(so_far.exercises, so_far.logged, so_far.rest);
    call.answer({{"exercise", step.exercise}, {"rest", step.rest_seconds}, {"roundDone", step.round_done},
                 {"round", step.round}, {"rounds", step.rounds}});
}

void swap_candidates(const json& in, Call& call) {
    const EngineState& state = call.state();
    const std::string id = fields::read_string(in, "exercise", "");
    if (!state.exercises.find(id)) throw_input_error("exercise", "exercise is not a known exercise id");
    json out = json::array();
    for (const exercise::Exercise* e : exercise::swap_candidates(state.exercises, id)) out.push_back(exercise::exercise_json(*e));
    return call.answer(std::move(out));
}

void swap_in_plan(const json& in, Call& call) {
    const EngineState& state = call.state();
    plan::Plan p = fields::read_under("plan", [&] { return plan::read_plan(in.at("plan"), state.exercises); });
    const int week = fields::read_int(in, "week", "", 0, plan::kMaxWeeks - 1);
    const int session = fields::read_int(in, "session", "", 0, plan::kMaxSessionsPerWeek - 1);
    const int index = fields::read_int(in, "index", "", 0, plan::kMaxExercisesPerSession - 1);
    const int changed = plan::swap_in_plan(p, week, session, index, fields::read_string(in, "exercise", ""), state.exercises);
    return call.answer({{"plan", plan::plan_to_json(p)}, {"changed", changed}});
}

}  // namespace proximity::api
