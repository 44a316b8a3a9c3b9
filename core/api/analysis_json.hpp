#pragma once
// px.analyzeHistory's answer (the shape is documented in analysis_api.hpp). The dated
// lists (sessions, weeks, advised-against sets, calibration trend, readiness, planned)
// hold only entries on or after day `from` (weeks: from its Monday); totals, bests,
// records, signs and the next loads always cover the whole history.
#include "core/analysis/history_analysis.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

nlohmann::json analysis_json(const analysis::HistoryAnalysis& a, const history::History& history, int from);

}  // namespace proximity::api
