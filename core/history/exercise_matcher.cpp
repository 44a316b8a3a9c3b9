#include "core/history/exercise_matcher.hpp"

#include "core/common/input_error.hpp"
#include "core/history/custom_exercise_guess.hpp"
#include "core/history/exercise_names.hpp"
#include "core/history/history_limits.hpp"

#include <set>

namespace proximity::history {

ExerciseMatcher::ExerciseMatcher(History& history, const exercise::ExerciseLibrary& library)
    : history_(history), library_(library) {
    // Later sources only fill gaps: the history's mapping wins over everything.
    for (const NameMapping& m : history.mapping) known_.emplace(normalized_name(m.name), m.exercise);
    for (const auto& [alias, id] : builtin_aliases()) known_.emplace(alias, id);
    for (const exercise::Exercise& e : library.all()) {
        known_.emplace(normalized_name(e.name), e.id);
        known_.emplace(normalized_name(e.id), e.id);
    }
    for (const CustomExercise& c : history.custom_exercises) known_.emplace(normalized_name(c.name), c.id);
}

NameMatch ExerciseMatcher::match(const std::string& name) {
    if (auto hit = cache_.find(name); hit != cache_.end()) return hit->second;
    const std::string key = normalized_name(name);
    NameMatch m;
    if (auto it = known_.find(key); it != known_.end()) {
        m.exercise = it->second;
    } else {
        if (history_.custom_exercises.size() >= kMaxCustomExercises)
            throw_input_error("text", "the history already holds " + std::to_string(kMaxCustomExercises) +
                                          " custom exercises; map some to library exercises first");
        std::set<std::string> taken;
        for (const CustomExercise& c : history_.custom_exercises) taken.insert(c.id);
        const std::string base = custom_exercise_id(name);
        std::string id = base;
        for (int n = 2; taken.count(id) || library_.find(id); ++n)
            id = base.substr(0, 60) + "-" + std::to_string(n);
        history_.custom_exercises.push_back(guess_custom_exercise(name, id));
        history_.mapping.push_back({name, id});
        known_.emplace(key, id);
        m.exercise = id;
    }
    m.mapped = library_.find(m.exercise) != nullptr;
    cache_.emplace(name, m);
    return m;
}

}  // namespace proximity::history
