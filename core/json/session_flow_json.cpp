#include "core/json/session_flow_json.hpp"

#include "core/common/input_error.hpp"
#include "core/json/json_fields.hpp"
#include "core/plan/plan_limits.hpp"
#include "core/shapes/session_flow_contract.hpp"

namespace proximity::session {

using nlohmann::json;
namespace fields = proximity::fields;

namespace {

constexpr int kMaxRestSeconds = 3600;  // an hour: longer is no rest between sets

OrderedExercise ordered_exercise(const json& raw, const std::string& where) {
    const json& j = fields::require_object(raw, where);
    fields::reject_unknown_fields(j, where, shapes::kOrderedExercise);
    OrderedExercise x;
    x.planned = fields::read_int(j, "planned", where, 0, plan::kMaxSetsPerExercise);
    x.done = fields::read_int(j, "done", where, 0, 1000);
    x.superset_with_previous = fields::read_bool_or(j, "supersetWithPrevious", where, false);
    x.rest_seconds = fields::read_int(j, "rest", where, 0, kMaxRestSeconds);
    return x;
}

}  // namespace

SessionSoFar read_session_so_far(const json& raw) {
    const json& in = fields::require_object(raw, "");
    const json& list = fields::read_array(in, "exercises", "", 1, plan::kMaxExercisesPerSession);
    SessionSoFar out;
    std::vector<OrderedExercise>& xs = out.exercises;
    for (size_t i = 0; i < list.size(); ++i) xs.push_back(ordered_exercise(list[i], "exercises[" + std::to_string(i) + "]"));
    const int logged = out.logged = fields::read_int(in, "logged", "", 0, static_cast<int>(xs.size()) - 1);
    if (xs[logged].done < 1) throw_input_error("logged", "logged: that exercise has no set logged yet");
    out.rest = fields::read_int(in, "rest", "", 0, kMaxRestSeconds);
    return out;
}

}  // namespace proximity::session
