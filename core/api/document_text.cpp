#include "core/api/document_text.hpp"

#include "core/api/method.hpp"

namespace proximity::api {

void append_document(std::string& out, const nlohmann::json& value) {
    out += value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void run_pure_to_text(const Method& method, SharedState&, const nlohmann::json& input, std::string& out) {
    append_document(out, method.pure(input));
}

}  // namespace proximity::api
