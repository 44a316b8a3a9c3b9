#pragma once
// JSON ids of the policy enums a plan document uses: lifter status and week phase.
#include "core/policy/set_context.hpp"

#include <string>
#include <vector>

namespace proximity::plan {

const char* lifter_status_id(policy::LifterStatus s);        // "beginner", "intermediate", "advanced"
policy::LifterStatus lifter_status_from_id(const std::string& id);  // id already validated
const std::vector<std::string>& lifter_status_ids();

const char* phase_id(policy::Phase p);                        // "normal", "highVolume", "deload", "failureBlock"
policy::Phase phase_from_id(const std::string& id);           // id already validated
const std::vector<std::string>& phase_ids();

}  // namespace proximity::plan
