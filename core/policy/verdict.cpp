#include "core/policy/verdict.hpp"

namespace proximity::policy {

namespace {

struct VerdictInfo {
    const char* id;
    const char* label;
};

constexpr VerdictInfo kVerdicts[] = {
    {"failure", "Go to failure"},
    {"near-failure", "Near failure"},
    {"stop-short", "Stop short"},
    {"no-failure", "No failure"},
};

}  // namespace

const char* verdict_id(Verdict v) { return kVerdicts[caution(v)].id; }
const char* verdict_label(Verdict v) { return kVerdicts[caution(v)].label; }

std::optional<Verdict> verdict_from_id(const std::string& id) {
    for (int i = 0; i < 4; ++i)
        if (id == kVerdicts[i].id) return static_cast<Verdict>(i);
    return std::nullopt;
}

std::string verdict_ids_list() { return "failure, near-failure, stop-short, no-failure"; }

}  // namespace proximity::policy
