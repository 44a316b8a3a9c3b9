#pragma once
// The core's single entry point: call(method, JSON text) -> JSON text. It never throws
// and never aborts: the answer is {"ok":true,"result":...} or
// {"ok":false,"error":{"field":"...","message":"..."}}, and a failed call leaves the
// state as it was. The full module's binding and the native tests go through here; the
// calculator module goes through answer(), on an input already read from a JS object and
// with the answer written as JS objects (wasm/bindings_typed.cpp), so it parses and writes
// no JSON text at all.
#include "core/api/method.hpp"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace proximity {
class AnswerWriter;
}  // namespace proximity

namespace proximity::api {

// Why a call gave no result: kind "input" (the input is refused; field names it) or
// "internal" (a fault of the core's own), and the message in words.
struct CallError {
    std::string kind;
    std::string field;
    std::string message;
};

class Engine {
public:
    std::string call(const std::string& method, const std::string& input_json) noexcept;
    // The same, releasing the text once it is read, before the method runs: an import's
    // text (up to 24 MB) is not held twice while it is imported.
    std::string call(const std::string& method, std::string&& input_json) noexcept;

    // The same, on parsed JSON; throws InputError for bad input or an unknown method.
    nlohmann::json call_json(const std::string& method, const nlohmann::json& input);

    // The same call on an input read by `read_input` (which may refuse it with an
    // InputError, as the text's limits do): the result is written into `out`, or the
    // error comes back (and what `out` received is to be dropped). Never throws.
    std::optional<CallError> answer(const std::string& method, const std::function<nlohmann::json()>& read_input,
                                    AnswerWriter& out) noexcept;

    static std::vector<std::string> method_names();

private:
    // call() on the input once read from its text.
    std::string call_read(const std::string& method, const nlohmann::json& input) noexcept;

    // Built on the first call that needs it: the calculator's methods never do, so the
    // page does not pay for loading the rule set and exercise library at startup (and
    // the calculator module does not contain them at all; see core/api/method.hpp).
    SharedState state_;
};

}  // namespace proximity::api
