#pragma once
// One call through the engine's JSON entry point, as the tests make it: the whole answer
// ({"ok": true, "result": ...} or {"ok": false, "error": {...}}) as JSON.
#include "core/api/engine.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace proximity::testing {

inline nlohmann::json call(api::Engine& e, const std::string& method, const nlohmann::json& input) {
    return nlohmann::json::parse(e.call(method, input.dump()));
}

}  // namespace proximity::testing
