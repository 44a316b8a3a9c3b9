#include "core/api/history_api.hpp"

#include "core/shapes/history_contract.hpp"
#include "core/common/quoted_text.hpp"

#include "core/analysis/analysis_memo.hpp"
#include "core/json/effort_json.hpp"
#include "core/json/load_reader.hpp"
#include "core/json/load_documents.hpp"
#include "core/common/input_error.hpp"
#include "core/history/exercise_remap.hpp"
#include "core/history/history_import.hpp"
#include "core/history/history_limits.hpp"
#include "core/history/next_set_load.hpp"
#include "core/history/rest_defaults.hpp"
#include "core/history/strong_export.hpp"
#include "core/json/history_reader.hpp"
#include "core/json/history_writer.hpp"
#include "core/json/json_fields.hpp"
#include "core/profile/profile.hpp"

#include <unordered_set>

namespace proximity::api {

using nlohmann::json;
namespace fields = proximity::fields;
using namespace proximity::history;

namespace {

const std::vector<std::string> kExportFormats = {"proximity", "strong"};

json report_json(const ImportReport& r) {
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

std::string export_file_name(const History& h, const char* suffix) {
    std::string name = "proximity-history";
    if (!h.workouts.empty()) name += "-" + h.workouts.back().start.substr(0, 10);
    return name + suffix;
}

// Default equipment for an exercise: its library or custom equipment, else a barbell;
// and how its load works (an exercise not given: an external load).
load::Equipment equipment_for(const json& in, const EngineState& state, units::Unit unit, RestClass& rest_class,
                              exercise::LoadKind& kind) {
    rest_class = RestClass::Compound;
    kind = exercise::LoadKind::External;
    load::EquipmentType type = load::EquipmentType::Barbell;
    if (auto id = fields::read_optional_string(in, "exercise", "")) {
        const exercise::Exercise* e = state.exercises.find(*id);
        if (!e) throw_input_error("exercise", "exercise: unknown exercise " + quoted_input(*id));
        rest_class = rest_class_of(*e);
        type = profile::equipment_type_of(*e);
        kind = e->load_kind;
    }
    return read_equipment(in, unit).value_or(load::default_equipment(type, unit));
}

}  // namespace

// The history document at in[name], with error paths under "history." ("history.workouts[2].name").
History history_field(const json& in, const char* name, const exercise::ExerciseLibrary& library, bool required) {
    if (!fields::has(in, name)) {
        if (required) throw_input_error(name, std::string(name) + " is required");
        return {};
    }
    try {
        return history::read_history(in.at(name), library);
    } catch (const InputError& e) {
        const std::string field = e.field().empty() ? name : std::string(name) + "." + e.field();
        throw InputError(field, std::string(name) + (e.field().empty() ? ": " : ".") + e.what());
    }
}

namespace {

// The file of an import call ({text, format?, unit?}) imported into `existing`.
ImportResult import_text(const EngineState& state, const json& in, History existing) {
    // Read where it lies in the input (a string, checked by the engine): a 13 MB export is
    // not copied again.
    if (!fields::has(in, "text") || !in.at("text").is_string()) throw_input_error("text", "text is required");
    const std::string& text = in.at("text").get_ref<const std::string&>();
    const ImportFormat format =
        *import_format_from_id(fields::read_enum_or(in, "format", "", import_format_list(), "auto"));
    return history::import_history(text, format, std::move(existing), state.exercises, read_unit(in));
}

}  // namespace

json import_to_history(EngineState& state, const json& raw) {
    const json& in = fields::require_object(raw, "");
    const History empty;
    const History& before = state.history ? *state.history : empty;
    std::unordered_set<std::string> kept;
    for (const Workout& w : before.workouts) kept.insert(w.start + '\x1f' + w.name);
    ImportResult result = import_text(state, in, before);
    auto next = std::make_shared<History>(std::move(result.history));
    // The new workouts are handed out a page at a time (px.importedWorkouts), not here.
    std::vector<size_t> added;
    for (size_t i = 0; i < next->workouts.size(); ++i)
        if (!kept.count(next->workouts[i].start + '\x1f' + next->workouts[i].name)) added.push_back(i);
    History rest;
    rest.custom_exercises = next->custom_exercises;
    rest.mapping = next->mapping;
    json document = history_to_json(rest);
    document.erase("workouts");
    json out;
    out["report"] = report_json(result.report);
    out["added"] = added.size();
    out["document"] = std::move(document);
    out["workouts"] = next->workouts.size();
    out["sets"] = set_count(*next);
    state.history = next;
    state.imported = {next, std::move(added)};
    state.workout_ids = analysis::new_workout_ids(next->workouts.size());
    return out;
}

json import_history(const EngineState& state, const json& raw) {
    const json& in = fields::require_object(raw, "");
    ImportResult result = import_text(state, in, history_field(in, "history", state.exercises, false));
    json out;
    out["history"] = history_to_json(result.history);
    out["report"] = report_json(result.report);
    return out;
}

json export_history(const EngineState& state, const json& raw) {
    const json& in = fields::require_object(raw, "");
    // The history passed, else the one kept in the engine (setHistory, importToHistory).
    const History passed = history_field(in, "history", state.exercises, !state.history);
    const History& h = fields::has(in, "history") ? passed : *state.history;
    const std::string format = fields::read_enum(in, "format", "", kExportFormats);
    json out;
    if (format == "strong") {
        out["text"] = strong_csv_text(h, read_unit(in));
        out["fileName"] = export_file_name(h, "-strong.csv");
    } else {
        out["text"] = history_to_json(h).dump(1);
        out["fileName"] = export_file_name(h, ".json");
    }
    return out;
}

json read_history(const EngineState& state, const json& raw) {
    const json& in = fields::require_object(raw, "");
    const History h = history_field(in, "history", state.exercises, true);
    json out;
    out["history"] = history_to_json(h);
    out["workouts"] = h.workouts.size();
    out["sets"] = set_count(h);
    out["customExercises"] = h.custom_exercises.size();
    return out;
}

json remap_exercise(const EngineState& state, const json& raw) {
    const json& in = fields::require_object(raw, "");
    History h = history_field(in, "history", state.exercises, true);
    const std::string to = fields::read_string(in, "to", "");
    const bool by_name = fields::has(in, "name");
    if (by_name == fields::has(in, "from")) throw_input_error("from", "give from (a custom exercise id) or name, not both");
    const size_t moved = by_name ? remap_name(h, fields::read_string(in, "name", ""), to, state.exercises)
                                 : history::remap_exercise(h, fields::read_string(in, "from", ""), to, state.exercises);
    json out;
    out["history"] = history_to_json(h);
    out["moved"] = moved;
    return out;
}

json next_set_load(const EngineState& state, const json& raw) {
    const json& in = fields::require_object(raw, "");
    NextSetRequest r;
    r.unit = read_unit(in);
    r.formula = read_formula(in);
    r.rounding = read_rounding(in);
    RestClass rest_class = RestClass::Compound;
    r.equipment = equipment_for(in, state, r.unit, rest_class, r.kind);
    if (fields::has(in, "e1rm")) r.e1rm_before = read_positive(in, "e1rm", "");
    if (fields::has(in, "bodyWeight"))
        r.body_weight = fields::read_number(in, "bodyWeight", "", profile::kBodyWeightLimit.min, profile::kBodyWeightLimit.max);

    if (!fields::has(in, "set")) throw_input_error("set", "set is required: the set just logged");
    const json& set = fields::require_object(in.at("set"), "set");
    fields::reject_unknown_fields(set, "set", shapes::kJustLoggedSet);
    // A bodyweight set may add nothing (load 0); any other set has a load.
    r.load = r.kind == exercise::LoadKind::External ? read_positive(set, "load", "set")
                                                    : fields::read_number(set, "load", "set", 0.0, load::kMaxLoad);
    if (fields::has(in, "calibration")) r.bias = read_calibration(in.at("calibration")).bias;
    r.failure = fields::read_bool_or(set, "failure", "set", false);
    const bool called = fields::has(set, "rir") || fields::has(set, "rpe");
    if (!called && !r.failure)
        throw_input_error("set", "set needs its effort (rir or rpe) or failure: true to re-estimate the e1RM");
    if (called && r.failure) throw_input_error("set.failure", "set: give rir or rpe, or failure: true, not both");
    if (r.failure) {
        json at_failure = set;  // reached failure: RIR 0, read with the same rules as any effort
        at_failure.erase("failure");
        at_failure.erase("type");
        at_failure["rir"] = 0;
        r.done = load::read_effort(at_failure, "set");
    } else {
        r.done = load::read_effort(set, "set");
    }
    if (fields::has(set, "failureReps")) {
        if (r.failure) throw_input_error("set.failureReps", "set: a test set gives its call (rir or rpe), not failure: true");
        r.failure_reps = fields::read_int(set, "failureReps", "set", int(r.done.reps), int(load::kFailureRepsLimit.max));
    }
    SetType type = SetType::Working;
    if (auto t = fields::read_optional_string(set, "type", "set")) {
        auto v = set_type_from_id(*t);
        if (!v) throw_input_error("set.type", "set.type must be one of " + set_type_ids() + " (got " + quoted_input(*t) + ")");
        type = *v;
    }

    if (!fields::has(in, "target")) throw_input_error("target", "target is required: the next set's reps and RIR or RPE");
    const json& target = fields::require_object(in.at("target"), "target");
    fields::reject_unknown_fields(target, "target", shapes::kSetTarget);
    if (!fields::has(target, "rir") && !fields::has(target, "rpe"))
        throw_input_error("target", "target needs rir or rpe");
    r.target = load::read_effort(target, "target");

    const NextSetLoad next = history::next_set_load(r);
    json out;
    out["e1rm"] = next.e1rm;
    if (next.change) out["change"] = *next.change;
    out["load"] = next.load;
    out["percent"] = next.percent;
    out["rounded"] = rounded_json(next.rounded, r.equipment);
    if (next.effective) out["effectiveLoad"] = *next.effective;
    out["unit"] = units::unit_name(r.unit);
    out["formula"] = load::formula_name(r.formula);
    out["reason"] = next.reason;
    out["rest"]["seconds"] = rest_seconds(rest_class, type);
    out["rest"]["class"] = rest_class_id(rest_class);
    out["warnings"] = next.warnings;
    return out;
}

json session_defaults(const json& raw) {
    fields::require_object(raw, "");  // takes no fields (checked by the engine)
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
    out["formats"]["export"] = kExportFormats;
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

}  // namespace proximity::api
