#include "core/json/history_answers.hpp"

#include "core/common/input_error.hpp"
#include "core/history/history_file_name.hpp"
#include "core/history/history_limits.hpp"
#include "core/history/rest_defaults.hpp"
#include "core/json/history_reader.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/load_reader.hpp"
#include "core/json/read_under.hpp"

namespace proximity::history {

using nlohmann::json;
namespace fields = proximity::fields;

History read_history_field(const json& in, const char* name, const exercise::ExerciseLibrary& library, bool required) {
    if (!fields::has(in, name)) {
        if (required) throw_input_error(name, std::string(name) + " is required");
        return {};
    }
    return fields::read_under(name, [&] { return history::read_history(in.at(name), library); });
}

ImportResult import_text(const json& in, History existing, const exercise::ExerciseLibrary& library) {
    if (!fields::has(in, "text") || !in.at("text").is_string()) throw_input_error("text", "text is required");
    const std::string& text = in.at("text").get_ref<const std::string&>();
    const ImportFormat format =
        *import_format_from_id(fields::read_enum_or(in, "format", "", import_format_list(), "auto"));
    return import_history(text, format, std::move(existing), library, read_unit(in));
}

json import_report_json(const ImportReport& r) {
    json out;
    out["format"] = source_id(r.format);
    out["rows"] = r.rows;
    out["imported"] = r.imported;
    json skipped = json::array();
    for (const SkippedRow& s : r.skipped) {
        json e;
        e["line"] = s.line;
        e["reason"] = s.reason;
        skipped.push_back(std::move(e));
    }
    out["skipped"] = std::move(skipped);
    out["workouts"] = r.workouts;
    out["sets"] = r.sets;
    json exercises = json::array();
    for (const ExerciseNameReport& x : r.exercises) {
        json e;
        e["name"] = x.name;
        e["exercise"] = x.exercise;
        e["mapped"] = x.mapped;
        exercises.push_back(std::move(e));
    }
    out["exercises"] = std::move(exercises);
    return out;
}

json session_defaults_json() {
    json by_class = json::object(), by_type = json::object();
    for (const RestDefault& r : kRestByClass) by_class[r.id] = r.seconds;
    for (const RestDefault& r : kRestBySetType) by_type[r.id] = r.seconds;
    json set_types = json::array();
    for (SetType t : {SetType::Warmup, SetType::Working, SetType::Failure, SetType::Drop, SetType::RestPause,
                      SetType::Myo, SetType::Forced})
        set_types.push_back(set_type_id(t));
    json out;
    out["rest"]["byClass"] = std::move(by_class);
    out["rest"]["bySetType"] = std::move(by_type);
    out["setTypes"] = std::move(set_types);
    out["formats"]["import"] = import_format_list();
    out["formats"]["export"] = export_format_list();
    json& limits = out["limits"];
    limits["workouts"] = kMaxWorkouts;
    limits["sets"] = kMaxSets;
    limits["exercisesPerWorkout"] = kMaxExercisesPerWorkout;
    limits["setsPerExercise"] = kMaxSetsPerExercise;
    limits["customExercises"] = kMaxCustomExercises;
    limits["nameLength"] = kMaxNameLength;
    limits["noteLength"] = kMaxNoteLength;
    limits["reps"] = kMaxLoggedReps;
    limits["load"] = kMaxLoggedLoad;
    limits["importBytes"] = kMaxImportBytes;
    return out;
}

}  // namespace proximity::history
