#include "core/json/json_value_writer.hpp"

namespace proximity {

void write_json_value(const nlohmann::json& value, AnswerWriter& out) {
    switch (value.type()) {
        case nlohmann::json::value_t::object:
            out.begin_object();
            for (auto it = value.begin(); it != value.end(); ++it) {
                out.key(it.key().c_str());
                write_json_value(*it, out);
            }
            out.end_object();
            return;
        case nlohmann::json::value_t::array:
            out.begin_array();
            for (const auto& item : value) write_json_value(item, out);
            out.end_array();
            return;
        case nlohmann::json::value_t::string: out.string(value.get_ref<const std::string&>()); return;
        case nlohmann::json::value_t::boolean: out.boolean(value.get<bool>()); return;
        case nlohmann::json::value_t::number_integer: out.integer(value.get<long long>()); return;
        case nlohmann::json::value_t::number_unsigned: out.number(value.get<double>()); return;
        case nlohmann::json::value_t::number_float: out.number(value.get<double>()); return;
        default: out.null(); return;
    }
}

}  // namespace proximity
