#pragma once
// A target reserve as the JSON answers give it, on both effort scales: targetRir
// {min, max} and the same range as targetRpe (more reserve = lower RPE), so no page
// converts between the scales itself (px.adviseSet, px.prepareSession).
#include "core/policy/verdict.hpp"

#include <nlohmann/json.hpp>

namespace proximity::policy {

nlohmann::json target_rir_json(const RirRange& range);
nlohmann::json target_rpe_json(const RirRange& range);

}  // namespace proximity::policy
