#include "core/bench/bench_handlers.hpp"

#include "core/json/json_fields.hpp"
#include "core/policy/advise_set.hpp"

#include <chrono>

namespace proximity::bench {

using nlohmann::json;

void benchmark_advice(const json& raw, api::Call& call) {
    const api::EngineState& state = call.state();
    const json& in = fields::require_object(raw, "");
    const int iterations = fields::read_int_or(in, "iterations", "", 1, 1000, 1);
    // A plan's worth of set contexts: 6 weeks x 5 sessions x 8 exercises x 4 sets.
    const auto& all = state.exercises.all();
    std::vector<policy::SetContext> sets;
    for (int week = 1; week <= 6; ++week)
        for (int session = 0; session < 5; ++session)
            for (int slot = 0; slot < 8; ++slot)
                for (int set = 1; set <= 4; ++set) {
                    policy::SetContext ctx;
                    ctx.exercise = &all[static_cast<size_t>(session * 8 + slot) % all.size()];
                    ctx.status = static_cast<policy::LifterStatus>((week + slot) % 3);
                    ctx.set_index = set;
                    ctx.set_count = 4;
                    ctx.target_reps = 5 + 2 * slot;
                    ctx.exercise_position = slot + 1;
                    ctx.phase = week == 6 ? policy::Phase::Deload : week >= 4 ? policy::Phase::HighVolume : policy::Phase::Normal;
                    ctx.weekly_sets = 8 + 2.5 * week;
                    ctx.weekly_frequency = 1 + session % 3;
                    if (week == 5 && slot % 2) ctx.fatigue_signs.push_back("performanceDrop");
                    sets.push_back(ctx);
                }
    double checksum = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < iterations; ++i)
        for (const auto& ctx : sets) {
            const policy::Advice a = policy::advise_set(ctx, state.rules);
            checksum += policy::caution(a.verdict) + a.target_rir.min + a.target_rir.max + static_cast<double>(a.reasons.size());
        }
    const auto end = std::chrono::steady_clock::now();
    const double micros = std::chrono::duration<double, std::micro>(end - start).count() / iterations;
    return call.answer(json{{"sets", sets.size()}, {"micros", micros}, {"checksum", checksum / iterations}});
}

}  // namespace proximity::bench
