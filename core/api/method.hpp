#pragma once
// A method of the JSON API: a name the JS facade exposes as px.<name>(input) and the
// handler that answers it. Handlers read JSON, call the domain code, write JSON, and
// throw InputError for bad input.
//
// A handler that takes `EngineState&` may change the state, so it runs on a copy that
// replaces the state only if it succeeds. A handler that takes `const EngineState&`
// only reads it and runs on the state itself (no copy of the exercise library and rule
// set per call). A handler that takes only the input is pure: it needs no state, and
// the engine does not even build one for it (the calculator's per-keystroke methods).
#include "core/api/engine_state.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace proximity::api {

using Handler = nlohmann::json (*)(EngineState& state, const nlohmann::json& input);
using ReadHandler = nlohmann::json (*)(const EngineState& state, const nlohmann::json& input);
using PureHandler = nlohmann::json (*)(const nlohmann::json& input);

struct Method {
    Method(const char* method_name, Handler h) : name(method_name), handler(h) {}
    Method(const char* method_name, ReadHandler r) : name(method_name), reader(r) {}
    Method(const char* method_name, PureHandler p) : name(method_name), pure(p) {}
    const char* name;
    Handler handler = nullptr;     // may change the state
    ReadHandler reader = nullptr;  // only reads it
    PureHandler pure = nullptr;    // does not use it
};

// Every method, in one list (core/api/methods.cpp).
const std::vector<Method>& all_methods();

}  // namespace proximity::api
