#include "core/policy/set_context.hpp"

namespace proximity::policy {

namespace {

constexpr const char* kStatusIds[] = {"beginner", "intermediate", "advanced"};
constexpr const char* kPhaseIds[] = {"normal", "high-volume", "deload", "failure-block"};

template <typename Enum, size_t N>
std::optional<Enum> from_id(const char* const (&ids)[N], const std::string& id) {
    for (size_t i = 0; i < N; ++i)
        if (id == ids[i]) return static_cast<Enum>(i);
    return std::nullopt;
}

}  // namespace

const char* lifter_status_id(LifterStatus s) { return kStatusIds[static_cast<int>(s)]; }
std::optional<LifterStatus> lifter_status_from_id(const std::string& id) {
    return from_id<LifterStatus>(kStatusIds, id);
}
const char* phase_id(Phase p) { return kPhaseIds[static_cast<int>(p)]; }
std::optional<Phase> phase_from_id(const std::string& id) { return from_id<Phase>(kPhaseIds, id); }

}  // namespace proximity::policy
