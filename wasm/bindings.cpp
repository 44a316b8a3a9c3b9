// The embind layer: converts types and nothing else. All logic is in core/; every call
// goes through Engine::call, which never throws, so no C++ exception reaches JS.
#include "core/api/engine.hpp"

#include <emscripten/bind.h>

#include <string>
#include <vector>

namespace {

proximity::api::Engine& engine() {
    static proximity::api::Engine instance;
    return instance;
}

std::string call(const std::string& method, const std::string& input_json) {
    return engine().call(method, input_json);
}

std::vector<std::string> methods() { return proximity::api::Engine::method_names(); }

}  // namespace

EMSCRIPTEN_BINDINGS(proximity) {
    emscripten::register_vector<std::string>("StringList");
    emscripten::function("call", &call);
    emscripten::function("methods", &methods);
}
