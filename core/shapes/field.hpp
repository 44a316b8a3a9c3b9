#pragma once
// The one description of an input or output shape: its fields, each with its name, type,
// whether it is required, its choices (a key of px.describe().enums), its range (a key of
// px.describe().limits), what it means and, for an object or a list of objects, the shape
// inside. Constant data with no JSON in it: the engine checks a method's input against
// its fields (core/api/field_check.hpp), the readers refuse fields a nested shape does
// not have from the same list (core/json/json_fields.hpp), describe() publishes every
// shape (core/api/describe.cpp), and the TypeScript types are generated from that
// (scripts/lib/gen-dts.mjs), nested interfaces included.
#include <cstddef>

namespace proximity::shapes {

enum class FieldType : unsigned char { Number, Integer, Boolean, String, Object, Array, Any };

struct Shape;

// One form of an object that may take several (a plan given as its document, or as the
// text of its file): the form is the one whose `tag` field is given, else the form with no
// tag. Each form is a shape of its own, so every form is described, checked and typed.
struct Form {
    const char* tag;     // the field that says this form is meant; null: the form when no tag is given
    const Shape* shape;
};

struct Field {
    const char* name;
    FieldType type;
    bool required;
    const char* about;                // what it is, for a person
    const char* choices = nullptr;    // key of describe().enums, when it is one of a list
    const char* limit = nullptr;      // key of describe().limits, when it has a range
    const char* item = nullptr;       // arrays: what the items are ("number", "object"); an
                                      // object with "object" items: a map from names to them
    const Shape* shape = nullptr;     // an object: its fields; a list of objects: each item's;
                                      // Any: a text (one of `choices`) or an object of this shape
};

// The fields of an object: none (a method that takes no input), the fields of an object,
// (`list`) the fields of each item of a list, or (`forms`) one of several shapes.
struct Fields {
    const Field* first = nullptr;
    std::size_t count = 0;
    bool list = false;
    const Form* forms = nullptr;
    std::size_t form_count = 0;
    constexpr Fields() = default;
    template <std::size_t N>
    constexpr Fields(const Field (&fields)[N]) : first(fields), count(N) {}
    static constexpr Fields none() { return Fields(); }
    template <std::size_t N>
    static constexpr Fields list_of(const Field (&fields)[N]) {
        Fields f(fields);
        f.list = true;
        return f;
    }
    template <std::size_t N>
    static constexpr Fields one_of(const Form (&forms)[N]) {
        Fields f;
        f.forms = forms;
        f.form_count = N;
        return f;
    }
    const Form* begin_forms() const { return forms; }
    const Form* end_forms() const { return forms + form_count; }
    const Field* begin() const { return first; }
    const Field* end() const { return first + count; }
};

// A named nested shape (a set inside a workout, a plate inside equipment): the name is
// its TypeScript interface's, so it is unique among shapes.
struct Shape {
    const char* name;
    const char* about;
    Fields fields;
};

const char* field_type_name(FieldType t);  // "number", "integer", ...

}  // namespace proximity::shapes
