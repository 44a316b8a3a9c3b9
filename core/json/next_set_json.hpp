#pragma once
// nextSetLoad's input, read into the domain's request (core/history/next_set_load.hpp),
// and its answer.
#include "core/exercise/exercise_library.hpp"
#include "core/history/next_set_load.hpp"
#include "core/history/rest_defaults.hpp"

#include <nlohmann/json.hpp>

namespace proximity::history {

struct NextSetInput {
    NextSetRequest request;
    RestClass rest_class = RestClass::Compound;  // the exercise's, for the rest
    SetType type = SetType::Working;              // the set just logged, for the rest
};
NextSetInput read_next_set_input(const nlohmann::json& input, const exercise::ExerciseLibrary& library);

// {e1rm, change?, load, percent, rounded, effectiveLoad?, unit, formula, reason, rest, warnings}
nlohmann::json next_set_load_json(const NextSetLoad& next, const NextSetInput& input);

}  // namespace proximity::history
