#pragma once
// Writing an answer value by value (objects, arrays, numbers, text), whatever it becomes:
// JSON text for the full module and the native tests (JsonWriter, core/json/json_writer.hpp),
// or JS objects built in place for the calculator module (wasm/js_answer_writer.hpp),
// which so writes no JSON text. The calculator's methods (describe and the load
// methods) answer through it, so both paths run the same code and give the same answer.
#include <optional>
#include <string>
#include <vector>

namespace proximity {

class AnswerWriter {
public:
    virtual ~AnswerWriter() = default;

    virtual AnswerWriter& begin_object() = 0;
    virtual AnswerWriter& end_object() = 0;
    virtual AnswerWriter& begin_array() = 0;
    virtual AnswerWriter& end_array() = 0;
    // The next member's name (inside an object); its value follows.
    virtual AnswerWriter& key(const char* name) = 0;

    virtual AnswerWriter& number(double value) = 0;  // null when not finite
    virtual AnswerWriter& integer(long long value) = 0;
    virtual AnswerWriter& boolean(bool value) = 0;
    virtual AnswerWriter& string(const std::string& text) = 0;
    virtual AnswerWriter& null() = 0;

    AnswerWriter& string(const char* text) { return string(std::string(text)); }
    AnswerWriter& optional_number(const std::optional<double>& value) { return value ? number(*value) : null(); }
    AnswerWriter& strings(const std::vector<std::string>& list);
    AnswerWriter& numbers(const std::vector<double>& list);

    // key(name) then the value.
    template <typename T>
    AnswerWriter& field(const char* name, const T& value) {
        key(name);
        return write(value);
    }

private:
    AnswerWriter& write(double v) { return number(v); }
    AnswerWriter& write(int v) { return integer(v); }
    AnswerWriter& write(bool v) { return boolean(v); }
    AnswerWriter& write(const char* v) { return string(v); }
    AnswerWriter& write(const std::string& v) { return string(v); }
    AnswerWriter& write(const std::optional<double>& v) { return optional_number(v); }
    AnswerWriter& write(const std::vector<std::string>& v) { return strings(v); }
    AnswerWriter& write(const std::vector<double>& v) { return numbers(v); }
};

}  // namespace proximity
