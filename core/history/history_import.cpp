#include "core/history/history_import.hpp"
#include "core/common/quoted_text.hpp"

#include "core/common/enum_names.hpp"
#include "core/common/input_error.hpp"
#include "core/history/csv_reader.hpp"
#include "core/history/csv_values.hpp"
#include "core/history/exercise_matcher.hpp"
#include "core/history/exercise_names.hpp"
#include "core/history/fitnotes_csv.hpp"
#include "core/history/hevy_csv.hpp"
#include "core/history/history_document.hpp"
#include "core/history/history_limits.hpp"
#include "core/history/strong_csv.hpp"

#include <unordered_map>
#include <unordered_set>

namespace proximity::history {

namespace {

constexpr std::array<EnumName<ImportFormat>, 5> kFormats{{{ImportFormat::Auto, "auto"},
                                                          {ImportFormat::Strong, "strong"},
                                                          {ImportFormat::Hevy, "hevy"},
                                                          {ImportFormat::FitNotes, "fitnotes"},
                                                          {ImportFormat::Proximity, "proximity"}}};

std::string workout_key(std::string_view start, std::string_view name) {
    std::string key;
    key.reserve(start.size() + 1 + name.size());
    key.append(start).append(1, '\x1f').append(name);
    return key;
}

std::string workout_words(const std::string& start, std::string_view name) {
    std::string when = start.substr(0, 10) + " " + start.substr(11, 5);
    return name.empty() ? "the workout of " + when : "the workout " + quoted_input(std::string(name)) + " of " + when;
}

// What a merge adds up to, counted from what the history already holds.
struct Room {
    size_t workouts = 0, sets = 0;
};

// A file that would take the history past its size is refused whole (nothing is added):
// a history over the limits could not be read back.
void check_room(const Room& room) {
    auto refuse = [](size_t count, size_t max, const char* what, const char* reason) {
        throw_input_error("text", "with this file the history would hold " + std::to_string(count) + " " + what +
                                      ", and it may hold at most " + std::to_string(max) + " (" + reason +
                                      "); nothing was imported");
    };
    if (room.sets > kMaxSets) refuse(room.sets, kMaxSets, "sets", kHistorySetsLimit.reason);
    if (room.workouts > kMaxWorkouts) refuse(room.workouts, kMaxWorkouts, "workouts", kHistoryWorkoutsLimit.reason);
}

void add_exercise_report(ImportReport& report, std::unordered_set<std::string>& seen, const std::string& name,
                         const NameMatch& m) {
    if (seen.insert(name).second) report.exercises.push_back({name, m.exercise, m.mapped});
}

// Groups the rows into workouts and exercises and adds them to `h`.
void add_rows(History& h, const RowsRead& rows, const exercise::ExerciseLibrary& library, ImportReport& report) {
    report.format = rows.source;
    report.rows = rows.data_rows;
    report.skipped = rows.skipped;
    std::unordered_set<std::string> existing;
    for (const Workout& w : h.workouts) existing.insert(workout_key(w.start, w.name));
    Room room{h.workouts.size(), set_count(h)};
    ExerciseMatcher matcher(h, library);
    std::unordered_set<std::string> names_seen;
    std::unordered_map<std::string, size_t> added;  // key -> index into `fresh`
    std::vector<Workout> fresh;
    // The rows of a workout come together: the previous row's workout is checked first.
    const ImportedRow* previous = nullptr;
    bool previous_existing = false;
    size_t previous_index = 0;
    for (const ImportedRow& row : rows.sets) {
        auto skip = [&](const std::string& reason) { report.skipped.push_back({row.line, reason}); };
        const bool same_workout =
            previous && previous->start == row.start && previous->workout_name == row.workout_name;
        if (!same_workout) {
            const std::string key = workout_key(row.start, row.workout_name);
            previous_existing = existing.count(key) > 0;
            auto at = added.find(key);
            if (!previous_existing && at == added.end()) {
                Workout w;
                w.start = row.start;
                w.name = std::string(row.workout_name);
                w.source = rows.source;
                w.duration = row.duration;
                at = added.emplace(key, fresh.size()).first;
                fresh.push_back(std::move(w));
                ++room.workouts;
            }
            previous = &row;
            if (!previous_existing) previous_index = at->second;
        }
        if (previous_existing) {
            skip(workout_words(row.start, row.workout_name) + " is already in the history");
            continue;
        }
        Workout& w = fresh[previous_index];
        if (w.note.empty()) w.note = row.workout_note;
        const bool same_exercise = !w.exercises.empty() && w.exercises.back().name == row.exercise_name &&
                                   w.exercises.back().superset == row.superset;
        if (!same_exercise && w.exercises.size() >= kMaxExercisesPerWorkout) {
            skip("more than " + std::to_string(kMaxExercisesPerWorkout) + " exercises in one workout");
            continue;
        }
        if (same_exercise && w.exercises.back().sets.size() >= kMaxSetsPerExercise) {
            skip("more than " + std::to_string(kMaxSetsPerExercise) + " sets of one exercise in one workout");
            continue;
        }
        if (!same_exercise) {
            const NameMatch m = matcher.match(std::string(row.exercise_name));
            add_exercise_report(report, names_seen, std::string(row.exercise_name), m);
            LoggedExercise x;
            x.exercise = m.exercise;
            x.name = std::string(row.exercise_name);
            x.superset = row.superset;
            w.exercises.push_back(std::move(x));
        }
        LoggedExercise& x = w.exercises.back();
        if (x.note.empty()) x.note = row.exercise_note;
        x.sets.push_back(row.set);
        ++room.sets;
        ++report.imported;
    }
    for (const ExerciseNoteRow& n : rows.notes) {
        auto at = added.find(workout_key(n.start, n.workout_name));
        if (at == added.end()) continue;
        for (LoggedExercise& x : fresh[at->second].exercises)
            if (x.name == n.exercise_name && x.note.empty()) {
                x.note = n.note;
                break;
            }
    }
    check_room(room);
    report.workouts = fresh.size();
    report.sets = report.imported;
    for (Workout& w : fresh) h.workouts.push_back(std::move(w));
    sort_by_start(h);
}

// A Proximity history document merged into `h`: its custom exercises and mapping join
// (the history's own win on a clash), its workouts are added unless already there.
void add_document(History& h, const History& doc, const exercise::ExerciseLibrary& library, ImportReport& report) {
    report.format = Source::Proximity;
    report.rows = set_count(doc);
    std::unordered_set<std::string> customs;
    for (const CustomExercise& c : h.custom_exercises) customs.insert(c.id);
    for (const CustomExercise& c : doc.custom_exercises)
        if (customs.insert(c.id).second) h.custom_exercises.push_back(c);
    std::unordered_set<std::string> names;
    for (const NameMapping& m : h.mapping) names.insert(normalized_name(m.name));
    for (const NameMapping& m : doc.mapping)
        if (names.insert(normalized_name(m.name)).second) h.mapping.push_back(m);
    if (h.custom_exercises.size() > kMaxCustomExercises)
        throw_input_error("text", "together the histories hold more than " + std::to_string(kMaxCustomExercises) +
                                      " custom exercises");
    if (h.mapping.size() > kMaxMappings) h.mapping.resize(kMaxMappings);
    std::unordered_set<std::string> existing;
    for (const Workout& w : h.workouts) existing.insert(workout_key(w.start, w.name));
    Room room{h.workouts.size(), set_count(h)};
    std::unordered_set<std::string> names_seen;
    for (const Workout& w : doc.workouts) {
        size_t sets = 0;
        for (const LoggedExercise& x : w.exercises) sets += x.sets.size();
        std::string reason;
        if (existing.count(workout_key(w.start, w.name))) reason = workout_words(w.start, w.name) + " is already in the history";
        if (!reason.empty()) {
            for (size_t i = 0; i < sets; ++i) report.skipped.push_back({0, reason});
            continue;
        }
        for (const LoggedExercise& x : w.exercises)
            if (names_seen.insert(x.name).second)
                report.exercises.push_back({x.name, x.exercise, library.find(x.exercise) != nullptr});
        existing.insert(workout_key(w.start, w.name));
        h.workouts.push_back(w);
        ++room.workouts;
        room.sets += sets;
        ++report.workouts;
        report.imported += sets;
    }
    check_room(room);
    report.sets = report.imported;
    sort_by_start(h);
}

const char* format_words(Source s) {
    switch (s) {
        case Source::Strong: return "a Strong export";
        case Source::Hevy: return "a Hevy export";
        case Source::FitNotes: return "a FitNotes export";
        case Source::Proximity: break;
    }
    return "a Proximity history";
}

// The source a chosen format expects (Auto: none in particular, never asked).
Source source_of(ImportFormat f) {
    switch (f) {
        case ImportFormat::Strong: return Source::Strong;
        case ImportFormat::Hevy: return Source::Hevy;
        case ImportFormat::FitNotes: return Source::FitNotes;
        case ImportFormat::Auto:
        case ImportFormat::Proximity: break;
    }
    return Source::Proximity;
}

}  // namespace

std::optional<ImportFormat> import_format_from_id(const std::string& id) { return enum_from_name(kFormats, id); }
std::vector<std::string> import_format_list() {
    std::vector<std::string> out;
    for (const auto& f : kFormats) out.push_back(f.name);
    return out;
}

ImportResult import_history(std::string_view text, ImportFormat format, History existing,
                            const exercise::ExerciseLibrary& library, units::Unit unit) {
    if (text.size() > kMaxImportBytes)
        throw_input_error("text", "the file is too large (over " + std::to_string(kMaxImportBytes / (1024 * 1024)) + " MB)");
    text = without_bom(text);
    const std::string_view body = trimmed(text);
    if (body.empty()) throw_input_error("text", "the file is empty");
    ImportResult result{std::move(existing), {}};
    const bool json_text = body.front() == '{';
    auto refuse = [&](Source found) {
        throw_input_error("format", "the file is " + std::string(format_words(found)) + ", not " +
                                        format_words(source_of(format)));
    };
    if (json_text) {
        if (format != ImportFormat::Auto && format != ImportFormat::Proximity) refuse(Source::Proximity);
        add_document(result.history, read_history_document(body, library), library, result.report);
        return result;
    }
    const char delimiter = detect_delimiter(text);
    const std::vector<CsvRecord> records = read_csv(text, delimiter);
    const std::vector<std::string> header = records.at(0).fields();
    Source found = Source::Proximity;
    if (is_strong_header(header)) found = Source::Strong;
    else if (is_hevy_header(header)) found = Source::Hevy;
    else if (is_fitnotes_header(header)) found = Source::FitNotes;
    else if (format == ImportFormat::Proximity) refuse(Source::Proximity);
    else
        throw_input_error("text",
                          "this file is not a Strong, Hevy or FitNotes export: its first line should name the "
                          "columns (Strong: \"Exercise Name\", \"Set Order\"; Hevy: \"exercise_title\", "
                          "\"set_type\"; FitNotes: \"Date\", \"Exercise\", \"Category\", \"Reps\")");
    if (format != ImportFormat::Auto && source_of(format) != found) refuse(found);
    const RowsRead rows = found == Source::Strong ? read_strong_rows(records, delimiter, unit)
                          : found == Source::Hevy ? read_hevy_rows(records)
                                                  : read_fitnotes_rows(records, unit);
    add_rows(result.history, rows, library, result.report);
    return result;
}

std::vector<std::size_t> added_workouts(const History& before, const History& after) {
    std::unordered_set<std::string> kept;
    for (const Workout& w : before.workouts) kept.insert(w.start + '\x1f' + w.name);
    std::vector<std::size_t> added;
    for (std::size_t i = 0; i < after.workouts.size(); ++i)
        if (!kept.count(after.workouts[i].start + '\x1f' + after.workouts[i].name)) added.push_back(i);
    return added;
}

}  // namespace proximity::history
