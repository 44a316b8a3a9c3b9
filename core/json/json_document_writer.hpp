#pragma once
// An answer (core/common/answer_writer.hpp) written straight into a JSON document: what a
// writer of shapes (load_writer.hpp) gives a caller that needs the document itself (a
// session's rounded loads, Engine::call_json), with no text written and parsed back.
#include "core/common/answer_writer.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace proximity {

class JsonDocumentWriter final : public AnswerWriter {
public:
    nlohmann::json& document() { return root_; }

    AnswerWriter& begin_object() override { return open(nlohmann::json::object()); }
    AnswerWriter& end_object() override { return close(); }
    AnswerWriter& begin_array() override { return open(nlohmann::json::array()); }
    AnswerWriter& end_array() override { return close(); }
    AnswerWriter& key(const char* name) override {
        key_ = name;
        return *this;
    }
    AnswerWriter& number(double value) override;  // null when not finite, as JsonWriter writes it
    AnswerWriter& integer(long long value) override { return put(value); }
    AnswerWriter& boolean(bool value) override { return put(value); }
    AnswerWriter& string(const std::string& text) override { return put(text); }
    AnswerWriter& null() override { return put(nullptr); }

private:
    nlohmann::json& place(nlohmann::json value);
    AnswerWriter& put(nlohmann::json value) {
        place(std::move(value));
        return *this;
    }
    AnswerWriter& open(nlohmann::json container) {
        open_.push_back(&place(std::move(container)));
        return *this;
    }
    AnswerWriter& close() {
        open_.pop_back();
        return *this;
    }

    nlohmann::json root_;
    std::vector<nlohmann::json*> open_;  // the containers begun and not yet ended
    std::string key_;
};

}  // namespace proximity
