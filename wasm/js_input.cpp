#include "wasm/js_input.hpp"

#include "core/common/input_error.hpp"
#include "core/common/input_limits.hpp"
#include "core/json/json_fields.hpp"

#include <cmath>
#include <string>

namespace proximity::wasm {

using emscripten::val;
using nlohmann::json;

namespace {

// What a JS value is, asked once (each question is a call out to JS).
enum class Kind { Number, Text, True, False, Null, Skipped, Object, BigInt };

Kind kind_of(const val& v) {
    if (v.isNumber()) return Kind::Number;
    if (v.isString()) return Kind::Text;
    if (v.isTrue()) return Kind::True;
    if (v.isFalse()) return Kind::False;
    if (v.isNull()) return Kind::Null;
    if (v.isUndefined()) return Kind::Skipped;
    const std::string type = v.typeOf().as<std::string>();
    if (type == "object") return Kind::Object;
    // What JSON.stringify leaves out of an object (and writes as null in a list).
    if (type == "function" || type == "symbol") return Kind::Skipped;
    return Kind::BigInt;
}

class Reader {
public:
    json read(const val& v, Kind kind, const std::string& where, int depth) {
        if (++values_ > kMaxInputValues) throw_too_many_values(where);
        switch (kind) {
            case Kind::Number: {
                const double d = v.as<double>();
                if (std::isfinite(d)) return d;
                return std::isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
            }
            case Kind::Text: {
                std::string text = v.as<std::string>();
                if (text.size() > kMaxInputBytes) throw_too_large(where);
                return text;
            }
            case Kind::True: return true;
            case Kind::False: return false;
            case Kind::Null:
            case Kind::Skipped: return nullptr;
            case Kind::BigInt:
                throw_input_error(where, (where.empty() ? std::string("the input") : where) +
                                             " cannot be read: a BigInt is not a number the core takes");
            case Kind::Object: break;
        }
        if (depth >= kMaxNesting) throw_nested_too_deep(where);
        return v.instanceof(array_) ? read_list(v, where, depth) : read_object(v, where, depth);
    }

private:
    json read_list(const val& list, const std::string& where, int depth) {
        const std::size_t size = list["length"].as<std::size_t>();
        if (size > kMaxInputValues) throw_too_many_values(where);
        json out = json::array();
        for (std::size_t i = 0; i < size; ++i) {
            const val item = list[i];
            out.push_back(read(item, kind_of(item), where + "[" + std::to_string(i) + "]", depth + 1));
        }
        return out;
    }

    json read_object(const val& object, const std::string& where, int depth) {
        const val keys = object_.call<val>("keys", object);
        const std::size_t size = keys["length"].as<std::size_t>();
        json out = json::object();
        for (std::size_t i = 0; i < size; ++i) {
            const std::string key = keys[i].as<std::string>();
            const val member = object[key];
            const Kind kind = kind_of(member);
            if (kind == Kind::Skipped) continue;
            out[key] = read(member, kind, fields::path(where, key), depth + 1);
        }
        return out;
    }

    const val object_ = val::global("Object");
    const val array_ = val::global("Array");
    std::size_t values_ = 0;
};

}  // namespace

json read_js_input(const val& input) { return Reader().read(input, kind_of(input), "", 0); }

}  // namespace proximity::wasm
