#pragma once
// px.planDefaults().words: what the planner page says about a plan's choices and the
// model, from the core (core/plan/plan_words.hpp), so the page writes none of it:
//   {statuses: [{id, label}], phases: [{id, label}], techniques: [{id, label}],
//    model: [{key, label, description}]}
#include <nlohmann/json.hpp>

namespace proximity::plan {

nlohmann::json plan_words_json();

}  // namespace proximity::plan
