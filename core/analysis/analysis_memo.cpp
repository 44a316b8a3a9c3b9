#include "core/analysis/analysis_memo.hpp"

namespace proximity::analysis {

namespace {
std::uint64_t last_id = 0;  // the core is single-threaded (one engine call at a time)
}  // namespace

std::uint64_t new_workout_id() { return ++last_id; }

WorkoutIds new_workout_ids(size_t count) {
    WorkoutIds ids(count);
    for (std::uint64_t& id : ids) id = new_workout_id();
    return ids;
}

std::pair<std::optional<HistoryAnalysis>, size_t> AnalysisMemo::take(const WorkoutIds& ids) {
    size_t same = 0;
    while (same < ids.size() && same < ids_.size() && ids[same] == ids_[same]) ++same;
    std::pair<std::optional<HistoryAnalysis>, size_t> out{std::move(analysis_), same};
    analysis_.reset();
    ids_.clear();
    return out;
}

void AnalysisMemo::keep(HistoryAnalysis a, const WorkoutIds& ids, const exercise::ExerciseLibrary& library,
                        const policy::RuleSet& rules) {
    analysis_.emplace(std::move(a));
    ids_ = ids;
    library_ = library;
    rules_ = rules;
}

}  // namespace proximity::analysis
