#pragma once
// The file name a plan is saved under: "proximity-plan-<its name as a slug>.json".
#include <string>

namespace proximity::plan {

std::string plan_file_name(const std::string& plan_name);

}  // namespace proximity::plan
