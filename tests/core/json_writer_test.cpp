// The answer writer (core/json/json_writer.hpp) writes what nlohmann::json's dump writes
// for the same values, so an answer reads the same whether a method writes its text or
// builds a document.
#include "core/json/json_document_writer.hpp"
#include "core/json/json_writer.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

namespace {

using proximity::JsonWriter;
using nlohmann::json;

std::string dumped(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

TEST(JsonWriter, NumbersAsDumpWritesThem) {
    for (double v : {0.0, -0.0, 1.0, 100.0, 0.1, 2.5, 116.66666666666667, 81.08108108108108, -3.25, 1e300,
                     5e-324, 1234567.125, 87.5}) {
        std::string out;
        JsonWriter(out).number(v);
        EXPECT_EQ(out, dumped(json(v))) << v;
    }
    std::string nan, inf, integer;
    JsonWriter(nan).number(std::nan(""));
    JsonWriter(inf).number(-std::numeric_limits<double>::infinity());
    JsonWriter(integer).integer(-42);
    EXPECT_EQ(nan, "null");
    EXPECT_EQ(inf, "null");
    EXPECT_EQ(integer, "-42");
}

TEST(JsonWriter, StringsEscapedAsDumpEscapesThem) {
    for (const std::string s : {std::string("plain"), std::string("quote \" and \\ backslash"),
                                std::string("tab\tnew\nline\r\b\f"), std::string("\x01\x1f"),
                                std::string("kg \xC2\xB7 caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x92\xAA"),
                                std::string("broken \xC3 end"), std::string("\xFF\xFE"), std::string("")}) {
        std::string out;
        JsonWriter(out).string(s);
        EXPECT_EQ(out, dumped(json(s))) << s;
    }
}

TEST(JsonWriter, CommasAndNesting) {
    std::string out;
    JsonWriter w(out);
    w.begin_object().field("a", 1).key("b").begin_array().number(1.5).begin_object().end_object();
    w.begin_array().end_array().null().end_array().field("c", std::optional<double>{}).field("d", true);
    w.field("e", std::vector<std::string>{"x", "y"}).end_object();
    EXPECT_EQ(out, R"({"a":1,"b":[1.5,{},[],null],"c":null,"d":true,"e":["x","y"]})");
    EXPECT_EQ(json::parse(out)["b"][0], 1.5);
}

// The same answer written as text (call) and as a document (call_json, rounded loads in
// a session): equal documents, and the same text when the document is dumped.
void write_sample(proximity::AnswerWriter& w) {
    w.begin_object().field("load", 100.0).field("half", 2.5).field("count", 3).field("ok", true);
    w.key("none").null().field("infinite", std::numeric_limits<double>::infinity()).field("name", "Bench \"press\"");
    w.key("plates").begin_array();
    for (double p : {20.0, 10.0, 1.25}) w.begin_object().field("weight", p).field("count", 2).end_object();
    w.end_array().key("empty").begin_array().end_array().key("nested").begin_object().key("list").begin_array();
    w.number(1).string("two").begin_array().integer(3).end_array().end_array().end_object().end_object();
}

TEST(JsonDocumentWriter, BuildsTheDocumentTheTextWriterWrites) {
    std::string text;
    proximity::JsonWriter as_text(text);
    write_sample(as_text);
    proximity::JsonDocumentWriter as_document;
    write_sample(as_document);
    const nlohmann::json parsed = nlohmann::json::parse(text);
    EXPECT_EQ(as_document.document(), parsed);
    EXPECT_EQ(as_document.document().dump(), parsed.dump());
    EXPECT_EQ(as_document.document().at("plates").at(2).at("weight"), 1.25);
    EXPECT_TRUE(as_document.document().at("infinite").is_null());
    EXPECT_EQ(as_document.document().at("nested").at("list").at(2).at(0), 3);
}

}  // namespace
