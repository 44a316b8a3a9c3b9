// A handler's whole-document answer, sent where the caller wants it (core/api/call.hpp).
// Its own object file: a program whose handlers all write value by value (the calculator
// module) links no document serializer.
#include "core/api/call.hpp"

#include "core/json/json_value_writer.hpp"

namespace proximity::api {

void Call::answer(nlohmann::json&& document) {
    if (target_.document) *target_.document = std::move(document);
    else answer(static_cast<const nlohmann::json&>(document));
}

void Call::answer(const nlohmann::json& document) {
    if (target_.text) target_.text->append(document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    else if (target_.document) *target_.document = document;
    else write_json_value(document, out_);
}

}  // namespace proximity::api
