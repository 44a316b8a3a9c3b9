#pragma once
// px.analyzeHistory's answer (the shape is documented in analysis_api.hpp). The dated
// lists (sessions, weeks, advised-against sets, calibration trend, readiness, planned)
// hold only entries on or after day `from` (weeks: from its Monday); totals, bests,
// records, signs and the next loads always cover the whole history. With `exercise` (an
// id), the per-session and per-set lists (exercises[].sessions and records, the
// advised-against sets) are that exercise's only; every exercise still has its name, best,
// trend and sessionCount: what a page needs for its list of exercises.
#include "core/analysis/history_analysis.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace proximity::analysis {

// `exercise`: none = every exercise's lists; "" = none's.
nlohmann::json analysis_json(const analysis::HistoryAnalysis& a, const history::History& history, int from,
                             const std::optional<std::string>& exercise = std::nullopt);

}  // namespace proximity::analysis
