#pragma once
// The values inside the apps' CSV fields: numbers (with a decimal comma in semicolon
// files, and the float noise of "12.900000000000034"), durations ("35m", "1h 2m"),
// and column lookup by header name.
#include "core/history/csv_reader.hpp"
#include "core/units/unit.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace proximity::history {

// The field without surrounding spaces.
std::string_view trimmed(std::string_view s);

// A finite decimal number, or nullopt for an empty field; throws nothing. `decimal_comma`
// also reads "62,5". Rounded to 6 decimals, so binary float noise disappears.
struct NumberField {
    bool empty = true;    // the field was blank
    bool valid = true;    // false when not blank and not a number
    double value = 0;
};
NumberField number_field(std::string_view text, bool decimal_comma);

// Strong's older Duration column: "35m", "1h 2m", "1h", "50s", "1h 2m 5s"; nullopt if not that.
std::optional<int> duration_text_seconds(std::string_view text);

// A clock duration: "1:02:05", "0:45" (minutes:seconds) or plain seconds "90";
// nullopt if not that.
std::optional<int> clock_duration_seconds(std::string_view text);

// Metres in one of a distance unit as the apps write it ("m", "km", "mi", "miles", "ft",
// "yd", "yds"; case-insensitive); `fallback` for an empty or unknown unit.
double metres_per_distance_unit(std::string_view unit, double fallback);

// The unit of a "Weight Unit" field ("kg", "kgs", "lb", "lbs"; case-insensitive); nullopt
// for anything else.
std::optional<units::Unit> weight_unit_of(std::string_view text);

// A superset number (a whole number 0 - 1,000,000); nullopt for anything else.
std::optional<int> superset_number(std::string_view text);

// Columns of a header row, by exact (trimmed, case-insensitive) name.
class Columns {
public:
    explicit Columns(const std::vector<std::string>& header);
    // Index of the first of `names` present, or -1.
    int find(std::initializer_list<const char*> names) const;
    // The field of `record` at `column`, "" when the column is absent or the record short.
    static std::string_view field(const CsvRecord& record, int column);

private:
    std::vector<std::string> names_;
};

// `text` cut to at most `max` bytes without splitting a UTF-8 character.
std::string_view utf8_prefix(std::string_view text, size_t max);

}  // namespace proximity::history
