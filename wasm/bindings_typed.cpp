// The calculator module's embind layer: converts types and nothing else. The input is a
// JS object read into the core's input document (wasm/js_input.hpp), the answer is
// written as JS objects (wasm/js_answer_writer.hpp): no JSON text crosses the boundary,
// and the module links no JSON parser (nor strtod). Checks, limits and every word of an
// error are the core's (Engine::answer, core/api/engine.hpp), which never throws.
#include "core/api/engine.hpp"
#include "wasm/method_names.hpp"
#include "wasm/js_answer_writer.hpp"
#include "wasm/js_input.hpp"

#include <emscripten/bind.h>

#include <string>

namespace {

using emscripten::val;

proximity::api::Engine& engine() {
    static proximity::api::Engine instance;
    return instance;
}

// {ok: true, result} or {ok: false, error: {kind, field, message}}, as the JSON path answers.
val answer(const std::string& method, const val& input) {
    proximity::wasm::JsAnswerWriter out;
    const auto error = engine().answer(method, [&] { return proximity::wasm::read_js_input(input); }, out);
    val envelope = val::object();
    envelope.set("ok", !error);
    if (!error) {
        envelope.set("result", out.result());
        return envelope;
    }
    val details = val::object();
    details.set("kind", error->kind);
    details.set("field", error->field);
    details.set("message", error->message);
    envelope.set("error", details);
    return envelope;
}


}  // namespace

EMSCRIPTEN_BINDINGS(proximity) {
    emscripten::function("answer", &answer);
    emscripten::function("methods", &proximity::wasm::method_names);
}
