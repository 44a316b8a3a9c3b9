#include "core/api/engine.hpp"
#include "core/api/call.hpp"
#include "core/common/quoted_text.hpp"

#include "core/api/field_check.hpp"
#include "core/json/json_document_writer.hpp"
#include "core/json/json_writer.hpp"
#include "core/common/input_error.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/json_text.hpp"

namespace proximity::api {

using nlohmann::json;

namespace {

// What went wrong, told apart by the kind rather than by its words: "input" (the input
// is refused, in words naming its field) or "internal" (a fault of the core's own; no
// input can make a message look like one).
CallError input_error(const InputError& e) { return {"input", e.field(), e.what()}; }
CallError internal_error(const std::exception* e) {
    return {"internal", "", e ? std::string("internal error: ") + e->what() : std::string("internal error")};
}

std::string error_envelope(const CallError& error) {
    std::string out;
    JsonWriter w(out);
    w.begin_object().field("ok", false).key("error").begin_object();
    w.field("kind", error.kind).field("field", error.field).field("message", error.message).end_object().end_object();
    return out;
}

// Runs `method` on `input` once the input is an object (null is {}) with the method's
// described fields, of their types; the answer goes to `out` (or `target`), and a state
// the handler changed replaces `state` only when it returns.
void run_checked(const std::string& method, const json& input, SharedState& state, AnswerWriter& out,
                 AnswerTarget target = {}) {
    for (const auto& m : all_methods()) {
        if (method != m.name) continue;
        const json& in = fields::require_object(input, "");
        if (m.check_first) m.check_first(in);
        check_fields(m.input, in);
        Call call(state, out, target);
        m.handler(in, call);
        call.keep_changes();
        return;
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
    JsonDocumentWriter w;
    run_checked(method, input, state_, w, {nullptr, &w.document()});
    return std::move(w.document());
}

std::string Engine::call(const std::string& method, const std::string& input_json) noexcept {
    json input;
    try {
        input = input_json.empty() ? json::object() : parse_json(input_json);
    } catch (const InputError& e) {
        return error_envelope(input_error(e));
    } catch (const json::parse_error& e) {
        // In words, without the parser's own text (it quotes the broken input back).
        return error_envelope({"input", "", "the input is not valid JSON (" + json_position_text(input_json, e.byte) + ")"});
    } catch (const std::exception& e) {
        return error_envelope(internal_error(&e));
    } catch (...) {
        return error_envelope(internal_error(nullptr));
    }
    return call_read(method, input);
}

std::string Engine::call(const std::string& method, std::string&& input_json) noexcept {
    json input;
    try {
        input = input_json.empty() ? json::object() : parse_json(input_json);
    } catch (...) {
        return call(method, static_cast<const std::string&>(input_json));  // the same refusal, told as always
    }
    std::string().swap(input_json);  // read: its memory is free for the call
    return call_read(method, input);
}

std::string Engine::call_read(const std::string& method, const json& input) noexcept {
    try {
        // The result is written into the answer's text: no envelope object, no copy.
        std::string out = "{\"ok\":true,\"result\":";
        JsonWriter w(out);
        run_checked(method, input, state_, w, {&out, nullptr});
        out += '}';
        return out;
    } catch (const InputError& e) {
        return error_envelope(input_error(e));
    } catch (const std::exception& e) {
        return error_envelope(internal_error(&e));
    } catch (...) {
        return error_envelope(internal_error(nullptr));
    }
}

std::optional<CallError> Engine::answer(const std::string& method, const std::function<json()>& read_input,
                                        AnswerWriter& out) noexcept {
    try {
        run_checked(method, read_input(), state_, out);
        return std::nullopt;
    } catch (const InputError& e) {
        return input_error(e);
    } catch (const std::exception& e) {
        return internal_error(&e);
    } catch (...) {
        return internal_error(nullptr);
    }
}

}  // namespace proximity::api
