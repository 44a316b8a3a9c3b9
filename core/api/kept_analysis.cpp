#include "core/api/kept_analysis.hpp"

#include "core/analysis/today_check.hpp"
#include "core/common/input_error.hpp"
#include "core/json/history_answers.hpp"
#include "core/json/json_fields.hpp"

namespace proximity::api {

using nlohmann::json;

HistoryToAnalyse history_to_analyse(const EngineState& state, const json& in, const std::string& today) {
    HistoryToAnalyse out;
    if (fields::has(in, "history"))
        out.given = history::read_history_field(in, "history", state.exercises, true);
    else if (!state.history)
        throw InputError("history", "there is no history yet: pass history, or keep one with setHistory first");
    out.history = out.given ? &*out.given : state.history.get();
    analysis::check_today_after_history(today, *out.history);
    return out;
}

json answer_from_analysis(const EngineState& state, const HistoryToAnalyse& h, const analysis::AnalysisOptions& options,
                          const std::function<json(const analysis::HistoryAnalysis&)>& answer) {
    if (h.given) return answer(analysis::analyze_history(*h.history, state.exercises, state.rules, options));
    auto [previous, unchanged] = state.memo->take(state.workout_ids);
    analysis::HistoryAnalysis a = analysis::analyze_history(*h.history, state.exercises, state.rules, options,
                                                            previous ? &*previous : nullptr, unchanged);
    json out = answer(a);
    state.memo->keep(std::move(a), state.workout_ids, state.exercises, state.rules);
    return out;
}

}  // namespace proximity::api
