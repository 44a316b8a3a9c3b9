#pragma once
// The core's single entry point: call(method, JSON text) -> JSON text. It never throws
// and never aborts: the answer is {"ok":true,"result":...} or
// {"ok":false,"error":{"field":"...","message":"..."}}, and a failed call leaves the
// state as it was. The WASM binding and the native tests both go through here.
#include "core/api/method.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace proximity::api {

class Engine {
public:
    std::string call(const std::string& method, const std::string& input_json) noexcept;

    // The same, on parsed JSON; throws InputError for bad input or an unknown method.
    nlohmann::json call_json(const std::string& method, const nlohmann::json& input);

    static std::vector<std::string> method_names();

private:
    // Built on the first call that needs it: the calculator's methods never do, so the
    // page does not pay for loading the rule set and exercise library at startup (and
    // the calculator module does not contain them at all; see core/api/method.hpp).
    SharedState state_;
};

}  // namespace proximity::api
