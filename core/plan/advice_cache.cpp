#include "core/plan/advice_cache.hpp"

#include <functional>

namespace proximity::plan {

bool AdviceCache::Key::operator==(const Key& o) const {
    return exercise == o.exercise && status == o.status && set_index == o.set_index && set_count == o.set_count &&
           target_reps == o.target_reps && position == o.position && phase == o.phase &&
           failure_block_week == o.failure_block_week && frequency == o.frequency && spotter == o.spotter &&
           has_percent == o.has_percent && percent == o.percent && weekly_sets == o.weekly_sets;
}

std::size_t AdviceCache::KeyHash::operator()(const Key& k) const {
    std::size_t h = std::hash<const void*>()(k.exercise);
    auto mix = [&h](std::size_t v) { h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); };
    for (int v : {k.status, k.set_index, k.set_count, k.target_reps, k.position, k.phase, k.failure_block_week,
                  k.frequency, static_cast<int>(k.spotter), static_cast<int>(k.has_percent)})
        mix(std::hash<int>()(v));
    mix(std::hash<double>()(k.percent));
    mix(std::hash<double>()(k.weekly_sets));
    return h;
}

const policy::Advice& AdviceCache::advise(const policy::SetContext& ctx) {
    if (!ctx.fatigue_signs.empty() || ctx.calibration) {
        uncached_ = policy::advise_set(ctx, rules_);
        return uncached_;
    }
    const Key key{ctx.exercise,
                  static_cast<int>(ctx.status),
                  ctx.set_index,
                  ctx.set_count,
                  ctx.target_reps,
                  ctx.exercise_position,
                  static_cast<int>(ctx.phase),
                  ctx.failure_block_week,
                  ctx.weekly_frequency,
                  ctx.safety == policy::Safety::Spotter,
                  ctx.percent_e1rm.has_value(),
                  ctx.percent_e1rm.value_or(0.0),
                  ctx.weekly_sets};
    auto it = cache_.find(key);
    if (it == cache_.end()) it = cache_.emplace(key, policy::advise_set(ctx, rules_)).first;
    return it->second;
}

}  // namespace proximity::plan
