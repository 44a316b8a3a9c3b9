#include "core/api/handlers.hpp"

#include "core/api/kept_analysis.hpp"
#include "core/json/history_answers.hpp"
#include "core/common/quoted_text.hpp"

#include "core/analysis/calendar_day.hpp"
#include "core/analysis/history_analysis.hpp"
#include "core/json/analysis_inputs.hpp"
#include "core/json/analysis_json.hpp"
#include "core/common/input_error.hpp"
#include "core/history/history_append.hpp"
#include "core/json/history_reader.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/read_under.hpp"
#include "core/json/profile_reader.hpp"

#include <algorithm>
#include <limits>

namespace proximity::api {

using nlohmann::json;

namespace {

json counts(const history::History& h) {
    return json{{"workouts", h.workouts.size()}, {"sets", history::set_count(h)}};
}

}  // namespace

void set_history(const json& in, Call& call) {
    EngineState& state = call.changing_state();
    auto h = std::make_shared<history::History>(history::read_history_field(in, "history", state.exercises, true));
    std::shared_ptr<const profile::Profile> lifter;
    if (fields::has(in, "profile"))
        lifter = std::make_shared<const profile::Profile>(
            fields::read_under("profile", [&] { return profile::read_profile(in.at("profile"), state.exercises); }));
    state.history = h;
    state.profile = lifter;
    state.workout_ids = analysis::new_workout_ids(h->workouts.size());
    return call.answer(counts(*h));
}

void clear_history(const json&, Call& call) {
    EngineState& state = call.changing_state();
    state.history = std::make_shared<history::History>();
    state.workout_ids.clear();
    return call.answer(counts(*state.history));
}

void append_workout(const json& in, Call& call) {
    EngineState& state = call.changing_state();
    auto next = std::make_shared<history::History>(state.history ? *state.history : history::History{});
    history::Workout w = history::read_workout(in.at("workout"), "workout", state.exercises, next->custom_exercises);
    const size_t index = history::append_workout(*next, std::move(w));
    state.history = next;
    state.workout_ids.insert(state.workout_ids.begin() + long(index), analysis::new_workout_id());
    json out = counts(*next);
    out["workout"] = index;
    return call.answer(std::move(out));
}

void log_set(const json& in, Call& call) {
    EngineState& state = call.changing_state();
    auto next = std::make_shared<history::History>(state.history ? *state.history : history::History{});
    // Read everything first: a refused call changes nothing.
    history::LoggedExercise logged;
    logged.exercise = fields::read_string(in, "exercise", "");
    logged.name = fields::read_optional_string(in, "name", "").value_or("");
    history::check_logged_exercise(*next, state.exercises, logged);
    history::LoggedSet set = history::read_logged_set(in.at("set"), "set");
    std::optional<history::Workout> started;
    if (fields::has(in, "workout")) {
        json w = in.at("workout");
        if (w.contains("exercises")) throw InputError("workout.exercises", "workout.exercises: logSet starts the workout with its set");
        w["exercises"] = json::array();
        started = history::read_workout(w, "workout", state.exercises, next->custom_exercises);
    }
    const history::SetPlace at = history::log_set(*next, logged, std::move(set), std::move(started));
    json out = counts(*next);
    out["workout"] = at.workout;
    out["exercise"] = at.exercise;
    out["set"] = at.set;
    const bool new_workout = next->workouts.size() > state.workout_ids.size();
    state.history = next;
    if (new_workout) state.workout_ids.push_back(analysis::new_workout_id());
    else state.workout_ids.back() = analysis::new_workout_id();  // the last workout changed
    return call.answer(std::move(out));
}

void analyze_history(const json& in, Call& call) {
    const EngineState& state = call.state();
    int from = -100000000;  // before any date: everything
    if (fields::has(in, "from")) from = analysis::day_number(analysis::read_date(in, "from"));
    // exercise: null = no exercise's per-session lists (a page's first look: the list of
    // exercises and every card, then the chosen exercise's trend).
    std::optional<std::string> only;
    if (in.contains("exercise")) only = in.at("exercise").is_null() ? std::string() : fields::read_string(in, "exercise", "");
    const analysis::AnalysisOptions options = analysis::read_analysis_options(in, state.exercises, state.profile.get());
    const HistoryToAnalyse h = history_to_analyse(state, in, options.today);
    return call.answer(answer_from_analysis(state, h, options, [&](const analysis::HistoryAnalysis& a) {
        return analysis::analysis_json(a, *h.history, from, only);
    }));
}

}  // namespace proximity::api
