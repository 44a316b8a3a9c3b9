#pragma once
// An import handed out a page at a time (px.importedWorkouts): at most `count` of the
// added workouts from `from` on, and past the first no more sets than one page carries
// (history_limits.hpp: importedPage, importedPageSets).
#include "core/history/history.hpp"

#include <cstddef>
#include <vector>

namespace proximity::history {

struct ImportedPage {
    std::vector<const Workout*> workouts;
    int next = 0;  // the workout to ask for next; the total when all were handed out
};
ImportedPage imported_page(const History& kept, const std::vector<std::size_t>& added, int from, int count);

}  // namespace proximity::history
