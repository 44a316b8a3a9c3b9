#pragma once
// Measurement of the history analysis inside the core (scripts/bench.d/70-analysis.mjs):
//   benchHistoryAnalysis {iterations 0-1000, options as analyzeHistory without history}
//     -> {checksum, sets}: analyzes the kept history `iterations` times without writing
//     JSON (the in-core time; the JS side times the call and subtracts a 0-iteration run);
//     with part: "calibration", only the RIR calibration work of an analysis (observations,
//     model, backtest, trend), so scripts/bench.d/72-calibration.mjs can print its share
#include "core/api/engine_state.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

nlohmann::json bench_history_analysis(const EngineState& state, const nlohmann::json& input);

}  // namespace proximity::api
