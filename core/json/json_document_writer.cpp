#include "core/json/json_document_writer.hpp"

#include <cmath>

namespace proximity {

AnswerWriter& JsonDocumentWriter::number(double value) {
    if (!std::isfinite(value)) return null();
    return put(value);
}

nlohmann::json& JsonDocumentWriter::place(nlohmann::json value) {
    if (open_.empty()) return root_ = std::move(value);
    nlohmann::json& into = *open_.back();
    if (into.is_object()) return into[key_] = std::move(value);
    into.push_back(std::move(value));
    return into.back();
}

}  // namespace proximity
