#include "core/api/handlers.hpp"

#include "core/api/kept_analysis.hpp"

#include "core/analysis/calendar_day.hpp"
#include "core/analysis/next_week_volume.hpp"
#include "core/json/analysis_inputs.hpp"
#include "core/common/input_error.hpp"
#include "core/common/quoted_text.hpp"
#include "core/json/feedback_json.hpp"
#include "core/json/history_reader.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/read_under.hpp"
#include "core/plan/plan_limits.hpp"

namespace proximity::api {

using nlohmann::json;

void feedback_muscles(const json& in, Call& call) {
    const EngineState& state = call.state();
    const json& ids = fields::read_array(in, "exercises", "", 0, plan::kMaxExercisesPerSession);
    std::vector<const exercise::Exercise*> exercises;
    for (size_t i = 0; i < ids.size(); ++i) {
        const std::string where = "exercises[" + std::to_string(i) + "]";
        const exercise::Exercise* e = ids[i].is_string() ? state.exercises.find(ids[i].get<std::string>()) : nullptr;
        if (!e) throw InputError(where, where + " must be an exercise id of the library (got " + ids[i].dump() + ")");
        exercises.push_back(e);
    }
    json out = json::array();
    for (exercise::Muscle m : plan::trained_muscles(exercises))
        out.push_back({{"id", exercise::muscle_id(m)}, {"name", exercise::muscle_name(m)}});
    return call.answer(std::move(out));
}

void next_week_volume(const json& in, Call& call) {
    const EngineState& state = call.state();
    const plan::SessionFeedback feedback = fields::read_under("feedback", [&] { return plan::read_session_feedback(in.at("feedback")); });
    const analysis::AnalysisOptions options = analysis::read_analysis_options(in, state.exercises, state.profile.get());
    const HistoryToAnalyse h = history_to_analyse(state, in, options.today);
    const history::Workout* workout = analysis::feedback_workout(*h.history, feedback);
    if (!workout)
        throw InputError("feedback.workout", "feedback.workout: the history has no workout that started at " +
                                                 quoted_input(feedback.workout_start) + " named " +
                                                 quoted_input(feedback.workout_name));
    return call.answer(answer_from_analysis(state, h, options, [&](const analysis::HistoryAnalysis& a) {
        return plan::next_week_volume_json(analysis::next_week_volume(a, *workout, feedback), feedback);
    }));
}

}  // namespace proximity::api
