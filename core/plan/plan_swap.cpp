#include "core/plan/plan_swap.hpp"

#include "core/common/input_error.hpp"
#include "core/common/quoted_text.hpp"
#include "core/exercise/swap_candidates.hpp"

namespace proximity::plan {

int swap_in_plan(Plan& plan, int week, int session, int index, const std::string& to,
                 const exercise::ExerciseLibrary& library) {
    if (week < 0 || week >= static_cast<int>(plan.weeks.size())) throw InputError("week", "week is not in the plan");
    const auto& sessions = plan.weeks[week].sessions;
    if (session < 0 || session >= static_cast<int>(sessions.size()))
        throw InputError("session", "session is not in that week of the plan");
    const auto& exercises = sessions[session].exercises;
    if (index < 0 || index >= static_cast<int>(exercises.size()))
        throw InputError("index", "index is not an exercise of that session");
    const std::string from = exercises[index].exercise;
    const exercise::Exercise* old_one = library.find(from);
    const exercise::Exercise* new_one = library.find(to);
    if (!new_one) throw InputError("exercise", "exercise: unknown exercise " + quoted_input(to));
    if (!old_one || !exercise::same_primary_muscles(*old_one, *new_one))
        throw InputError("exercise", new_one->name + " does not train the same main muscles as " +
                                         (old_one ? old_one->name : from) + ", so it cannot take its place");
    int changed = 0;
    for (size_t w = static_cast<size_t>(week); w < plan.weeks.size(); ++w) {
        auto& later = plan.weeks[w].sessions;
        if (session >= static_cast<int>(later.size())) continue;
        auto& xs = later[session].exercises;
        if (index < static_cast<int>(xs.size()) && xs[index].exercise == from) {
            xs[index].exercise = to;
            ++changed;
        }
    }
    return changed;
}

}  // namespace proximity::plan
