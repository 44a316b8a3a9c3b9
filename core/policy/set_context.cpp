#include "core/policy/set_context.hpp"

namespace proximity::policy {

namespace {

constexpr std::array<EnumName<LifterStatus>, 3> kStatuses{{{LifterStatus::Beginner, "beginner", "Beginner"},
                                                          {LifterStatus::Intermediate, "intermediate", "Intermediate"},
                                                          {LifterStatus::Advanced, "advanced", "Advanced"}}};
constexpr std::array<EnumName<Phase>, 4> kPhases{{{Phase::Normal, "normal", "Normal"},
                                                  {Phase::HighVolume, "high-volume", "High volume"},
                                                  {Phase::Deload, "deload", "Deload week", "Deload"},
                                                  {Phase::FailureBlock, "failure-block", "Failure block"}}};
// In the order a lifter meets them; the enum's order is the fact's (set_context.hpp).
constexpr std::array<EnumName<Safety>, 3> kSafety{{{Safety::None, "none", "Nobody: I train alone", "Alone"},
                                                   {Safety::Spotter, "spotter", "A competent spotter", "Spotter"},
                                                   {Safety::Pins, "pins", "Safety pins or arms", "Pins"}}};

}  // namespace

const char* lifter_status_id(LifterStatus s) { return enum_name(kStatuses, s); }
std::optional<LifterStatus> lifter_status_from_id(const std::string& id) { return enum_from_name(kStatuses, id); }
std::vector<EnumLabel> lifter_status_labels() { return enum_labels(kStatuses); }
const char* phase_id(Phase p) { return enum_name(kPhases, p); }
std::optional<Phase> phase_from_id(const std::string& id) { return enum_from_name(kPhases, id); }
std::vector<EnumLabel> phase_labels() { return enum_labels(kPhases); }
const char* safety_id(Safety s) { return enum_name(kSafety, s); }
std::optional<Safety> safety_from_id(const std::string& id) { return enum_from_name(kSafety, id); }
std::vector<EnumLabel> safety_labels() { return enum_labels(kSafety); }

}  // namespace proximity::policy
