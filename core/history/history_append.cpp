#include "core/history/history_append.hpp"

#include "core/common/input_error.hpp"
#include "core/common/quoted_text.hpp"
#include "core/history/history_limits.hpp"

#include <algorithm>

namespace proximity::history {

std::size_t append_workout(History& h, Workout w) {
    std::size_t sets = 0;
    for (const auto& x : w.exercises) sets += x.sets.size();
    if (h.workouts.size() >= kMaxWorkouts)
        throw InputError("workout", "the history is full: it may hold at most " + std::to_string(kMaxWorkouts) + " workouts");
    if (set_count(h) + sets > kMaxSets)
        throw InputError("workout", "the history is full: it may hold at most " + std::to_string(kMaxSets) + " sets");
    auto at = std::upper_bound(h.workouts.begin(), h.workouts.end(), w.start,
                               [](const std::string& start, const Workout& o) { return start < o.start; });
    const std::size_t index = std::size_t(at - h.workouts.begin());
    h.workouts.insert(at, std::move(w));
    return index;
}

void check_logged_exercise(const History& h, const exercise::ExerciseLibrary& library, const LoggedExercise& logged) {
    const bool custom = std::any_of(h.custom_exercises.begin(), h.custom_exercises.end(),
                                    [&](const CustomExercise& c) { return c.id == logged.exercise; });
    if (!custom && !library.find(logged.exercise))
        throw InputError("exercise", "exercise: unknown exercise " + quoted_input(logged.exercise) +
                                         " (neither in the library nor among the history's custom exercises)");
    if (logged.name.size() > kMaxNameLength)
        throw InputError("name", "name may be at most " + std::to_string(kMaxNameLength) + " characters");
}

SetPlace log_set(History& h, const LoggedExercise& logged, LoggedSet set, std::optional<Workout> started) {
    if (started && !h.workouts.empty() && started->start < h.workouts.back().start)
        throw InputError("workout.start", "workout.start must not be before the last workout (" + h.workouts.back().start + ")");
    if (!started && h.workouts.empty())
        throw InputError("workout", "there is no workout to add the set to: give workout {start} to start one");
    if (set_count(h) + 1 > kMaxSets)
        throw InputError("set", "the history is full: it may hold at most " + std::to_string(kMaxSets) + " sets");
    if (started && h.workouts.size() >= kMaxWorkouts)
        throw InputError("workout", "the history is full: it may hold at most " + std::to_string(kMaxWorkouts) + " workouts");
    const Workout& last = started ? *started : h.workouts.back();
    const bool joins = !last.exercises.empty() && last.exercises.back().exercise == logged.exercise;
    if (!joins && last.exercises.size() >= kMaxExercisesPerWorkout)
        throw InputError("exercise", "a workout may have at most " + std::to_string(kMaxExercisesPerWorkout) + " exercises");
    if (joins && last.exercises.back().sets.size() >= kMaxSetsPerExercise)
        throw InputError("set", "an exercise may have at most " + std::to_string(kMaxSetsPerExercise) + " sets in a workout");
    // Checked: from here on nothing is refused.
    if (started) h.workouts.push_back(std::move(*started));
    Workout& w = h.workouts.back();
    if (!joins) w.exercises.push_back(logged);
    LoggedExercise& x = w.exercises.back();
    if (x.name.empty()) x.name = logged.name;
    x.sets.push_back(std::move(set));
    return {h.workouts.size() - 1, w.exercises.size() - 1, x.sets.size() - 1};
}

}  // namespace proximity::history
