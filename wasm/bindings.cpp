// The full module's embind layer: converts types and nothing else. All logic is in core/;
// every call goes through Engine::call (JSON text in and out), which never throws, so no
// C++ exception reaches JS. The calculator module has its own, without JSON text
// (wasm/bindings_typed.cpp).
#include "core/api/engine.hpp"
#include "wasm/method_names.hpp"

#include <emscripten/bind.h>

#include <string>

namespace {

proximity::api::Engine& engine() {
    static proximity::api::Engine instance;
    return instance;
}

// The input text by value: the engine releases it once read (a 13 MB import is not held twice).
std::string call(const std::string& method, std::string input_json) {
    return engine().call(method, std::move(input_json));
}


}  // namespace

EMSCRIPTEN_BINDINGS(proximity) {
    emscripten::function("call", &call);
    emscripten::function("methods", &proximity::wasm::method_names);
}
