#include "core/api/engine.hpp"

#include "core/api/field_check.hpp"

#include "core/common/input_error.hpp"
#include "core/common/json_fields.hpp"
#include "core/common/json_text.hpp"

namespace proximity::api {

using nlohmann::json;

namespace {

// JSON text of `value`; bytes that are not UTF-8 (a parser's message quoting broken
// input, a name echoed back) become U+FFFD instead of throwing, so that writing the
// answer can never fail.
std::string text_of(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string error_envelope(const std::string& field, const std::string& message) {
    return text_of(json{{"ok", false}, {"error", {{"field", field}, {"message", message}}}});
}

}  // namespace

std::vector<std::string> Engine::method_names() {
    std::vector<std::string> names;
    for (const auto& m : all_methods()) names.emplace_back(m.name);
    return names;
}

json Engine::call_json(const std::string& method, const json& input) {
    for (const auto& m : all_methods()) {
        if (method != m.name) continue;
        check_fields(m.input, input);  // its described fields, of their types
        if (m.pure) return m.pure(input);  // no state at all
        return m.with_state(m, state_, input);
    }
    throw InputError("method", "unknown method \"" + method + "\"");
}

std::string Engine::call(const std::string& method, const std::string& input_json) noexcept {
    try {
        json input = input_json.empty() ? json::object() : parse_json(input_json);
        // Written around the result's text: no envelope object, no copy of the result.
        return "{\"ok\":true,\"result\":" + text_of(call_json(method, input)) + "}";
    } catch (const InputError& e) {
        return error_envelope(e.field(), e.what());
    } catch (const json::parse_error& e) {
        // In words, without the parser's own text (it quotes the broken input back).
        return error_envelope("", "the input is not valid JSON (" + json_position_text(input_json, e.byte) + ")");
    } catch (const std::exception& e) {
        return error_envelope("", std::string("internal error: ") + e.what());
    } catch (...) {
        return error_envelope("", "internal error");
    }
}

}  // namespace proximity::api
