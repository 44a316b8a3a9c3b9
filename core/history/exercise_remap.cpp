#include "core/history/exercise_remap.hpp"
#include "core/common/quoted_text.hpp"

#include "core/common/input_error.hpp"
#include "core/history/exercise_names.hpp"
#include "core/history/history_limits.hpp"

#include <algorithm>
#include <unordered_set>

namespace proximity::history {

namespace {

bool is_custom(const History& h, const std::string& id) {
    return std::any_of(h.custom_exercises.begin(), h.custom_exercises.end(),
                       [&](const CustomExercise& c) { return c.id == id; });
}
void check_target(const History& h, const std::string& to, const exercise::ExerciseLibrary& library) {
    if (!is_custom(h, to) && !library.find(to))
        throw_input_error("to", "to: unknown exercise " + quoted_input(to) + " (neither in the library nor a custom exercise)");
}

// Removes the custom exercises no logged entry and no mapping refers to any more.
void drop_unused_customs(History& h) {
    std::unordered_set<std::string> used;
    for (const Workout& w : h.workouts)
        for (const LoggedExercise& x : w.exercises) used.insert(x.exercise);
    for (const NameMapping& m : h.mapping) used.insert(m.exercise);
    h.custom_exercises.erase(std::remove_if(h.custom_exercises.begin(), h.custom_exercises.end(),
                                            [&](const CustomExercise& c) { return !used.count(c.id); }),
                             h.custom_exercises.end());
}

}  // namespace

size_t remap_exercise(History& h, const std::string& from, const std::string& to,
                      const exercise::ExerciseLibrary& library) {
    check_target(h, to, library);
    if (from == to) throw_input_error("to", "to is the exercise itself");
    size_t moved = 0;
    bool found = is_custom(h, from);
    for (Workout& w : h.workouts)
        for (LoggedExercise& x : w.exercises)
            if (x.exercise == from) {
                x.exercise = to;
                moved += x.sets.size();
                found = true;
            }
    for (NameMapping& m : h.mapping)
        if (m.exercise == from) {
            m.exercise = to;
            found = true;
        }
    if (!found) throw_input_error("from", "from: " + quoted_input(from) + " is not in this history");
    drop_unused_customs(h);
    return moved;
}

size_t remap_name(History& h, const std::string& name, const std::string& to,
                  const exercise::ExerciseLibrary& library) {
    check_target(h, to, library);
    const std::string key = normalized_name(name);
    size_t moved = 0;
    bool found = false;
    for (Workout& w : h.workouts)
        for (LoggedExercise& x : w.exercises)
            if (normalized_name(x.name) == key) {
                x.exercise = to;
                moved += x.sets.size();
                found = true;
            }
    bool learnt = false;
    for (NameMapping& m : h.mapping)
        if (normalized_name(m.name) == key) {
            m.exercise = to;
            learnt = found = true;
        }
    if (!found) throw_input_error("name", "no exercise of this history is logged as " + quoted_input(name));
    if (!learnt) {
        if (h.mapping.size() >= kMaxMappings)
            throw_input_error("name", "the history already holds " + std::to_string(kMaxMappings) + " learnt names");
        h.mapping.push_back({name, to});
    }
    drop_unused_customs(h);
    return moved;
}

}  // namespace proximity::history
