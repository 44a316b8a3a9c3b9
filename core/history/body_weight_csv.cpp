#include "core/history/body_weight_csv.hpp"

#include "core/common/quoted_text.hpp"
#include "core/history/csv_values.hpp"
#include "core/history/local_time.hpp"

#include <cctype>

namespace proximity::history {

const char* body_weight_format_id(BodyWeightFormat f) { return f == BodyWeightFormat::Hevy ? "hevy" : "fitnotes"; }

std::optional<BodyWeightFormat> body_weight_format_of(const std::vector<std::string>& header) {
    const Columns c(header);
    if (c.find({"exercise_title"}) >= 0 || c.find({"Exercise"}) >= 0) return std::nullopt;  // a workout export
    if (c.find({"date"}) >= 0 && c.find({"weight_kg", "weight_lbs", "weight_lb"}) >= 0) return BodyWeightFormat::Hevy;
    if (c.find({"Date"}) >= 0 && c.find({"Measurement"}) >= 0 && c.find({"Value"}) >= 0) return BodyWeightFormat::FitNotes;
    return std::nullopt;
}

namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return out;
}

// The calendar day of a date or date-time cell ("9 Feb 2023, 00:00", "2024-11-28",
// "2024-11-28 07:30:00"), or "" when it is not one.
std::string day_of(std::string_view cell) {
    const std::string text(trimmed(cell));
    std::optional<LocalTime> t = parse_day_month_year_time(text);
    if (!t) t = parse_app_local_time(text);
    if (!t && text.size() == 10) t = parse_local_time(text + "T00:00");
    return t ? local_time_text(*t).substr(0, 10) : "";
}

// The weight of a cell: a number above zero, else the reason it is not one (`if_empty`
// for a blank cell).
std::optional<double> weight_of(std::string_view cell, const char* if_empty, std::string& why) {
    const NumberField n = number_field(cell, false);
    if (n.empty) why = if_empty;
    else if (!n.valid || n.value <= 0) why = "the weight " + quoted_input(std::string(trimmed(cell))) + " is not a weight";
    else return n.value;
    return std::nullopt;
}

WeighingsRead read_hevy(const std::vector<CsvRecord>& records) {
    WeighingsRead out;
    out.format = BodyWeightFormat::Hevy;
    const Columns c(records.at(0).fields());
    const int date = c.find({"date"});
    int weight = c.find({"weight_kg"});
    units::Unit unit = units::Unit::Kg;
    if (weight < 0) {
        weight = c.find({"weight_lbs", "weight_lb"});
        unit = units::Unit::Lb;
    }
    for (size_t r = 1; r < records.size(); ++r) {
        const CsvRecord& rec = records[r];
        ++out.data_rows;
        const std::string day = day_of(Columns::field(rec, date));
        std::string why;
        if (day.empty()) {
            out.skipped.push_back({rec.line, "the date " + quoted_input(std::string(trimmed(Columns::field(rec, date)))) + " is not a date"});
        } else if (const auto value = weight_of(Columns::field(rec, weight), "no body weight on this row (other measurements only)", why)) {
            out.weighings.push_back({rec.line, day, *value, unit});
        } else {
            out.skipped.push_back({rec.line, why});
        }
    }
    return out;
}

WeighingsRead read_fitnotes(const std::vector<CsvRecord>& records, units::Unit fallback) {
    WeighingsRead out;
    out.format = BodyWeightFormat::FitNotes;
    const Columns c(records.at(0).fields());
    const int date = c.find({"Date"}), measurement = c.find({"Measurement"}), value = c.find({"Value"}),
              unit_col = c.find({"Unit"});
    for (size_t r = 1; r < records.size(); ++r) {
        const CsvRecord& rec = records[r];
        ++out.data_rows;
        auto skip = [&](const std::string& reason) { out.skipped.push_back({rec.line, reason}); };
        const std::string what(trimmed(Columns::field(rec, measurement)));
        const std::string kind = lower(what);
        if (kind != "bodyweight" && kind != "body weight" && kind != "weight") {
            skip("a " + quoted_input(what) + " measurement, not a body weight");
            continue;
        }
        const std::string day = day_of(Columns::field(rec, date));
        if (day.empty()) {
            skip("the date " + quoted_input(std::string(trimmed(Columns::field(rec, date)))) + " is not a date");
            continue;
        }
        const std::string_view unit_text = trimmed(Columns::field(rec, unit_col));
        const std::optional<units::Unit> unit = unit_text.empty() ? fallback : weight_unit_of(unit_text);
        if (!unit) {
            skip("the unit " + quoted_input(std::string(unit_text)) + " is not kg or lb");
            continue;
        }
        std::string why;
        if (const auto v = weight_of(Columns::field(rec, value), "no value", why)) out.weighings.push_back({rec.line, day, *v, *unit});
        else skip(why);
    }
    return out;
}

}  // namespace

WeighingsRead read_body_weights(const std::vector<CsvRecord>& records, BodyWeightFormat format, units::Unit unit) {
    return format == BodyWeightFormat::Hevy ? read_hevy(records) : read_fitnotes(records, unit);
}

}  // namespace proximity::history
