#include "core/json/load_documents.hpp"

#include "core/json/json_writer.hpp"
#include "core/json/load_writer.hpp"
#include "core/json/json_text.hpp"

namespace proximity {

nlohmann::json rounded_json(const load::RoundedLoad& r, const load::Equipment& equipment) {
    std::string text;
    JsonWriter w(text);
    write_rounded_members(w, r, equipment);
    w.end_object();
    return parse_json(text);
}

nlohmann::json equipment_json(const load::Equipment& e) {
    std::string text;
    JsonWriter w(text);
    write_equipment_members(w, e);
    w.end_object();
    return parse_json(text);
}

}  // namespace proximity
