#include "core/history/hevy_csv.hpp"
#include "core/common/quoted_text.hpp"

#include "core/history/csv_values.hpp"
#include "core/history/history_limits.hpp"
#include "core/history/local_time.hpp"
#include "core/history/set_values.hpp"


namespace proximity::history {

bool is_hevy_header(const std::vector<std::string>& header) {
    const Columns c(header);
    return c.find({"exercise_title"}) >= 0 && c.find({"set_type"}) >= 0;
}

namespace {

std::optional<LocalTime> hevy_time(std::string_view text) {
    const std::string t(trimmed(text));
    if (auto v = parse_day_month_year_time(t)) return v;
    return parse_local_time(t);
}

// The rows of one workout repeat its start and end: read each text once.
struct TimeCache {
    bool filled = false;
    std::string text;
    std::optional<LocalTime> time;
    std::string iso;  // local_time_text(*time)
    const std::optional<LocalTime>& get(std::string_view t) {
        if (!filled || t != text) {
            filled = true;
            text.assign(t.data(), t.size());
            time = hevy_time(t);
            iso = time ? local_time_text(*time) : "";
        }
        return time;
    }
};

}  // namespace

RowsRead read_hevy_rows(const std::vector<CsvRecord>& records) {
    RowsRead out;
    out.sets.reserve(records.size());  // a set a row, at most
    out.source = Source::Hevy;
    const Columns c(records.at(0).fields());
    const int title = c.find({"title"}), start_col = c.find({"start_time"}), end_col = c.find({"end_time"}),
              description = c.find({"description"}), exercise = c.find({"exercise_title"}),
              superset = c.find({"superset_id"}), exercise_notes = c.find({"exercise_notes"}),
              set_type = c.find({"set_type"}), reps_col = c.find({"reps"}), distance_col_km = c.find({"distance_km"}),
              distance_col_mi = c.find({"distance_miles"}), duration = c.find({"duration_seconds"}),
              rpe_col = c.find({"rpe"});
    int weight_col = c.find({"weight_kg"});
    units::Unit unit = units::Unit::Kg;
    if (weight_col < 0 && (weight_col = c.find({"weight_lbs", "weight_lb"})) >= 0) unit = units::Unit::Lb;
    TimeCache start_cache, end_cache;
    for (size_t r = 1; r < records.size(); ++r) {
        const CsvRecord& rec = records[r];
        const CsvRecord& f = rec;
        ++out.data_rows;
        auto skip = [&](const std::string& reason) { out.skipped.push_back({rec.line, reason}); };
        const std::optional<LocalTime>& start = start_cache.get(Columns::field(f, start_col));
        if (!start) {
            skip("the start time " + quoted_input(std::string(Columns::field(f, start_col))) + " is not a date and time");
            continue;
        }
        ImportedRow row;
        row.line = rec.line;
        row.start = start_cache.iso;
        if (const auto& end = end_cache.get(Columns::field(f, end_col))) {
            const long long d = seconds_between(*start, *end);
            if (d >= 0 && d <= kMaxDuration) row.duration = static_cast<int>(d);
        }
        row.workout_name = utf8_prefix(trimmed(Columns::field(f, title)), kMaxNameLength);
        row.workout_note = utf8_prefix(trimmed(Columns::field(f, description)), kMaxNoteLength);
        row.exercise_name = utf8_prefix(trimmed(Columns::field(f, exercise)), kMaxNameLength);
        row.exercise_note = utf8_prefix(trimmed(Columns::field(f, exercise_notes)), kMaxNoteLength);
        if (row.exercise_name.empty()) {
            skip("no exercise name");
            continue;
        }
        row.superset = superset_number(Columns::field(f, superset));
        LoggedSet& s = row.set;
        s.unit = unit;
        const std::string type(trimmed(Columns::field(f, set_type)));
        if (type == "warmup") s.type = SetType::Warmup;
        else if (type == "normal" || type.empty()) s.type = SetType::Working;
        else if (type == "failure") {
            s.type = SetType::Failure;
            s.failure = true;  // whatever the RPE column says
        } else if (type == "dropset") s.type = SetType::Drop;
        else {
            skip("the set type " + quoted_input(type) + " is not one Hevy writes (warmup, normal, failure, dropset)");
            continue;
        }
        SetNumbers n;
        n.weight = number_field(Columns::field(f, weight_col), false);
        n.reps = number_field(Columns::field(f, reps_col), false);
        n.rpe = number_field(Columns::field(f, rpe_col), false);
        const NumberField km = number_field(Columns::field(f, distance_col_km), false);
        const NumberField mi = number_field(Columns::field(f, distance_col_mi), false);
        const NumberField seconds = number_field(Columns::field(f, duration), false);
        n.numbers_valid = km.valid && mi.valid && seconds.valid;
        n.metres = km.value * 1000 + mi.value * 1609.344;
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
