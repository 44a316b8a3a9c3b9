#include "core/history/csv_reader.hpp"

#include "core/common/input_error.hpp"

#include <algorithm>

namespace proximity::history {

std::string_view without_bom(std::string_view text) {
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    return text;
}

char detect_delimiter(std::string_view text) {
    size_t commas = 0, semicolons = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r')) break;
        else if (!quoted && c == ',') ++commas;
        else if (!quoted && c == ';') ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

std::vector<std::string> CsvRecord::fields() const {
    std::vector<std::string> out;
    for (size_t i = 0; i < size(); ++i) out.emplace_back(field(i));
    return out;
}

std::vector<CsvRecord> read_csv(std::string_view text, char delimiter) {
    std::vector<CsvRecord> records;
    // One record a line, as a rule: room made once, not doubled a dozen times for 100,000 rows.
    records.reserve(size_t(std::count(text.begin(), text.end(), '\n')) + 1);
    CsvRecord record;
    std::string& field = record.text;  // the current field is the tail of the record's text
    size_t line = 1, quote_line = 0;
    bool quoted = false, after_quote = false, field_started = false;
    auto end_field = [&] {
        record.ends.push_back(field.size());
        after_quote = field_started = false;
    };
    auto end_record = [&] {
        const bool blank = record.ends.empty() && field.empty() && !field_started;
        if (!blank) {
            end_field();
            records.push_back(std::move(record));
        }
        record = CsvRecord{};
        after_quote = field_started = false;
    };
    record.line = line;
    const size_t n = text.size();
    for (size_t i = 0; i < n; ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < n && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                    after_quote = true;
                }
            } else {
                // The run up to the next quote or line break, at once.
                size_t j = i;
                while (j < n && text[j] != '"' && text[j] != '\n') ++j;
                if (j == i) {
                    ++line;  // c is '\n'
                    field += c;
                } else {
                    field.append(text.data() + i, j - i);
                    i = j - 1;
                }
            }
            continue;
        }
        if (c == delimiter) {
            end_field();
            field_started = true;  // a record "a," has two fields
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
            end_record();
            ++line;
            record.line = line;
        } else if (c == '"' && field.size() == (record.ends.empty() ? 0 : record.ends.back()) && !after_quote) {
            quoted = true;
            field_started = true;
            quote_line = line;
        } else {
            size_t j = i + 1;  // the run of plain characters, at once
            while (j < n && text[j] != delimiter && text[j] != '\n' && text[j] != '\r' && text[j] != '"') ++j;
            field.append(text.data() + i, j - i);
            i = j - 1;
            field_started = true;
        }
    }
    if (quoted)
        throw_input_error("text", "line " + std::to_string(quote_line) +
                                      ": a quoted field is never closed (a \" is missing)");
    end_record();
    return records;
}

}  // namespace proximity::history
