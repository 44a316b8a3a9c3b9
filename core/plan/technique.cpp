#include "core/plan/technique.hpp"

#include <array>

namespace proximity::plan {

namespace {

struct TechniqueInfo {
    Technique technique;
    const char* id;
    const char* name;
};

constexpr std::array<TechniqueInfo, 5> kTechniques = {{
    {Technique::None, "none", "straight set"},
    {Technique::DropSet, "dropSet", "drop set"},
    {Technique::RestPause, "restPause", "rest-pause"},
    {Technique::MyoReps, "myoReps", "myo-reps"},
    {Technique::ForcedReps, "forcedReps", "forced reps"},
}};

const TechniqueInfo& info(Technique t) {
    for (const auto& i : kTechniques)
        if (i.technique == t) return i;
    return kTechniques[0];
}

}  // namespace

const char* technique_id(Technique t) { return info(t).id; }
const char* technique_name(Technique t) { return info(t).name; }

std::optional<Technique> technique_from_id(const std::string& id) {
    for (const auto& i : kTechniques)
        if (id == i.id) return i.technique;
    return std::nullopt;
}

std::string technique_ids_list() {
    std::string list;
    for (const auto& i : kTechniques) list += (list.empty() ? "" : ", ") + std::string(i.id);
    return list;
}

}  // namespace proximity::plan
