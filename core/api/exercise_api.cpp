#include "core/api/handlers.hpp"

#include "core/common/input_error.hpp"
#include "core/json/exercise_json.hpp"
#include "core/json/json_fields.hpp"

namespace proximity::api {

using nlohmann::json;

void exercises(const json& in, Call& call) {
    const EngineState& state = call.state();
    json out = json::array();
    if (!fields::has(in, "ids")) {
        for (const auto& e : state.exercises.all()) out.push_back(exercise::exercise_json(e));
        return call.answer(std::move(out));
    }
    const json& ids = in.at("ids");
    if (!ids.is_array()) throw_input_error("ids", "ids must be a list of exercise ids");
    if (ids.size() > exercise::ExerciseLibrary::kMaxIds)
        throw_input_error("ids", "ids may list at most " + std::to_string(exercise::ExerciseLibrary::kMaxIds) +
                                     " exercises (got " + std::to_string(ids.size()) + ")");
    for (size_t i = 0; i < ids.size(); ++i) {
        const std::string field = "ids[" + std::to_string(i) + "]";
        const exercise::Exercise* e = ids[i].is_string() ? state.exercises.find(ids[i].get<std::string>()) : nullptr;
        if (!e) throw_input_error(field, field + " is not a known exercise id");
        out.push_back(exercise::exercise_json(*e));
    }
    return call.answer(std::move(out));
}

void muscles(const json&, Call& call) {
    json out = json::array();
    for (auto m : exercise::all_muscles())
        out.push_back({{"id", exercise::muscle_id(m)}, {"name", exercise::muscle_name(m)}});
    return call.answer(std::move(out));
}

void add_exercise(const json& input, Call& call) {
    EngineState& state = call.changing_state();
    exercise::Exercise e = exercise::read_exercise(input, "");
    e.custom = true;
    state.exercises.add(e);
    return call.answer(exercise::exercise_json(e));
}

}  // namespace proximity::api
