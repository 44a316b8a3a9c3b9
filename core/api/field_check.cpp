#include "core/api/field_check.hpp"

#include "core/common/input_error.hpp"
#include "core/json/json_fields.hpp"

namespace proximity::api {

using nlohmann::json;

const char* type_error(FieldType type, const json& value) {
    switch (type) {
        case FieldType::Number:
            if (fields::non_finite_text(value)) return "a finite number";
            return value.is_number() ? nullptr : "a number";
        case FieldType::Integer:
            if (fields::non_finite_text(value)) return "a finite number";
            return value.is_number() && fields::is_whole(value.get<double>()) ? nullptr : "a whole number";
        case FieldType::Boolean: return value.is_boolean() ? nullptr : "true or false";
        case FieldType::String: return value.is_string() ? nullptr : "text";
        case FieldType::Object: return value.is_object() ? nullptr : "an object";
        case FieldType::Array: return value.is_array() ? nullptr : "a list";
        case FieldType::Any: break;
    }
    return nullptr;
}

void check_fields(const Fields& described, const json& input) {
    if (described.form_count) return check_fields(fields::form_of(input, "", described).fields, input);
    fields::reject_unknown_fields(input, "", described);
    // What is given is checked before what is missing: a field sent wrongly is the likelier slip.
    for (const Field& f : described) {
        if (!fields::has(input, f.name)) continue;  // absent or null
        if (const char* wanted = type_error(f.type, input.at(f.name)))
            throw_input_error(f.name, std::string(f.name) + " must be " + wanted);
    }
    for (const Field& f : described)
        if (f.required && !fields::has(input, f.name)) throw_input_error(f.name, std::string(f.name) + " is required");
}

}  // namespace proximity::api
