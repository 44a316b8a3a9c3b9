#include "core/support/described.hpp"

#include "core/api/field_check.hpp"

namespace proximity::testing {

using nlohmann::json;
using shapes::Field;
using shapes::FieldType;


std::string undescribed(const json& value, const shapes::Fields& fields, const std::string& at) {
    if (fields.list) {  // a list of items of these fields
        if (!value.is_array()) return at + " is written as " + value.dump() + ", described as a list\n";
        shapes::Fields item = fields;
        item.list = false;
        std::string out;
        for (size_t i = 0; i < value.size(); ++i) out += undescribed(value[i], item, at + "[" + std::to_string(i) + "]");
        return out;
    }
    if (!value.is_object()) return at + " is written as " + value.dump() + ", described as an object\n";
    std::string out;
    for (const auto& [key, v] : value.items()) {
        const std::string where = at + "." + key;
        const Field* f = nullptr;
        for (const Field& candidate : fields)
            if (key == candidate.name) f = &candidate;
        if (!f) {
            out += where + " is written but not described\n";
            continue;
        }
        if (v.is_null()) continue;
        if (const char* wanted = api::type_error(f->type, v)) {  // the engine's own check of a field's type
            out += where + " is written as " + v.dump() + ", described as " + wanted + "\n";
            continue;
        }
        if (!f->shape || f->shape->fields.form_count) continue;
        if (f->type == FieldType::Array) {
            for (size_t i = 0; i < v.size(); ++i)  // a null item: none there (planLoads' set with no load)
                if (!v[i].is_null()) out += undescribed(v[i], f->shape->fields, where + "[" + std::to_string(i) + "]");
        } else if (f->item) {  // a map from names to the shape
            for (const auto& [name, item] : v.items()) out += undescribed(item, f->shape->fields, where + "." + name);
        } else if (v.is_object()) {  // (Any: text, or an object of the shape)
            out += undescribed(v, f->shape->fields, where);
        }
    }
    return out;
}

}  // namespace proximity::testing
