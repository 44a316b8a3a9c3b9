#pragma once
// A small RFC 4180 reader for the apps' exports: fields separated by one delimiter
// (',' or ';'), optionally quoted; a quoted field may hold the delimiter, line breaks
// and doubled quotes (""). Records end with LF or CRLF; a UTF-8 byte-order mark before
// the header is dropped; blank lines are skipped. Lenient where the apps are sloppy: a
// quote inside an unquoted field is kept as text, and text after a closing quote is
// appended. An unterminated quote is an InputError naming the line it opened on.
#include <string>
#include <string_view>
#include <vector>

namespace proximity::history {

// One record: its fields' text back to back in one string (one allocation per record,
// not per field), and where each field ends.
struct CsvRecord {
    size_t line = 0;  // 1-based line of the file the record starts on (the header is line 1)
    std::string text;
    std::vector<size_t> ends;

    size_t size() const { return ends.size(); }
    std::string_view field(size_t i) const {
        const size_t begin = i == 0 ? 0 : ends[i - 1];
        return std::string_view(text).substr(begin, ends[i] - begin);
    }
    std::vector<std::string> fields() const;  // copies, for headers and tests
};

// The text without a leading UTF-8 byte-order mark.
std::string_view without_bom(std::string_view text);

// The delimiter of the header line: ';' when it has more semicolons than commas outside
// quotes, otherwise ','.
char detect_delimiter(std::string_view text);

// Every record of `text` (header included), in order.
std::vector<CsvRecord> read_csv(std::string_view text, char delimiter);

}  // namespace proximity::history
