#include "core/policy/set_context.hpp"

#include <cstddef>
#include <iterator>

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

bool is_fatigue_sign(const std::string& sign) {
    for (const char* s : kFatigueSigns)
        if (sign == s) return true;
    return false;
}

std::string fatigue_signs_list() {
    std::string out;
    for (const char* s : kFatigueSigns) out += (out.empty() ? "" : ", ") + std::string(s);
    return out;
}

std::vector<EnumLabel> fatigue_sign_labels() {
    constexpr const char* kLabels[] = {"Performance dropping", "Soreness that lingers", "Poor sleep or readiness"};
    static_assert(std::size(kLabels) == std::size(kFatigueSigns), "a label for every fatigue sign");
    std::vector<EnumLabel> out;
    for (std::size_t i = 0; i < std::size(kFatigueSigns); ++i) out.push_back({kFatigueSigns[i], kLabels[i], kLabels[i]});
    return out;
}

const char* lifter_status_id(LifterStatus s) { return enum_name(kStatuses, s); }
std::optional<LifterStatus> lifter_status_from_id(const std::string& id) { return enum_from_name(kStatuses, id); }
std::vector<EnumLabel> lifter_status_labels() { return enum_labels(kStatuses); }
std::vector<std::string> lifter_status_ids() { return enum_ids(kStatuses); }
const char* phase_id(Phase p) { return enum_name(kPhases, p); }
std::optional<Phase> phase_from_id(const std::string& id) { return enum_from_name(kPhases, id); }
std::vector<EnumLabel> phase_labels() { return enum_labels(kPhases); }
std::vector<std::string> phase_ids() { return enum_ids(kPhases); }
const char* safety_id(Safety s) { return enum_name(kSafety, s); }
std::optional<Safety> safety_from_id(const std::string& id) { return enum_from_name(kSafety, id); }
std::vector<EnumLabel> safety_labels() { return enum_labels(kSafety); }
std::vector<std::string> safety_ids() { return enum_ids(kSafety); }

}  // namespace proximity::policy
