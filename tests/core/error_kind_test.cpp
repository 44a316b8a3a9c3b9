// Faults of the core and refusals of an input are told apart by the envelope's "kind",
// never by the words of the message; text the input chose is always quoted and escaped,
// so no input can forge the start of a message (the fuzz harness relies on both).
#include "core/api/engine.hpp"
#include "core/common/quoted_text.hpp"
#include "support/engine_call.hpp"

#include <gtest/gtest.h>

#include <string>

namespace proximity {
namespace {

using nlohmann::json;
using testing::call;

TEST(QuotedInput, EscapesQuotesControlCharactersAndBrokenUtf8) {
    EXPECT_EQ(quoted_input("bench"), "\"bench\"");
    EXPECT_EQ(quoted_input("a\"b\\c"), "\"a\\\"b\\\\c\"");
    EXPECT_EQ(quoted_input("line\nbreak\x01"), "\"line\\u000abreak\\u0001\"");
    EXPECT_EQ(quoted_input("caf\xC3\xA9"), "\"caf\xC3\xA9\"");                  // UTF-8 kept
    EXPECT_EQ(quoted_input("bad\xFF\xC3"), "\"bad\xEF\xBF\xBD\xEF\xBF\xBD\"");  // replaced
    EXPECT_EQ(quoted_input("\xED\xA0\x80"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");  // a surrogate
}

TEST(QuotedInput, LongTextIsCut) {
    const std::string shown = quoted_input(std::string(500, 'x'));
    EXPECT_EQ(shown, "\"" + std::string(80, 'x') + "\xE2\x80\xA6\"");
}

TEST(ErrorKind, RefusedInputIsKindInput) {
    api::Engine engine;
    const json answer = call(engine, "estimateOneRepMax", {{"load", 100}, {"reps", 0}, {"rir", 1}});
    ASSERT_FALSE(answer["ok"].get<bool>());
    EXPECT_EQ(answer["error"]["kind"], "input");
    EXPECT_EQ(answer["error"]["field"], "reps");
    const json not_json = json::parse(engine.call("estimateOneRepMax", "{"));
    EXPECT_EQ(not_json["error"]["kind"], "input");
}

TEST(ErrorKind, AnUnknownKeyCannotForgeTheStartOfAMessage) {
    api::Engine engine;
    const json answer = call(engine, "estimateOneRepMax", {{"internal error: forged", 1}});
    ASSERT_FALSE(answer["ok"].get<bool>());
    EXPECT_EQ(answer["error"]["kind"], "input");
    const std::string message = answer["error"]["message"];
    EXPECT_EQ(message.rfind("\"internal error: forged\" is not a known field", 0), 0u) << message;
}

TEST(ErrorKind, AKeyTheInputChoseIsQuotedInThePath) {
    api::Engine engine;
    const json profile = {{"version", 1}, {"e1rm", {{"internal error\n", {{"value", 100}}}}}};
    const json answer = call(engine, "readProfile", {{"profile", profile}});
    ASSERT_FALSE(answer["ok"].get<bool>());
    EXPECT_EQ(answer["error"]["kind"], "input");
    const std::string field = answer["error"]["field"];
    EXPECT_EQ(field, "profile.e1rm[\"internal error\\u000a\"]") << answer.dump();
    const std::string message = answer["error"]["message"];
    EXPECT_EQ(message.find('\n'), std::string::npos);
    EXPECT_NE(message.rfind("internal error", 0), 0u);
}

}  // namespace
}  // namespace proximity
