#pragma once
// The names of the methods this module answers, as a JS list (both bindings export it).
#include "core/api/engine.hpp"

#include <emscripten/val.h>

#include <string>

namespace proximity::wasm {

inline emscripten::val method_names() {
    emscripten::val names = emscripten::val::array();
    for (const std::string& name : api::Engine::method_names()) names.call<void>("push", name);
    return names;
}

}  // namespace proximity::wasm
