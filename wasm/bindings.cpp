// The full module's embind layer: converts types and nothing else. All logic is in core/;
// every call goes through Engine::call (JSON text in and out), which never throws, so no
// C++ exception reaches JS. The calculator module has its own, without JSON text
// (wasm/bindings_typed.cpp).
#include "core/api/engine.hpp"
#include "wasm/method_names.hpp"

#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

namespace {

proximity::api::Engine& engine() {
    static proximity::api::Engine instance;
    return instance;
}

std::string call(const std::string& method, const std::string& input_json) {
    return engine().call(method, input_json);
}

// A large input (an import's file) as UTF-8 bytes, a Uint8Array: copied once into the text
// the engine reads and then releases. Given as a JS string, embind's own UTF-8 copy would
// stay in the module's memory for the whole call (a 13 MB file's text held twice more
// while it is imported; the module's memory never shrinks).
std::string call_bytes(const std::string& method, const emscripten::val& bytes) {
    std::string input(bytes["length"].as<size_t>(), '\0');
    emscripten::val(emscripten::typed_memory_view(input.size(), reinterpret_cast<unsigned char*>(input.data())))
        .call<void>("set", bytes);
    return engine().call(method, std::move(input));
}


}  // namespace

EMSCRIPTEN_BINDINGS(proximity) {
    emscripten::function("call", &call);
    emscripten::function("callBytes", &call_bytes);
    emscripten::function("methods", &proximity::wasm::method_names);
}
