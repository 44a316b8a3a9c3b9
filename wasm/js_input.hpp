#pragma once
// A JS value read into the core's input document, as the full module's JSON path would
// have it after JSON.stringify (web/js/proximity.js) and parsing: members that are
// undefined, functions or symbols left out (null in lists), NaN and the infinities as
// the texts "NaN", "Infinity" and "-Infinity" (so the core names them "not finite").
// The core's input limits (core/common/input_limits.hpp) hold on the way: nesting,
// the number of values, the length of a text. No JSON text is written or parsed.
#include <emscripten/val.h>
#include <nlohmann/json.hpp>

namespace proximity::wasm {

// Throws InputError (naming the place) when the value breaks a limit or holds a BigInt.
nlohmann::json read_js_input(const emscripten::val& input);

}  // namespace proximity::wasm
