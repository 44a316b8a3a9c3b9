// The RFC 4180 reader under the imports and the values in the apps' fields
// (core/history/csv_reader, csv_values).
#include "core/common/input_error.hpp"
#include "core/history/csv_reader.hpp"
#include "core/history/csv_values.hpp"

#include <gtest/gtest.h>

namespace proximity::history {
namespace {

using Fields = std::vector<std::string>;

TEST(CsvReader, QuotedFieldsHoldDelimitersQuotesAndLineBreaks) {
    const auto r = read_csv("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n", ',');
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[1].fields(), (Fields{"x, y", "say \"hi\"", "two\nlines"}));
    EXPECT_EQ(r[1].line, 2u);
}

TEST(CsvReader, CrlfBlankLinesAndLineNumbers) {
    const auto r = read_csv("h1;h2\r\n\r\n\"1\";\"a\r\nb\"\r\n3;4", ';');
    ASSERT_EQ(r.size(), 3u);
    EXPECT_EQ(r[1].line, 3u);  // the blank line 2 is skipped but counted
    EXPECT_EQ(r[1].fields(), (Fields{"1", "a\r\nb"}));
    EXPECT_EQ(r[2].line, 5u);  // after a record spanning lines 3-4; no final newline
    EXPECT_EQ(r[2].fields(), (Fields{"3", "4"}));
}

TEST(CsvReader, EmptyFieldsAndTrailingDelimiter) {
    const auto r = read_csv("a,,\"\",\n", ',');
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].fields(), (Fields{"a", "", "", ""}));
}

TEST(CsvReader, LenientWithStrayQuotes) {
    const auto r = read_csv("5'10\" tall,\"a\"b\n", ',');
    EXPECT_EQ(r[0].fields(), (Fields{"5'10\" tall", "ab"}));
}

TEST(CsvReader, AnUnclosedQuoteNamesItsLine) {
    try {
        read_csv("a,b\n1,\"open\n2,3\n", ',');
        FAIL() << "accepted";
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "text");
        EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos) << e.what();
    }
}

TEST(CsvReader, BomAndDelimiterDetection) {
    EXPECT_EQ(without_bom("\xEF\xBB\xBF\"a\";\"b\""), "\"a\";\"b\"");
    EXPECT_EQ(detect_delimiter("\"Workout #\";\"Date\";\"Workout Name\""), ';');
    EXPECT_EQ(detect_delimiter("title,start_time,\"a;b;c;d\"\nx;y;z;w;v"), ',');  // header only, outside quotes
}

TEST(CsvValues, NumbersLoseFloatNoiseAndReadDecimalCommas) {
    EXPECT_DOUBLE_EQ(number_field("12.900000000000034", false).value, 12.9);
    EXPECT_DOUBLE_EQ(number_field(" 62,5 ", true).value, 62.5);
    EXPECT_FALSE(number_field("62,5", false).valid);
    EXPECT_TRUE(number_field("", false).empty);
    EXPECT_FALSE(number_field("abc", false).valid);
    EXPECT_FALSE(number_field("nan", false).valid);
    EXPECT_FALSE(number_field("1e400", false).valid);
}

TEST(CsvValues, StrongDurations) {
    EXPECT_EQ(duration_text_seconds("35m"), 2100);
    EXPECT_EQ(duration_text_seconds("1h 2m"), 3720);
    EXPECT_EQ(duration_text_seconds("1h"), 3600);
    EXPECT_EQ(duration_text_seconds("50s"), 50);
    EXPECT_FALSE(duration_text_seconds("soon"));
    EXPECT_FALSE(duration_text_seconds("35"));
}

}  // namespace
}  // namespace proximity::history
