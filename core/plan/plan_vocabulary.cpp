#include "core/plan/plan_vocabulary.hpp"

namespace proximity::plan {

using policy::LifterStatus;
using policy::Phase;

const std::vector<std::string>& lifter_status_ids() {
    static const std::vector<std::string> ids = {"beginner", "intermediate", "advanced"};
    return ids;
}

const char* lifter_status_id(LifterStatus s) {
    return lifter_status_ids()[static_cast<size_t>(s)].c_str();
}

LifterStatus lifter_status_from_id(const std::string& id) {
    if (id == "beginner") return LifterStatus::Beginner;
    if (id == "advanced") return LifterStatus::Advanced;
    return LifterStatus::Intermediate;
}

const std::vector<std::string>& phase_ids() {
    static const std::vector<std::string> ids = {"normal", "highVolume", "deload", "failureBlock"};
    return ids;
}

const char* phase_id(Phase p) { return phase_ids()[static_cast<size_t>(p)].c_str(); }

Phase phase_from_id(const std::string& id) {
    if (id == "highVolume") return Phase::HighVolume;
    if (id == "deload") return Phase::Deload;
    if (id == "failureBlock") return Phase::FailureBlock;
    return Phase::Normal;
}

}  // namespace proximity::plan
