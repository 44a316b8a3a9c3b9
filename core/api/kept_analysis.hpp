#pragma once
// The history an analysing call reads: the one it carries, else the one kept in the engine
// (setHistory); and its analysis, which for the kept history starts from the last one
// (core/analysis/analysis_memo.hpp) and then replaces it.
#include "core/analysis/history_analysis.hpp"
#include "core/api/engine_state.hpp"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>

namespace proximity::api {

struct HistoryToAnalyse {
    std::optional<history::History> given;     // in.history, read under "history."
    const history::History* history = nullptr;  // given, else the kept one
};
// Throws when there is neither, or when `today` (the options') is before its last workout.
HistoryToAnalyse history_to_analyse(const EngineState& state, const nlohmann::json& in, const std::string& today);

nlohmann::json answer_from_analysis(const EngineState& state, const HistoryToAnalyse& h,
                                    const analysis::AnalysisOptions& options,
                                    const std::function<nlohmann::json(const analysis::HistoryAnalysis&)>& answer);

}  // namespace proximity::api
