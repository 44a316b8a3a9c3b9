#include "core/bench/bench_handlers.hpp"

#include "core/analysis/history_analysis.hpp"
#include "core/json/analysis_inputs.hpp"
#include "core/common/input_error.hpp"
#include "core/json/json_fields.hpp"

namespace proximity::bench {

using nlohmann::json;

void bench_history_analysis(const json& raw, api::Call& call) {
    const api::EngineState& state = call.state();
    const json& in = fields::require_object(raw, "");
    const int iterations = fields::read_int_or(in, "iterations", "", 0, 1000, 1);
    if (!state.history)
        throw InputError("history", "there is no history yet: keep one with setHistory first");
    const bool calibration_only = fields::read_optional_string(in, "part", "").value_or("") == "calibration";
    json options = in;
    options.erase("iterations");
    options.erase("part");
    const analysis::AnalysisOptions o = analysis::read_analysis_options(options, state.exercises);
    double checksum = 0;
    for (int i = 0; calibration_only && i < iterations; ++i) {  // the calibration's share of analyze_history
        const auto calls = analysis::call_observations(*state.history, state.exercises);
        const analysis::CallPrior prior = analysis::call_prior(o.status);
        const auto model = analysis::fit_calls(calls, calls.size(), calls.empty() ? 0 : calls.back().day, prior);
        checksum += model.overall.bias + analysis::backtest_calls(calls, prior).calibrated.mae +
                    double(analysis::calibration_trend(calls, prior).size());
    }
    for (int i = 0; !calibration_only && i < iterations; ++i) {
        const analysis::HistoryAnalysis a = analysis::analyze_history(*state.history, state.exercises, state.rules, o);
        checksum += double(a.trends.size() + a.weeks.weeks.size()) + a.readiness.today.value;
    }
    return call.answer(json{{"checksum", checksum}, {"sets", history::set_count(*state.history)}});
}

}  // namespace proximity::bench
