// The state a handler reads or changes (core/api/call.hpp): the only code that builds or
// copies EngineState. Linked only into programs with a handler that asks for the state.
#include "core/api/call.hpp"
#include "core/api/engine_state.hpp"

namespace proximity::api {

const EngineState& Call::state() {
    if (changed_) return *changed_;
    // If building throws, nothing is stored.
    if (!kept_) kept_ = std::make_shared<const EngineState>();
    return *kept_;
}

EngineState& Call::changing_state() {
    if (!changed_) changed_ = std::make_shared<EngineState>(state());
    return *changed_;
}

}  // namespace proximity::api
