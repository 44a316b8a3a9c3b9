#include "core/api/handlers.hpp"

#include "core/analysis/analysis_memo.hpp"
#include "core/common/input_error.hpp"
#include "core/history/exercise_remap.hpp"
#include "core/history/history_file_name.hpp"
#include "core/history/history_import.hpp"
#include "core/history/next_set_load.hpp"
#include "core/history/strong_export.hpp"
#include "core/json/history_answers.hpp"
#include "core/json/history_writer.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/load_reader.hpp"
#include "core/json/next_set_json.hpp"


namespace proximity::api {

using nlohmann::json;
namespace fields = proximity::fields;
using namespace proximity::history;

void import_to_history(const json& in, Call& call) {
    EngineState& state = call.changing_state();
    const History empty;
    const History& before = state.history ? *state.history : empty;
    ImportResult result = history::import_text(in, before, state.exercises);
    auto next = std::make_shared<History>(std::move(result.history));
    // The new workouts are handed out a page at a time (px.importedWorkouts), not here.
    std::vector<size_t> added = added_workouts(before, *next);
    json out;
    out["report"] = history::import_report_json(result.report);
    out["added"] = added.size();
    out["document"] = history_without_workouts_json(*next);
    out["workouts"] = next->workouts.size();
    out["sets"] = set_count(*next);
    state.history = next;
    state.imported = {next, std::move(added)};
    state.workout_ids = analysis::new_workout_ids(next->workouts.size());
    return call.answer(std::move(out));
}

void import_history(const json& in, Call& call) {
    const EngineState& state = call.state();
    ImportResult result = history::import_text(in, read_history_field(in, "history", state.exercises, false), state.exercises);
    json out;
    out["history"] = history_to_json(result.history);
    out["report"] = import_report_json(result.report);
    return call.answer(std::move(out));
}

void export_history(const json& in, Call& call) {
    const EngineState& state = call.state();
    // The history passed, else the one kept in the engine (setHistory, importToHistory).
    const History passed = read_history_field(in, "history", state.exercises, !state.history);
    const History& h = fields::has(in, "history") ? passed : *state.history;
    const bool strong = fields::read_enum(in, "format", "", export_format_list()) == "strong";
    json out;
    out["text"] = strong ? strong_csv_text(h, read_unit(in)) : history_to_json(h).dump(1);
    out["fileName"] = history_file_name(h, strong ? "-strong.csv" : ".json");
    return call.answer(std::move(out));
}

void read_history(const json& in, Call& call) {
    const EngineState& state = call.state();
    const History h = read_history_field(in, "history", state.exercises, true);
    json out;
    out["history"] = history_to_json(h);
    out["workouts"] = h.workouts.size();
    out["sets"] = set_count(h);
    out["customExercises"] = h.custom_exercises.size();
    return call.answer(std::move(out));
}

void remap_exercise(const json& in, Call& call) {
    const EngineState& state = call.state();
    History h = read_history_field(in, "history", state.exercises, true);
    const std::string to = fields::read_string(in, "to", "");
    const bool by_name = fields::has(in, "name");
    if (by_name == fields::has(in, "from")) throw_input_error("from", "give from (a custom exercise id) or name, not both");
    const size_t moved = by_name ? remap_name(h, fields::read_string(in, "name", ""), to, state.exercises)
                                 : history::remap_exercise(h, fields::read_string(in, "from", ""), to, state.exercises);
    json out;
    out["history"] = history_to_json(h);
    out["moved"] = moved;
    return call.answer(std::move(out));
}

void next_set_load(const json& in, Call& call) {
    const EngineState& state = call.state();
    const NextSetInput input = read_next_set_input(in, state.exercises);
    return call.answer(next_set_load_json(history::next_set_load(input.request), input));
}

void session_defaults(const json&, Call& call) { call.answer(session_defaults_json()); }

}  // namespace proximity::api
