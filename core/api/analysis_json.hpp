#pragma once
// px.analyzeHistory's answer (the shape is documented in analysis_api.hpp).
#include "core/analysis/history_analysis.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

nlohmann::json analysis_json(const analysis::HistoryAnalysis& a, const history::History& history);

}  // namespace proximity::api
