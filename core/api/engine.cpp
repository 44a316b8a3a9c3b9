#include "core/api/engine.hpp"
#include "core/common/quoted_text.hpp"

#include "core/api/field_check.hpp"
#include "core/json/json_writer.hpp"
#include "core/common/input_error.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/json_text.hpp"

namespace proximity::api {

using nlohmann::json;

namespace {

// What went wrong, told apart by the envelope rather than by its words: "input" (the
// input is refused, in words naming its field) or "internal" (a fault of the core's own;
// no input can make a message look like one).
enum class ErrorKind { Input, Internal };

std::string error_envelope(ErrorKind kind, const std::string& field, const std::string& message) {
    std::string out;
    JsonWriter w(out);
    w.begin_object().field("ok", false).key("error").begin_object();
    w.field("kind", kind == ErrorKind::Input ? "input" : "internal");
    w.field("field", field).field("message", message).end_object().end_object();
    return out;
}

// The method called, once its input has its described fields, of their types.
const Method& checked_method(const std::string& method, const json& input) {
    for (const auto& m : all_methods()) {
        if (method != m.name) continue;
        check_fields(m.input, input);
        return m;
    }
    throw InputError("method", "unknown method " + quoted_input(method));
}

}  // namespace

std::vector<std::string> Engine::method_names() {
    std::vector<std::string> names;
    for (const auto& m : all_methods()) names.emplace_back(m.name);
    return names;
}

json Engine::call_json(const std::string& method, const json& input) {
    const Method& m = checked_method(method, input);
    if (m.pure) return m.pure(input);  // no state at all
    if (m.writer) {                    // writes its answer as text: read it back
        std::string text;
        m.to_text(m, state_, input, text);
        return parse_json(text);
    }
    return m.with_state(m, state_, input);
}

std::string Engine::call(const std::string& method, const std::string& input_json) noexcept {
    try {
        json input = input_json.empty() ? json::object() : parse_json(input_json);
        const Method& m = checked_method(method, input);
        // The result is written into the answer's text: no envelope object, no copy.
        std::string out = "{\"ok\":true,\"result\":";
        m.to_text(m, state_, input, out);
        out += '}';
        return out;
    } catch (const InputError& e) {
        return error_envelope(ErrorKind::Input, e.field(), e.what());
    } catch (const json::parse_error& e) {
        // In words, without the parser's own text (it quotes the broken input back).
        return error_envelope(ErrorKind::Input, "", "the input is not valid JSON (" + json_position_text(input_json, e.byte) + ")");
    } catch (const std::exception& e) {
        return error_envelope(ErrorKind::Internal, "", std::string("internal error: ") + e.what());
    } catch (...) {
        return error_envelope(ErrorKind::Internal, "", "internal error");
    }
}

}  // namespace proximity::api
