#pragma once
// Writing an answer (core/common/answer_writer.hpp) straight into JSON text, without
// building a document first. Numbers are written as nlohmann::json's
// dump writes them (the same shortest digits, integers without ".0", NaN and infinities
// as null), so an answer reads the same whichever way it was produced.
#include "core/common/answer_writer.hpp"

#include <cstddef>
#include <string>

namespace proximity {

class JsonWriter : public AnswerWriter {
public:
    explicit JsonWriter(std::string& out) : out_(out) {}

    JsonWriter& begin_object() override;
    JsonWriter& end_object() override;
    JsonWriter& begin_array() override;
    JsonWriter& end_array() override;
    JsonWriter& key(const char* name) override;

    JsonWriter& number(double value) override;  // null when not finite
    JsonWriter& integer(long long value) override;
    JsonWriter& boolean(bool value) override;
    JsonWriter& string(const char* text);
    JsonWriter& string(const std::string& text) override;
    JsonWriter& null() override;

private:
    void separate();  // the comma before a value, unless it opens its container or follows a key
    void token(const char* text, std::size_t size);  // separate(), then text (at most 72 bytes)

    std::string& out_;
    bool first_ = true;  // no value yet in the innermost open container
};

}  // namespace proximity
