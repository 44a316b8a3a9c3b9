#include "core/api/plan_bench_workload.hpp"

#include "core/plan/plan_evaluation.hpp"

namespace proximity::api {

using nlohmann::json;

json bench_plan_document(const exercise::ExerciseLibrary& library) {
    constexpr int kWeeks = 6, kSessions = 5, kExercises = 8, kSets = 4;
    const double week_rir[kWeeks] = {3, 2, 1.5, 1, 0, 4};
    const auto& all = library.all();
    json weeks = json::array();
    for (int w = 0; w < kWeeks; ++w) {
        json sessions = json::array();
        for (int s = 0; s < kSessions; ++s) {
            json exercises = json::array();
            for (int x = 0; x < kExercises; ++x) {
                const exercise::Exercise& e = all[static_cast<size_t>(s * kExercises + x) % all.size()];
                json sets = json::array();
                for (int k = 0; k < kSets; ++k) {
                    if (week_rir[w] == 0 && k == kSets - 1) sets.push_back({{"reps", 10}, {"failure", true}});
                    else sets.push_back({{"reps", 10}, {"rir", week_rir[w] == 0 ? 1.0 : week_rir[w]}});
                }
                exercises.push_back({{"exercise", e.id}, {"sets", sets}});
            }
            sessions.push_back({{"name", "Session " + std::to_string(s + 1)}, {"exercises", exercises}});
        }
        weeks.push_back({{"phase", w == kWeeks - 1 ? "deload" : "normal"}, {"sessions", sessions}});
    }
    return {{"version", plan::kPlanVersion}, {"name", "Benchmark plan"}, {"weeks", weeks}};
}

double run_plan_evaluation_workload(const plan::Plan& plan, const EngineState& state, int iterations) {
    double checksum = 0;
    for (int i = 0; i < iterations; ++i) {
        const plan::PlanEvaluation ev = plan::evaluate_plan(plan, state.exercises, state.rules);
        for (const plan::WeekEvaluation& w : ev.weeks) checksum += w.cost;
        checksum += ev.simulation.back().readiness + static_cast<double>(ev.contradictions.size()) +
                    static_cast<double>(ev.warnings.size() + ev.suggestions.size());
    }
    return checksum;
}

}  // namespace proximity::api
