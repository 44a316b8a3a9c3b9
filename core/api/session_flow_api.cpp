#include "core/api/handlers.hpp"

#include "core/shapes/session_flow_contract.hpp"

#include "core/json/analysis_inputs.hpp"
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

namespace {

constexpr int kMaxRestSeconds = 3600;  // an hour: longer is no rest between sets

session::OrderedExercise ordered_exercise(const json& raw, const std::string& where) {
    const json& j = fields::require_object(raw, where);
    fields::reject_unknown_fields(j, where, shapes::kOrderedExercise);
    session::OrderedExercise x;
    x.planned = fields::read_int(j, "planned", where, 0, plan::kMaxSetsPerExercise);
    x.done = fields::read_int(j, "done", where, 0, 1000);
    x.superset_with_previous = fields::read_bool_or(j, "supersetWithPrevious", where, false);
    x.rest_seconds = fields::read_int(j, "rest", where, 0, kMaxRestSeconds);
    return x;
}

}  // namespace

json next_in_session(const json& raw) {
    const json& in = fields::require_object(raw, "");
    const json& list = fields::read_array(in, "exercises", "", 1, plan::kMaxExercisesPerSession);
    std::vector<session::OrderedExercise> xs;
    for (size_t i = 0; i < list.size(); ++i) xs.push_back(ordered_exercise(list[i], "exercises[" + std::to_string(i) + "]"));
    const int logged = fields::read_int(in, "logged", "", 0, static_cast<int>(xs.size()) - 1);
    if (xs[logged].done < 1) throw_input_error("logged", "logged: that exercise has no set logged yet");
    const int rest = fields::read_int(in, "rest", "", 0, kMaxRestSeconds);
    const session::NextStep step = session::next_step(xs, logged, rest);
    return {{"exercise", step.exercise}, {"rest", step.rest_seconds}, {"roundDone", step.round_done},
            {"round", step.round}, {"rounds", step.rounds}};
}

json swap_candidates(const EngineState& state, const json& raw) {
    const json& in = fields::require_object(raw, "");
    const std::string id = fields::read_string(in, "exercise", "");
    if (!state.exercises.find(id)) throw_input_error("exercise", "exercise is not a known exercise id");
    json out = json::array();
    for (const exercise::Exercise* e : exercise::swap_candidates(state.exercises, id)) out.push_back(exercise::exercise_json(*e));
    return out;
}

json swap_in_plan(const EngineState& state, const json& raw) {
    const json& in = fields::require_object(raw, "");
    plan::Plan p = fields::read_under("plan", [&] { return plan::read_plan(in.at("plan"), state.exercises); });
    const int week = fields::read_int(in, "week", "", 0, plan::kMaxWeeks - 1);
    const int session = fields::read_int(in, "session", "", 0, plan::kMaxSessionsPerWeek - 1);
    const int index = fields::read_int(in, "index", "", 0, plan::kMaxExercisesPerSession - 1);
    const int changed = plan::swap_in_plan(p, week, session, index, fields::read_string(in, "exercise", ""), state.exercises);
    return {{"plan", plan::plan_to_json(p)}, {"changed", changed}};
}

}  // namespace proximity::api
