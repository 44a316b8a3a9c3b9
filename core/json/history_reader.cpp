#include "core/json/history_reader.hpp"

#include "core/shapes/history_shapes.hpp"
#include "core/common/quoted_text.hpp"

#include "core/common/input_error.hpp"
#include "core/common/kebab_id.hpp"
#include "core/common/number_text.hpp"
#include "core/history/history_document.hpp"
#include "core/history/history_limits.hpp"
#include "core/history/local_time.hpp"
#include "core/json/effort_fields.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/json_text.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace proximity::history {

using nlohmann::json;
namespace fields = proximity::fields;

namespace {

std::string index_path(const std::string& parent, const char* name, size_t i) {
    return fields::path(parent, name) + "[" + std::to_string(i) + "]";
}

const json& require_object_at(const json& v, const std::string& where) {
    return fields::require_object_at(v, where, "a history");
}

// An array member; absent is an empty array unless `required`.
const json& read_array(const json& obj, const char* name, const std::string& parent, size_t max, bool required) {
    return fields::read_array(obj, name, parent, 0, max, required);
}

std::string read_text(const json& obj, const char* name, const std::string& parent, size_t max_length,
                      bool required) {
    const std::string field = fields::path(parent, name);
    auto s = fields::read_optional_string(obj, name, parent);
    if (!s) {
        if (required) throw_input_error(field, field + " is required");
        return "";
    }
    if (required && s->find_first_not_of(" \t\r\n") == std::string::npos)
        throw_input_error(field, field + " must not be empty");
    if (s->size() > max_length)
        throw_input_error(field, field + " may be at most " + std::to_string(max_length) + " characters");
    return *s;
}

std::string read_time(const json& obj, const char* name, const std::string& parent, bool required) {
    const std::string field = fields::path(parent, name);
    const std::string s = read_text(obj, name, parent, 40, required);
    if (s.empty()) return s;
    auto t = parse_local_time(s);
    if (!t)
        throw_input_error(field, field + " must be a local date and time such as 2024-11-28T17:36:08 (got " + quoted_input(s) +
                                     ")");
    return local_time_text(*t);
}

Effort read_effort(const json& j, const std::string& where) {
    const auto effort = fields::read_optional_effort(j, where, kLoggedRpeLimit);
    if (!effort) return {};
    return {effort->rpe ? EffortKind::Rpe : EffortKind::Rir, effort->value};
}

LoggedSet read_set(const json& raw, const std::string& where) {
    const json& j = require_object_at(raw, where);
    fields::reject_unknown_fields(j, where, shapes::kLoggedSet);
    LoggedSet s;
    s.load = fields::read_number(j, "load", where, 0, kMaxLoggedLoad);
    const std::string unit = fields::read_enum(j, "unit", where, {"kg", "lb"});
    s.unit = *units::unit_from_name(unit);
    s.reps = fields::read_int(j, "reps", where, 0, kMaxLoggedReps);
    s.effort = read_effort(j, where);
    if (auto type = fields::read_optional_string(j, "type", where)) {
        auto t = set_type_from_id(*type);
        const std::string field = fields::path(where, "type");
        if (!t) throw_input_error(field, field + " must be one of " + set_type_ids() + " (got " + quoted_input(*type) + ")");
        s.type = *t;
    }
    s.failure = fields::read_bool_or(j, "failure", where, s.type == SetType::Failure);
    if (s.type == SetType::Warmup && s.failure)
        throw_input_error(fields::path(where, "failure"), where + " is a warm-up and cannot have reached failure");
    s.seconds = fields::read_optional_number(j, "seconds", where, 0, kMaxDuration);
    s.distance = fields::read_optional_number(j, "distance", where, 0, kMaxDistance);
    if (s.reps == 0 && !s.seconds && !s.distance)
        throw_input_error(fields::path(where, "reps"),
                          fields::path(where, "reps") + " must be at least 1 (a row without reps needs seconds or distance)");
    s.failure_reps = fields::read_optional_int(j, "failureReps", where, 1, kMaxLoggedReps);
    if (s.failure_reps) {
        const std::string field = fields::path(where, "failureReps");
        if (s.effort.kind == EffortKind::None)
            throw_input_error(field, field + ": a calibration test needs the RIR or RPE called at " +
                                         std::to_string(s.reps) + " reps");
        if (*s.failure_reps < s.reps)
            throw_input_error(field, field + " (" + std::to_string(*s.failure_reps) + ") must be at least reps (" +
                                         std::to_string(s.reps) + "): the set went on to failure from there");
    }
    s.time = read_time(j, "time", where, false);
    s.note = read_text(j, "note", where, kMaxNoteLength, false);
    return s;
}

struct Known {
    const exercise::ExerciseLibrary& library;
    std::unordered_set<std::string> custom;
    bool has(const std::string& id) const { return custom.count(id) || library.find(id); }
};

std::string read_exercise_id(const json& j, const std::string& where, const Known& known) {
    const std::string field = fields::path(where, "exercise");
    const std::string id = fields::read_string(j, "exercise", where);
    if (!known.has(id))
        throw_input_error(field, field + ": unknown exercise " + quoted_input(id) +
                                     " (neither in the library nor among customExercises)");
    return id;
}

LoggedExercise read_exercise_entry(const json& raw, const std::string& where, const Known& known, size_t& total) {
    const json& j = require_object_at(raw, where);
    fields::reject_unknown_fields(j, where, shapes::kLoggedExercise);
    LoggedExercise x;
    x.exercise = read_exercise_id(j, where, known);
    x.name = read_text(j, "name", where, kMaxNameLength, false);
    x.note = read_text(j, "note", where, kMaxNoteLength, false);
    x.superset = fields::read_optional_int(j, "superset", where, 0, 1000000);
    const json& sets = read_array(j, "sets", where, kMaxSetsPerExercise, true);
    total += sets.size();
    if (total > kMaxSets)
        throw_input_error("workouts", "a history may have at most " + std::to_string(kMaxSets) + " sets (" +
                                          kHistorySetsLimit.reason + ")");
    x.sets.reserve(sets.size());
    for (size_t i = 0; i < sets.size(); ++i) x.sets.push_back(read_set(sets[i], index_path(where, "sets", i)));
    return x;
}

Workout read_workout(const json& raw, const std::string& where, const Known& known, size_t& total) {
    const json& j = require_object_at(raw, where);
    fields::reject_unknown_fields(j, where, shapes::kWorkout);
    Workout w;
    w.start = read_time(j, "start", where, true);
    w.name = read_text(j, "name", where, kMaxNameLength, false);
    if (auto source = fields::read_optional_string(j, "source", where)) {
        auto s = source_from_id(*source);
        const std::string field = fields::path(where, "source");
        if (!s) throw_input_error(field, field + " must be one of " + source_ids() + " (got " + quoted_input(*source) + ")");
        w.source = *s;
    }
    w.duration = fields::read_optional_int(j, "duration", where, 0, kMaxDuration);
    w.note = read_text(j, "note", where, kMaxNoteLength, false);
    if (fields::has(j, "plan")) {
        const std::string pw = fields::path(where, "plan");
        const json& p = require_object_at(j.at("plan"), pw);
        fields::reject_unknown_fields(p, pw, shapes::kPlanSession);
        w.plan = PlanSession{fields::read_int(p, "week", pw, 0, 1000), fields::read_int(p, "session", pw, 0, 1000)};
    }
    const json& exercises = read_array(j, "exercises", where, kMaxExercisesPerWorkout, true);
    w.exercises.reserve(exercises.size());
    for (size_t x = 0; x < exercises.size(); ++x)
        w.exercises.push_back(read_exercise_entry(exercises[x], index_path(where, "exercises", x), known, total));
    return w;
}

CustomExercise read_custom(const json& raw, const std::string& where, const exercise::ExerciseLibrary& library) {
    const json& j = require_object_at(raw, where);
    fields::reject_unknown_fields(j, where, shapes::kCustomExercise);
    CustomExercise c;
    const std::string id_field = fields::path(where, "id");
    c.id = fields::read_string(j, "id", where);
    if (!is_kebab_id(c.id) || c.id.rfind("custom-", 0) != 0)
        throw_input_error(id_field, id_field + " must start with \"custom-\" and be kebab-case (got " + quoted_input(c.id) + ")");
    if (library.find(c.id)) throw_input_error(id_field, id_field + ": " + quoted_input(c.id) + " is already a library exercise");
    c.name = read_text(j, "name", where, kMaxNameLength, true);
    c.movement_class = *exercise::movement_class_from_id(fields::read_enum(j, "class", where, {"compound", "isolation"}));
    c.equipment = *exercise::equipment_from_id(
        fields::read_enum(j, "equipment", where, {"freeWeight", "machine", "cable", "bodyweight"}));
    c.verified = fields::read_bool_or(j, "verified", where, false);
    return c;
}

}  // namespace

Workout read_workout(const json& value, const std::string& where, const exercise::ExerciseLibrary& library,
                     const std::vector<CustomExercise>& custom) {
    Known known{library, {}};
    for (const CustomExercise& c : custom) known.custom.insert(c.id);
    size_t total = 0;
    return read_workout(value, where, known, total);
}

LoggedSet read_logged_set(const json& value, const std::string& where) { return read_set(value, where); }

History read_history(const json& doc, const exercise::ExerciseLibrary& library) {
    const json& j = require_object_at(doc, "");
    fields::reject_unknown_fields(j, "", shapes::kHistory);
    const int version = fields::read_int(j, "version", "", 1, 1000);
    if (version != kHistoryVersion)
        throw_input_error("version", "this is a version " + std::to_string(version) +
                                         " history; this Proximity reads version " + std::to_string(kHistoryVersion));
    History h;
    Known known{library, {}};
    const json& customs = read_array(j, "customExercises", "", kMaxCustomExercises, false);
    for (size_t i = 0; i < customs.size(); ++i) {
        const std::string where = index_path("", "customExercises", i);
        CustomExercise c = read_custom(customs[i], where, library);
        if (!known.custom.insert(c.id).second)
            throw_input_error(where + ".id", where + ".id: " + quoted_input(c.id) + " appears twice");
        h.custom_exercises.push_back(std::move(c));
    }
    const json& mapping = read_array(j, "mapping", "", kMaxMappings, false);
    for (size_t i = 0; i < mapping.size(); ++i) {
        const std::string where = index_path("", "mapping", i);
        const json& m = require_object_at(mapping[i], where);
        fields::reject_unknown_fields(m, where, shapes::kNameMapping);
        NameMapping nm;
        nm.name = read_text(m, "name", where, kMaxNameLength, true);
        nm.exercise = read_exercise_id(m, where, known);
        h.mapping.push_back(std::move(nm));
    }
    const json& workouts = read_array(j, "workouts", "", kMaxWorkouts, true);
    size_t total = 0;
    h.workouts.reserve(workouts.size());
    for (size_t w = 0; w < workouts.size(); ++w)
        h.workouts.push_back(read_workout(workouts[w], index_path("", "workouts", w), known, total));
    sort_by_start(h);
    return h;
}

History read_history_document(std::string_view text, const exercise::ExerciseLibrary& library) {
    json doc;
    try {
        doc = parse_json(std::string(text));
    } catch (const json::parse_error& e) {
        throw_input_error("text", "the file is not valid JSON (" + json_position_text(text, e.byte) + ")");
    }
    return read_history(doc, library);
}

}  // namespace proximity::history
