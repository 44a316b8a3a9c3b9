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
//
// The engine knows EngineState only by name: building and copying it is done by
// run_with_state (core/api/engine_state.cpp), which only the stateful constructors
// below refer to. So a registry of pure methods (core/api/calculator_methods.cpp) links
// no exercise library, rule set or their embedded JSON.
#include <nlohmann/json.hpp>

#include <memory>
#include <vector>

namespace proximity::api {

struct EngineState;
struct Method;

// The engine's state between calls; null until a stateful method first needs it.
// Immutable once stored: a changing call stores a new one.
using SharedState = std::shared_ptr<const EngineState>;

using Handler = nlohmann::json (*)(EngineState& state, const nlohmann::json& input);
using ReadHandler = nlohmann::json (*)(const EngineState& state, const nlohmann::json& input);
using PureHandler = nlohmann::json (*)(const nlohmann::json& input);
using StateRunner = nlohmann::json (*)(const Method& method, SharedState& state, const nlohmann::json& input);

// Runs a handler or reader on `state`, building it on first use; `state` is replaced
// only when a handler succeeds (core/api/engine_state.cpp).
nlohmann::json run_with_state(const Method& method, SharedState& state, const nlohmann::json& input);

struct Method {
    Method(const char* method_name, Handler h) : name(method_name), handler(h), with_state(&run_with_state) {}
    Method(const char* method_name, ReadHandler r) : name(method_name), reader(r), with_state(&run_with_state) {}
    Method(const char* method_name, PureHandler p) : name(method_name), pure(p) {}
    const char* name;
    Handler handler = nullptr;     // may change the state
    ReadHandler reader = nullptr;  // only reads it
    PureHandler pure = nullptr;    // does not use it
    StateRunner with_state = nullptr;  // how handler/reader get the state (null if pure)
};

// The methods this program offers, in one list. Two registries define it, and a
// program links exactly one: core/api/methods.cpp (every method; native tests and
// web/wasm/proximity-core) or core/api/calculator_methods.cpp (only the pure load
// methods; web/wasm/proximity-calculator, the calculator page).
const std::vector<Method>& all_methods();

}  // namespace proximity::api
