#include "wasm/js_answer_writer.hpp"

#include <cmath>
#include <string>

namespace proximity::wasm {

using emscripten::val;

JsAnswerWriter& JsAnswerWriter::key(const char* name) {
    key_ = val(std::string(name));  // as UTF-8 (a plain const char* would be read as Latin-1)
    return *this;
}

JsAnswerWriter& JsAnswerWriter::number(double value) {
    if (!std::isfinite(value)) return null();
    return place(val(value));
}

JsAnswerWriter& JsAnswerWriter::open(val container, bool list) {
    place(container);
    open_.push_back(Container{std::move(container), list});
    return *this;
}

JsAnswerWriter& JsAnswerWriter::close() {
    open_.pop_back();
    return *this;
}

JsAnswerWriter& JsAnswerWriter::place(const val& value) {
    if (open_.empty()) {
        result_ = value;
    } else if (Container& c = open_.back(); c.list) {
        c.value.set(c.next++, value);
    } else {
        c.value.set(key_, value);
    }
    return *this;
}

}  // namespace proximity::wasm
