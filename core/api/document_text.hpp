#pragma once
// A JSON document as answer text: nlohmann::json's dump, with bytes that are not UTF-8
// (a name echoed back) written as U+FFFD instead of throwing, so that writing an answer
// can never fail. Only rows that answer with a document link it (core/api/method.hpp).
#include <nlohmann/json.hpp>

#include <string>

namespace proximity::api {

void append_document(std::string& out, const nlohmann::json& value);

}  // namespace proximity::api
