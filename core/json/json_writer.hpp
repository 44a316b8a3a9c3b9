#pragma once
// Writing an answer straight into JSON text, without building a document first: the
// calculator's methods (describe and the load methods, the calculator module's whole
// API) answer through it, so the page's per-keystroke call allocates no tree and the
// calculator module carries no JSON serializer. Numbers are written as nlohmann::json's
// dump writes them (the same shortest digits, integers without ".0", NaN and infinities
// as null), so an answer reads the same whichever way it was produced.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace proximity {

class JsonWriter {
public:
    explicit JsonWriter(std::string& out) : out_(out) {}

    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    // The next member's name (inside an object); its value follows.
    JsonWriter& key(const char* name);

    JsonWriter& number(double value);  // null when not finite
    JsonWriter& integer(long long value);
    JsonWriter& boolean(bool value);
    JsonWriter& string(const char* text);
    JsonWriter& string(const std::string& text);
    JsonWriter& null();
    JsonWriter& optional_number(const std::optional<double>& value);

    // key(name) then the value.
    template <typename T>
    JsonWriter& field(const char* name, const T& value) {
        key(name);
        return write(value);
    }

    JsonWriter& strings(const std::vector<std::string>& list);
    JsonWriter& numbers(const std::vector<double>& list);

private:
    JsonWriter& write(double v) { return number(v); }
    JsonWriter& write(int v) { return integer(v); }
    JsonWriter& write(bool v) { return boolean(v); }
    JsonWriter& write(const char* v) { return string(v); }
    JsonWriter& write(const std::string& v) { return string(v); }
    JsonWriter& write(const std::optional<double>& v) { return optional_number(v); }
    JsonWriter& write(const std::vector<std::string>& v) { return strings(v); }
    JsonWriter& write(const std::vector<double>& v) { return numbers(v); }

    void separate();  // the comma before a value, unless it opens its container or follows a key
    void token(const char* text, std::size_t size);  // separate(), then text (at most 72 bytes)

    std::string& out_;
    bool first_ = true;  // no value yet in the innermost open container
};

}  // namespace proximity
