#pragma once
// An answer (core/common/answer_writer.hpp) written as JS values, built in place through
// embind's val: objects, lists, numbers (null when not finite, as in the JSON path),
// text, true/false, null. What the calculator module answers instead of JSON text.
#include "core/common/answer_writer.hpp"

#include <emscripten/val.h>

#include <vector>

namespace proximity::wasm {

class JsAnswerWriter final : public AnswerWriter {
public:
    JsAnswerWriter& begin_object() override { return open(emscripten::val::object(), false); }
    JsAnswerWriter& end_object() override { return close(); }
    JsAnswerWriter& begin_array() override { return open(emscripten::val::array(), true); }
    JsAnswerWriter& end_array() override { return close(); }
    JsAnswerWriter& key(const char* name) override;
    JsAnswerWriter& number(double value) override;
    JsAnswerWriter& integer(long long value) override { return place(emscripten::val(static_cast<double>(value))); }
    JsAnswerWriter& boolean(bool value) override { return place(emscripten::val(value)); }
    JsAnswerWriter& string(const std::string& text) override { return place(emscripten::val(text)); }
    JsAnswerWriter& null() override { return place(emscripten::val::null()); }

    // The value written (undefined until one is).
    const emscripten::val& result() const { return result_; }

private:
    struct Container {
        emscripten::val value;
        bool list;
        unsigned next = 0;  // lists: the index of the next item
    };
    JsAnswerWriter& open(emscripten::val container, bool list);
    JsAnswerWriter& close();
    JsAnswerWriter& place(const emscripten::val& value);

    std::vector<Container> open_;
    emscripten::val key_ = emscripten::val::undefined();
    emscripten::val result_ = emscripten::val::undefined();
};

}  // namespace proximity::wasm
