#pragma once
// The planner's fixed answers: its templates (planTemplates) and its defaults, limits
// and words (planDefaults).
#include <nlohmann/json.hpp>

namespace proximity::plan {

nlohmann::json plan_templates_json();
nlohmann::json plan_defaults_json();

}  // namespace proximity::plan
