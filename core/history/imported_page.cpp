#include "core/history/imported_page.hpp"

#include "core/history/history_limits.hpp"

namespace proximity::history {

ImportedPage imported_page(const History& kept, const std::vector<std::size_t>& added, int from, int count) {
    ImportedPage page;
    const auto total = static_cast<int>(added.size());
    std::size_t sets = 0;
    int next = from;
    for (; next < total && next - from < count; ++next) {
        const Workout& w = kept.workouts[added[std::size_t(next)]];
        std::size_t in_workout = 0;
        for (const LoggedExercise& x : w.exercises) in_workout += x.sets.size();
        if (next > from && sets + in_workout > std::size_t(kImportedPageSetsLimit.max)) break;
        sets += in_workout;
        page.workouts.push_back(&w);
    }
    page.next = next;
    return page;
}

}  // namespace proximity::history
