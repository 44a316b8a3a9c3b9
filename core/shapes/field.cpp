#include "core/shapes/field.hpp"

namespace proximity::shapes {

const char* field_type_name(FieldType t) {
    switch (t) {
        case FieldType::Number: return "number";
        case FieldType::Integer: return "integer";
        case FieldType::Boolean: return "boolean";
        case FieldType::String: return "string";
        case FieldType::Object: return "object";
        case FieldType::Array: return "array";
        case FieldType::Any: break;
    }
    return "any";
}

}  // namespace proximity::shapes
