#pragma once
// The description of a method's input or output fields: name, type, whether it is
// required, its choices (a key of px.describe().enums), its range (a key of
// px.describe().limits) and what it means. Constant data, so a registry keeps only the
// descriptions of the methods its build carries (core/api/method_table.hpp).
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

// A method's fields. `described` false: not described yet (the handler checks what it
// takes); true with count 0: it takes no fields.
struct Fields {
    const Field* first = nullptr;
    std::size_t count = 0;
    bool described = false;
    constexpr Fields() = default;
    template <std::size_t N>
    constexpr Fields(const Field (&fields)[N]) : first(fields), count(N), described(true) {}
    static constexpr Fields none() {
        Fields f;
        f.described = true;
        return f;
    }
    const Field* begin() const { return first; }
    const Field* end() const { return first + count; }
};

const char* field_type_name(FieldType t);  // "number", "integer", ...

}  // namespace proximity::api
