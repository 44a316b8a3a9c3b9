#include "core/history/strong_csv.hpp"
#include "core/common/quoted_text.hpp"

#include "core/history/csv_values.hpp"
#include "core/history/history_limits.hpp"
#include "core/history/local_time.hpp"
#include "core/history/set_values.hpp"
#include "core/history/strong_export.hpp"

#include <cmath>

namespace proximity::history {

bool is_strong_header(const std::vector<std::string>& header) {
    const Columns c(header);
    return c.find({"Exercise Name"}) >= 0 && c.find({"Set Order"}) >= 0;
}

namespace {

struct StrongColumns {
    int date, workout, duration_sec, duration_text, exercise, order, weight, weight_unit, reps, rpe, distance,
        distance_unit, seconds, notes, workout_notes, superset;
    std::optional<units::Unit> unit;  // from the "Weight (kg)" / "Weight (lbs)" header
    double metres_per_distance = 1;   // from "Distance (meters)" / "Distance (km)" / ...
};

StrongColumns strong_columns(const std::vector<std::string>& header) {
    const Columns c(header);
    StrongColumns s{};
    s.date = c.find({"Date"});
    s.workout = c.find({"Workout Name"});
    s.duration_sec = c.find({"Duration (sec)"});
    s.duration_text = c.find({"Duration"});
    s.exercise = c.find({"Exercise Name"});
    s.order = c.find({"Set Order"});
    s.weight_unit = c.find({"Weight Unit"});
    s.weight = c.find({"Weight (kg)"});
    if (s.weight >= 0) s.unit = units::Unit::Kg;
    else if ((s.weight = c.find({"Weight (lbs)", "Weight (lb)"})) >= 0) s.unit = units::Unit::Lb;
    else s.weight = c.find({"Weight"});
    s.reps = c.find({"Reps"});
    s.rpe = c.find({"RPE"});
    s.distance_unit = c.find({"Distance Unit"});
    s.distance = c.find({"Distance (meters)", "Distance (m)"});
    if (s.distance < 0 && (s.distance = c.find({"Distance (km)"})) >= 0) s.metres_per_distance = 1000;
    if (s.distance < 0 && (s.distance = c.find({"Distance (miles)", "Distance (mi)"})) >= 0) s.metres_per_distance = 1609.344;
    if (s.distance < 0) s.distance = c.find({"Distance"});
    s.seconds = c.find({"Seconds"});
    s.notes = c.find({"Notes"});
    s.workout_notes = c.find({"Workout Notes"});
    s.superset = c.find({kSupersetColumn});
    return s;
}

}  // namespace

RowsRead read_strong_rows(const std::vector<CsvRecord>& records, char delimiter, units::Unit unit) {
    RowsRead out;
    out.sets.reserve(records.size());  // a set a row, at most
    out.source = Source::Strong;
    const StrongColumns col = strong_columns(records.at(0).fields());
    const bool comma = delimiter == ';';
    std::string_view last_date;
    std::string last_start;
    for (size_t r = 1; r < records.size(); ++r) {
        const CsvRecord& rec = records[r];
        const CsvRecord& f = rec;
        ++out.data_rows;
        auto skip = [&](const std::string& reason) { out.skipped.push_back({rec.line, reason}); };
        const std::string order(trimmed(Columns::field(f, col.order)));
        if (order == "Rest Timer") {
            skip("a rest timer, not a set");
            continue;
        }
        const std::string_view date = trimmed(Columns::field(f, col.date));
        if (date != last_date || r == 1) {  // the rows of a workout repeat its date: read it once
            last_date = date;
            const auto t = parse_app_local_time(std::string(date));
            last_start = t ? local_time_text(*t) : "";
        }
        if (last_start.empty()) {
            skip("the date " + quoted_input(std::string(Columns::field(f, col.date))) + " is not a date and time");
            continue;
        }
        ImportedRow row;
        row.line = rec.line;
        row.start = last_start;
        row.workout_name = utf8_prefix(trimmed(Columns::field(f, col.workout)), kMaxNameLength);
        row.exercise_name = utf8_prefix(trimmed(Columns::field(f, col.exercise)), kMaxNameLength);
        if (row.exercise_name.empty()) {
            skip("no exercise name");
            continue;
        }
        if (order == "Note") {
            skip("an exercise note, not a set (the note is kept with the exercise)");
            out.notes.push_back({row.start, std::string(row.workout_name), std::string(row.exercise_name),
                                 std::string(utf8_prefix(trimmed(Columns::field(f, col.notes)), kMaxNoteLength))});
            continue;
        }
        row.superset = superset_number(Columns::field(f, col.superset));
        const NumberField dur = number_field(Columns::field(f, col.duration_sec), false);
        if (!dur.empty && dur.valid && dur.value >= 0 && dur.value <= kMaxDuration) row.duration = static_cast<int>(dur.value);
        else if (col.duration_text >= 0) row.duration = duration_text_seconds(Columns::field(f, col.duration_text));
        row.workout_note = utf8_prefix(trimmed(Columns::field(f, col.workout_notes)), kMaxNoteLength);
        LoggedSet& s = row.set;
        s.note = utf8_prefix(trimmed(Columns::field(f, col.notes)), kMaxNoteLength);
        if (order == "W" || order == "w") s.type = SetType::Warmup;
        else if (order == "D" || order == "d") s.type = SetType::Drop;
        else if (order == "F" || order == "f") {
            s.type = SetType::Failure;
            s.failure = true;
        } else if (!number_field(order, false).valid) {
            skip("the set order " + quoted_input(order) + " is not a set");
            continue;
        }
        s.unit = col.unit ? *col.unit : unit;
        if (const auto u = weight_unit_of(Columns::field(f, col.weight_unit))) s.unit = *u;
        SetNumbers n;
        n.weight = number_field(Columns::field(f, col.weight), comma);
        n.reps = number_field(Columns::field(f, col.reps), comma);
        n.rpe = number_field(Columns::field(f, col.rpe), comma);
        const NumberField distance = number_field(Columns::field(f, col.distance), comma);
        const NumberField seconds = number_field(Columns::field(f, col.seconds), comma);
        n.numbers_valid = distance.valid && seconds.valid;
        const double per = col.distance_unit >= 0 ? metres_per_distance_unit(Columns::field(f, col.distance_unit), col.metres_per_distance)
                                                  : col.metres_per_distance;
        n.metres = distance.value * per;
        n.seconds = seconds.value;
        if (const std::string why = fill_set_numbers(s, n); !why.empty()) {
            skip(why);
            continue;
        }
        out.sets.push_back(std::move(row));
    }
    return out;
}

}  // namespace proximity::history
