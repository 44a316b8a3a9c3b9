// Stateful dispatch: the only code that builds or copies EngineState. Linked only into
// programs whose registry lists a stateful method (see core/api/method.hpp).
#include "core/api/engine_state.hpp"

#include "core/api/document_text.hpp"
#include "core/api/method.hpp"

namespace proximity::api {

nlohmann::json run_with_state(const Method& method, SharedState& state, const nlohmann::json& input) {
    // Built on the first call that needs it (the rule set and exercise library are
    // parsed then, not at startup). If building throws, nothing is stored.
    if (!state) state = std::make_shared<const EngineState>();
    if (method.reader) return method.reader(*state, input);  // cannot change the state
    // A handler that may change the state works on a copy, stored only if it succeeds,
    // so a call that fails half way changes nothing.
    auto next = std::make_shared<EngineState>(*state);
    nlohmann::json result = method.handler(*next, input);
    state = std::move(next);
    return result;
}

void run_with_state_to_text(const Method& method, SharedState& state, const nlohmann::json& input, std::string& out) {
    append_document(out, run_with_state(method, state, input));
}

}  // namespace proximity::api
