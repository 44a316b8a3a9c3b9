#pragma once
// The description of a method's input or output fields: name, type, whether it is
// required, its choices (a key of px.describe().enums), its range (a key of
// px.describe().limits) and what it means. Constant data, so a registry keeps only the
// descriptions of the methods its build carries (core/api/method_table.hpp). Every
// method is described: the engine checks each input against it before the handler
// runs (core/api/field_check.hpp).
#include <nlohmann/json_fwd.hpp>

#include <cstddef>

namespace proximity::api {

enum class FieldType : unsigned char { Number, Integer, Boolean, String, Object, Array, Any };

struct Field {
    const char* name;
    FieldType type;
    bool required;
    const char* about;                // what it is, for a person
    const char* choices = nullptr;    // key of describe().enums, when it is one of a list
    const char* limit = nullptr;      // key of describe().limits, when it has a range
    const char* item = nullptr;       // arrays: what the items are ("number", "object")
};

// A check of a whole document that comes before the field checks (a plan's version:
// a plan from a newer app may carry fields this build does not know).
using DocumentCheck = void (*)(const nlohmann::json& input);

// A method's fields: none (it takes no input), the fields of an object, or (`list`)
// the fields of each item of the list it answers.
struct Fields {
    const Field* first = nullptr;
    std::size_t count = 0;
    bool list = false;
    DocumentCheck check_first = nullptr;
    constexpr Fields() = default;
    template <std::size_t N>
    constexpr Fields(const Field (&fields)[N], DocumentCheck first_check = nullptr)
        : first(fields), count(N), check_first(first_check) {}
    static constexpr Fields none() { return Fields(); }
    template <std::size_t N>
    static constexpr Fields list_of(const Field (&fields)[N]) {
        Fields f(fields);
        f.list = true;
        return f;
    }
    const Field* begin() const { return first; }
    const Field* end() const { return first + count; }
};

const char* field_type_name(FieldType t);  // "number", "integer", ...

}  // namespace proximity::api
