#include "core/history/history.hpp"

#include "core/common/enum_names.hpp"

#include <algorithm>

namespace proximity::history {

namespace {

constexpr std::array<EnumName<SetType>, 7> kSetTypes{{{SetType::Warmup, "warmup"},
                                                      {SetType::Working, "working"},
                                                      {SetType::Failure, "failure"},
                                                      {SetType::Drop, "drop"},
                                                      {SetType::RestPause, "restPause"},
                                                      {SetType::Myo, "myo"},
                                                      {SetType::Forced, "forced"}}};

constexpr std::array<EnumName<Source>, 4> kSources{
    {{Source::Proximity, "proximity"}, {Source::Strong, "strong"}, {Source::Hevy, "hevy"}, {Source::FitNotes, "fitnotes"}}};

}  // namespace

const char* set_type_id(SetType t) { return enum_name(kSetTypes, t); }
std::optional<SetType> set_type_from_id(const std::string& id) { return enum_from_name(kSetTypes, id); }
std::string set_type_ids() { return enum_names_list(kSetTypes); }
const char* source_id(Source s) { return enum_name(kSources, s); }
std::optional<Source> source_from_id(const std::string& id) { return enum_from_name(kSources, id); }
std::string source_ids() { return enum_names_list(kSources); }

std::optional<double> effort_rir(const Effort& e) {
    switch (e.kind) {
        case EffortKind::Rir: return e.value;
        case EffortKind::Rpe: return 10 - e.value;
        case EffortKind::None: break;
    }
    return std::nullopt;
}

void sort_by_start(History& h) {
    std::stable_sort(h.workouts.begin(), h.workouts.end(),
                     [](const Workout& a, const Workout& b) { return a.start < b.start; });
}

size_t set_count(const History& h) {
    size_t n = 0;
    for (const Workout& w : h.workouts)
        for (const LoggedExercise& x : w.exercises) n += x.sets.size();
    return n;
}

}  // namespace proximity::history
