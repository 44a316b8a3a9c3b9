#include "core/profile/body_weight_import.hpp"

#include "core/common/input_error.hpp"
#include "core/common/number_text.hpp"
#include "core/history/csv_values.hpp"
#include "core/history/history_limits.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace proximity::profile {

namespace {

std::vector<history::CsvRecord> records_of(std::string_view text) {
    if (text.size() > history::kMaxImportBytes)
        throw_input_error("text", "the file is too large (over " + std::to_string(history::kMaxImportBytes / (1024 * 1024)) + " MB)");
    text = history::without_bom(text);
    if (history::trimmed(text).empty()) throw_input_error("text", "the file is empty");
    return history::read_csv(text, history::detect_delimiter(text));
}

std::string weight_text(double value, units::Unit unit) { return number_text(value) + " " + units::unit_name(unit); }

}  // namespace

std::optional<history::BodyWeightFormat> body_weight_export_format(std::string_view text) {
    text = history::without_bom(text);
    const std::string_view first = text.substr(0, text.find('\n'));
    if (history::trimmed(first).empty()) return std::nullopt;
    const std::vector<history::CsvRecord> header = history::read_csv(first, history::detect_delimiter(first));
    return header.empty() ? std::nullopt : history::body_weight_format_of(header.front().fields());
}

BodyWeightImport import_body_weights(std::string_view text, Profile existing) {
    const std::vector<history::CsvRecord> records = records_of(text);
    const auto format = history::body_weight_format_of(records.at(0).fields());
    if (!format)
        throw_input_error("text",
                          "this file is not a body-weight export: its first line should name the columns (Hevy's "
                          "measurements: \"date\", \"weight_kg\"; FitNotes' body tracker: \"Date\", \"Measurement\", "
                          "\"Value\")");
    const history::WeighingsRead read = history::read_body_weights(records, *format, existing.unit);
    BodyWeightImport out{std::move(existing), {}};
    BodyWeightImportReport& report = out.report;
    report.format = *format;
    report.rows = read.data_rows;
    report.skipped = read.skipped;
    const units::Unit unit = out.profile.unit;
    std::map<std::string, size_t> first_line;  // day -> the file's row used for it
    for (const history::WeighingRow& w : read.weighings) {
        auto skip = [&](const std::string& reason) { report.skipped.push_back({w.line, reason}); };
        const double value = std::round(units::convert(w.value, w.unit, unit) * 100) / 100;
        if (value < kBodyWeightLimit.min || value > kBodyWeightLimit.max) {
            skip(weight_text(value, unit) + " is " + kBodyWeightLimit.reason);
            continue;
        }
        if (const auto seen = first_line.find(w.date); seen != first_line.end()) {
            skip("a second weighing of " + w.date + " in the file: the one on line " + std::to_string(seen->second) + " is used");
            continue;
        }
        const auto& log = out.profile.body_weight;
        const auto it = std::find_if(log.begin(), log.end(), [&](const BodyWeight& b) { return b.date == w.date; });
        if (it != log.end()) {
            first_line.emplace(w.date, w.line);
            if (std::abs(it->value - value) < 0.005) {
                skip("already in your log (" + weight_text(value, unit) + " on " + w.date + ")");
            } else {
                ++report.kept;
                skip("your log has " + weight_text(it->value, unit) + " on " + w.date + " and keeps it (the file says " +
                     weight_text(value, unit) + ")");
            }
            continue;
        }
        if (log.size() >= static_cast<size_t>(kMaxBodyWeightEntries)) {
            skip("your body-weight log is full (" + std::to_string(kMaxBodyWeightEntries) + " weighings)");
            continue;
        }
        first_line.emplace(w.date, w.line);
        set_body_weight(out.profile, w.date, value);
        ++report.imported;
    }
    std::stable_sort(report.skipped.begin(), report.skipped.end(),
                     [](const history::SkippedWeighing& a, const history::SkippedWeighing& b) { return a.line < b.line; });
    return out;
}

}  // namespace proximity::profile
