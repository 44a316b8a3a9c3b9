#include "core/bench/plan_workload.hpp"

#include "core/plan/plan_evaluation.hpp"

namespace proximity::bench {

using nlohmann::json;

// Built by assignment, not brace lists (which cost WASM size for every call site).
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
                json sets = json::array();
                for (int k = 0; k < kSets; ++k) {
                    json set = json::object();
                    set["reps"] = 10;
                    if (week_rir[w] == 0 && k == kSets - 1) set["failure"] = true;
                    else set["rir"] = week_rir[w] == 0 ? 1.0 : week_rir[w];
                    sets.push_back(std::move(set));
                }
                json exercise = json::object();
                exercise["exercise"] = all[static_cast<size_t>(s * kExercises + x) % all.size()].id;
                exercise["sets"] = std::move(sets);
                exercises.push_back(std::move(exercise));
            }
            json session = json::object();
            session["name"] = "Session " + std::to_string(s + 1);
            session["exercises"] = std::move(exercises);
            sessions.push_back(std::move(session));
        }
        json week = json::object();
        week["phase"] = w == kWeeks - 1 ? "deload" : "normal";
        week["sessions"] = std::move(sessions);
        weeks.push_back(std::move(week));
    }
    json doc = json::object();
    doc["version"] = plan::kPlanVersion;
    doc["name"] = "Benchmark plan";
    doc["weeks"] = std::move(weeks);
    return doc;
}

double run_plan_evaluation_workload(const plan::Plan& plan, const api::EngineState& state, int iterations) {
    double checksum = 0;
    for (int i = 0; i < iterations; ++i) {
        const plan::PlanEvaluation ev = plan::evaluate_plan(plan, state.exercises, state.rules);
        for (const plan::WeekEvaluation& w : ev.weeks) checksum += w.cost;
        checksum += ev.simulation.back().readiness + static_cast<double>(ev.contradictions.size()) +
                    static_cast<double>(ev.warnings.size() + ev.suggestions.size());
    }
    return checksum;
}

}  // namespace proximity::bench
