#include "core/api/analysis_api.hpp"
#include "core/common/quoted_text.hpp"

#include "core/analysis/calendar_day.hpp"
#include "core/analysis/history_analysis.hpp"
#include "core/json/analysis_inputs.hpp"
#include "core/json/analysis_json.hpp"
#include "core/common/input_error.hpp"
#include "core/history/history_limits.hpp"
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

const history::History& kept(const EngineState& state) {
    if (!state.history)
        throw InputError("history", "there is no history yet: pass history, or keep one with setHistory first");
    return *state.history;
}

void check_room(const history::History& h, size_t more_sets, const std::string& field) {
    if (history::set_count(h) + more_sets > history::kMaxSets)
        throw InputError(field, "the history is full: it may hold at most " + std::to_string(history::kMaxSets) + " sets");
}

}  // namespace

json set_history(EngineState& state, const json& raw) {
    const json& in = fields::require_object(raw, "");
    if (!fields::has(in, "history")) throw InputError("history", "history is required");
    auto h = std::make_shared<history::History>(
        fields::read_under("history", [&] { return history::read_history(in.at("history"), state.exercises); }));
    std::shared_ptr<const profile::Profile> lifter;
    if (fields::has(in, "profile"))
        lifter = std::make_shared<const profile::Profile>(
            fields::read_under("profile", [&] { return profile::read_profile(in.at("profile"), state.exercises); }));
    state.history = h;
    state.profile = lifter;
    state.workout_ids = new_workout_ids(h->workouts.size());
    return counts(*h);
}

json clear_history(EngineState& state, const json& raw) {
    fields::require_object(raw, "");  // takes no fields (checked by the engine)
    state.history = std::make_shared<history::History>();
    state.workout_ids.clear();
    return counts(*state.history);
}

json append_workout(EngineState& state, const json& raw) {
    const json& in = fields::require_object(raw, "");
    if (!fields::has(in, "workout")) throw InputError("workout", "workout is required");
    const history::History empty;
    const history::History& current = state.history ? *state.history : empty;
    history::Workout w = history::read_workout(in.at("workout"), "workout", state.exercises, current.custom_exercises);
    if (current.workouts.size() >= history::kMaxWorkouts)
        throw InputError("workout", "the history is full: it may hold at most " + std::to_string(history::kMaxWorkouts) +
                                        " workouts");
    size_t sets = 0;
    for (const auto& x : w.exercises) sets += x.sets.size();
    check_room(current, sets, "workout");
    auto next = std::make_shared<history::History>(current);
    // After every workout that started no later (equal starts keep the order they came in).
    auto at = std::upper_bound(next->workouts.begin(), next->workouts.end(), w.start,
                               [](const std::string& start, const history::Workout& o) { return start < o.start; });
    const size_t index = size_t(at - next->workouts.begin());
    next->workouts.insert(at, std::move(w));
    state.history = next;
    state.workout_ids.insert(state.workout_ids.begin() + long(index), new_workout_id());
    json out = counts(*next);
    out["workout"] = index;
    return out;
}

json log_set(EngineState& state, const json& raw) {
    const json& in = fields::require_object(raw, "");
    const history::History empty;
    const history::History& current = state.history ? *state.history : empty;
    // Read everything first: a refused call changes nothing.
    history::LoggedExercise logged;
    logged.exercise = fields::read_string(in, "exercise", "");
    const bool custom = std::any_of(current.custom_exercises.begin(), current.custom_exercises.end(),
                                    [&](const history::CustomExercise& c) { return c.id == logged.exercise; });
    if (!custom && !state.exercises.find(logged.exercise))
        throw InputError("exercise", "exercise: unknown exercise " + quoted_input(logged.exercise) +
                                         " (neither in the library nor among the history's custom exercises)");
    logged.name = fields::read_optional_string(in, "name", "").value_or("");
    if (logged.name.size() > history::kMaxNameLength)
        throw InputError("name", "name may be at most " + std::to_string(history::kMaxNameLength) + " characters");
    if (!fields::has(in, "set")) throw InputError("set", "set is required");
    history::LoggedSet set = history::read_logged_set(in.at("set"), "set");
    std::optional<history::Workout> started;
    if (fields::has(in, "workout")) {
        json w = in.at("workout");
        if (!w.is_object()) throw InputError("workout", "workout must be an object");
        if (w.contains("exercises")) throw InputError("workout.exercises", "workout.exercises: logSet starts the workout with its set");
        w["exercises"] = json::array();
        started = history::read_workout(w, "workout", state.exercises, current.custom_exercises);
        if (!current.workouts.empty() && started->start < current.workouts.back().start)
            throw InputError("workout.start", "workout.start must not be before the last workout (" +
                                                  current.workouts.back().start + ")");
    } else if (current.workouts.empty()) {
        throw InputError("workout", "there is no workout to add the set to: give workout {start} to start one");
    }
    check_room(current, 1, "set");
    if (started && current.workouts.size() >= history::kMaxWorkouts)
        throw InputError("workout", "the history is full: it may hold at most " + std::to_string(history::kMaxWorkouts) +
                                        " workouts");

    auto next = std::make_shared<history::History>(current);
    if (started) next->workouts.push_back(std::move(*started));
    history::Workout& w = next->workouts.back();
    if (w.exercises.empty() || w.exercises.back().exercise != logged.exercise) {
        if (w.exercises.size() >= history::kMaxExercisesPerWorkout)
            throw InputError("exercise", "a workout may have at most " + std::to_string(history::kMaxExercisesPerWorkout) +
                                             " exercises");
        w.exercises.push_back(logged);
    }
    history::LoggedExercise& x = w.exercises.back();
    if (x.sets.size() >= history::kMaxSetsPerExercise)
        throw InputError("set", "an exercise may have at most " + std::to_string(history::kMaxSetsPerExercise) +
                                    " sets in a workout");
    if (x.name.empty()) x.name = logged.name;
    x.sets.push_back(std::move(set));
    json out = counts(*next);
    out["workout"] = next->workouts.size() - 1;
    out["exercise"] = w.exercises.size() - 1;
    out["set"] = x.sets.size() - 1;
    state.history = next;
    if (started) state.workout_ids.push_back(new_workout_id());
    else state.workout_ids.back() = new_workout_id();  // the last workout changed
    return out;
}

json analyze_history(const EngineState& state, const json& raw) {
    const json& in = fields::require_object(raw, "");
    int from = -100000000;  // before any date: everything
    if (fields::has(in, "from")) from = analysis::day_number(analysis::read_date(in, "from"));
    // exercise: null = no exercise's per-session lists (a page's first look: the list of
    // exercises and every card, then the chosen exercise's trend).
    std::optional<std::string> only;
    if (in.contains("exercise")) only = in.at("exercise").is_null() ? std::string() : fields::read_string(in, "exercise", "");
    const analysis::AnalysisOptions options = analysis::read_analysis_options(in, state.exercises, state.profile.get());
    std::optional<history::History> given;
    if (fields::has(in, "history"))
        given = fields::read_under("history", [&] { return history::read_history(in.at("history"), state.exercises); });
    const history::History& h = given ? *given : kept(state);
    if (!options.today.empty() && !h.workouts.empty() &&
        analysis::day_number(options.today) < analysis::day_number(h.workouts.back().start))
        throw InputError("today", "today (" + options.today + ") is before the last workout (" +
                                      h.workouts.back().start.substr(0, 10) + ")");
    if (given) return analysis::analysis_json(analysis::analyze_history(h, state.exercises, state.rules, options), h, from, only);
    // The kept history: start from the last analysis of it (analysis_memo.hpp).
    auto [previous, unchanged] = state.memo->take(state.workout_ids);
    analysis::HistoryAnalysis a = analysis::analyze_history(h, state.exercises, state.rules, options,
                                                            previous ? &*previous : nullptr, unchanged);
    json out = analysis::analysis_json(a, h, from, only);
    state.memo->keep(std::move(a), state.workout_ids, state.exercises, state.rules);
    return out;
}

}  // namespace proximity::api
