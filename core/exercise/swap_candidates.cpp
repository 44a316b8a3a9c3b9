#include "core/exercise/swap_candidates.hpp"

#include <algorithm>

namespace proximity::exercise {

namespace {

std::vector<Muscle> sorted(std::vector<Muscle> muscles) {
    std::sort(muscles.begin(), muscles.end());
    return muscles;
}

}  // namespace

bool same_primary_muscles(const Exercise& a, const Exercise& b) { return sorted(a.primary) == sorted(b.primary); }

std::vector<const Exercise*> swap_candidates(const ExerciseLibrary& library, const std::string& id) {
    const Exercise* from = library.find(id);
    if (!from) return {};
    std::vector<const Exercise*> out;
    for (const Exercise& e : library.all())
        if (e.id != from->id && same_primary_muscles(e, *from)) out.push_back(&e);
    const auto distance = [&](const Exercise* e) {
        return (e->movement_class != from->movement_class ? 2 : 0) + (e->equipment != from->equipment ? 1 : 0);
    };
    std::stable_sort(out.begin(), out.end(), [&](const Exercise* a, const Exercise* b) { return distance(a) < distance(b); });
    return out;
}

}  // namespace proximity::exercise
