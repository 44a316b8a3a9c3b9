#include "core/json/load_documents.hpp"

#include "core/json/json_document_writer.hpp"
#include "core/json/load_writer.hpp"

namespace proximity {

nlohmann::json rounded_json(const load::RoundedLoad& r, const load::Equipment& equipment) {
    JsonDocumentWriter w;
    write_rounded_members(w, r, equipment);
    w.end_object();
    return std::move(w.document());
}

nlohmann::json equipment_json(const load::Equipment& e) {
    JsonDocumentWriter w;
    write_equipment_members(w, e);
    w.end_object();
    return std::move(w.document());
}

}  // namespace proximity
