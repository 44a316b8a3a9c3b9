#include "core/history/fitnotes_csv.hpp"
#include "core/common/quoted_text.hpp"

#include "core/history/csv_values.hpp"
#include "core/history/history_limits.hpp"
#include "core/history/local_time.hpp"
#include "core/history/set_values.hpp"

namespace proximity::history {

bool is_fitnotes_header(const std::vector<std::string>& header) {
    const Columns c(header);
    return c.find({"Date"}) >= 0 && c.find({"Exercise"}) >= 0 && c.find({"Category"}) >= 0 && c.find({"Reps"}) >= 0;
}

RowsRead read_fitnotes_rows(const std::vector<CsvRecord>& records, units::Unit unit) {
    RowsRead out;
    out.sets.reserve(records.size());  // a set a row, at most
    out.source = Source::FitNotes;
    const Columns c(records.at(0).fields());
    const int date_col = c.find({"Date"}), exercise = c.find({"Exercise"}), reps_col = c.find({"Reps"}),
              distance_col = c.find({"Distance"}), distance_unit = c.find({"Distance Unit"}),
              time_col = c.find({"Time"}), comment = c.find({"Comment"}), rpe_col = c.find({"RPE"}),
              weight_unit = c.find({"Weight Unit"});
    int weight_col = c.find({"Weight (kgs)", "Weight (kg)"});
    std::optional<units::Unit> file_unit;
    if (weight_col >= 0) file_unit = units::Unit::Kg;
    else if ((weight_col = c.find({"Weight (lbs)", "Weight (lb)"})) >= 0) file_unit = units::Unit::Lb;
    else weight_col = c.find({"Weight"});
    std::string_view last_date;
    std::string last_start;
    for (size_t r = 1; r < records.size(); ++r) {
        const CsvRecord& rec = records[r];
        ++out.data_rows;
        auto skip = [&](const std::string& reason) { out.skipped.push_back({rec.line, reason}); };
        const std::string_view date = trimmed(Columns::field(rec, date_col));
        if (date != last_date || r == 1) {  // the rows of a day repeat its date: read it once
            last_date = date;
            const std::string text(date);
            auto t = parse_local_time(text.size() == 10 ? text + "T00:00:00" : text);
            if (!t) t = parse_app_local_time(text);
            last_start = t ? local_time_text(*t) : "";
        }
        if (last_start.empty()) {
            skip("the date " + quoted_input(std::string(date)) + " is not a date");
            continue;
        }
        ImportedRow row;
        row.line = rec.line;
        row.start = last_start;
        row.exercise_name = utf8_prefix(trimmed(Columns::field(rec, exercise)), kMaxNameLength);
        if (row.exercise_name.empty()) {
            skip("no exercise name");
            continue;
        }
        LoggedSet& s = row.set;
        s.note = utf8_prefix(trimmed(Columns::field(rec, comment)), kMaxNoteLength);
        s.unit = file_unit.value_or(weight_unit_of(Columns::field(rec, weight_unit)).value_or(unit));
        SetNumbers n;
        n.weight = number_field(Columns::field(rec, weight_col), false);
        n.reps = number_field(Columns::field(rec, reps_col), false);
        n.rpe = number_field(Columns::field(rec, rpe_col), false);
        const NumberField distance = number_field(Columns::field(rec, distance_col), false);
        const std::string_view time = trimmed(Columns::field(rec, time_col));
        const std::optional<int> seconds = clock_duration_seconds(time);
        if (!time.empty() && !seconds) {
            skip("the time " + quoted_input(std::string(time)) + " is not a duration (hours:minutes:seconds)");
            continue;
        }
        n.numbers_valid = distance.valid;
        n.metres = distance.value * metres_per_distance_unit(Columns::field(rec, distance_unit), 1);
        n.seconds = seconds.value_or(0);
        if (const std::string why = fill_set_numbers(s, n); !why.empty()) {
            skip(why);
            continue;
        }
        out.sets.push_back(std::move(row));
    }
    return out;
}

}  // namespace proximity::history
