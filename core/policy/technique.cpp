#include "core/policy/technique.hpp"

namespace proximity::policy {

namespace {

struct TechniqueInfo {
    const char* id;
    const char* name;
};

constexpr TechniqueInfo kTechniques[kTechniqueCount] = {
    {"dropSet", "Drop set"},
    {"restPause", "Rest-pause"},
    {"forcedReps", "Forced reps"},
    {"myoReps", "Myo-reps"},
    {"calibrationTest", "RIR calibration test (a set to failure)"},
};

}  // namespace

const char* technique_id(Technique t) { return kTechniques[static_cast<size_t>(t)].id; }
const char* technique_name(Technique t) { return kTechniques[static_cast<size_t>(t)].name; }

std::optional<Technique> technique_from_id(const std::string& id) {
    for (Technique t : kAllTechniques)
        if (id == technique_id(t)) return t;
    return std::nullopt;
}

}  // namespace proximity::policy
