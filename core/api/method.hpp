#pragma once
// A method of the JSON API: a name the JS facade exposes as px.<name>(input) and the
// handler that answers it. Handlers read JSON, call the domain code, write JSON, and
// throw InputError for bad input.
#include "core/api/engine_state.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace proximity::api {

using Handler = nlohmann::json (*)(EngineState& state, const nlohmann::json& input);

struct Method {
    const char* name;
    Handler handler;
};

// Every method, in one list (core/api/methods.cpp).
const std::vector<Method>& all_methods();

}  // namespace proximity::api
