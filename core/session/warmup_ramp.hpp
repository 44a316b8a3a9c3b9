#pragma once
// A warm-up ramp: a few lighter sets from the empty bar up towards the first working load,
// each a share of it with fewer reps as the load climbs, rounded to what the lifter can
// load. Warm-ups are marked as such (history SetType::Warmup) and never count as hard
// sets (core/analysis/set_reading.hpp, plan::is_hard_set). The default steps (bar x 10,
// then 40% x 5, 60% x 3, 80% x 2) are a modelling choice in the spirit of common coaching
// practice, not a study's finding. Isolation lifts get no ramp by default (their first
// working set is warm-up enough), nor do bodyweight and assisted lifts (there is no lighter
// load to add); a lifter's own steps for an exercise are used instead of the default.
#include "core/common/enum_names.hpp"
#include "core/common/limit.hpp"
#include "core/exercise/exercise.hpp"
#include "core/load/equipment.hpp"
#include "core/load/load_rounding.hpp"

#include <optional>
#include <string>
#include <vector>

namespace proximity::session {

struct WarmupStep {
    double percent = 0;  // of the working load
    int reps = 0;
};

constexpr Limit kWarmupPercentLimit{10, 95, 0, "a warm-up is lighter than the working load"};
constexpr Limit kWarmupRepsLimit{1, 15, 1, "a warm-up that long is a working set"};
constexpr Limit kWarmupStepsLimit{1, 6, 1, "more warm-up sets than that tire you before the work"};
constexpr size_t kMaxWarmupSteps = static_cast<size_t>(kWarmupStepsLimit.max);
constexpr int kBarWarmupReps = 10;

// 40% x 5, 60% x 3, 80% x 2 (with the bar x 10 before them on a barbell).
const std::vector<WarmupStep>& default_warmup_steps();

// The lifter's warm-up choice for one exercise: Auto (nothing chosen: the exercise's own
// default), Off, the Default ramp (even on an isolation lift), or Custom steps.
// ids "auto", "off", "default", "custom"; labels for the three a lifter picks.
enum class WarmupMode { Auto, Off, Default, Custom };
const char* warmup_mode_id(WarmupMode m);
std::optional<WarmupMode> warmup_mode_from_id(const std::string& id);
std::vector<std::string> warmup_mode_ids();  // all four, Auto first
std::vector<EnumLabel> warmup_mode_labels();  // off, default, custom

// Can this exercise be ramped at all (an external load: not bodyweight or assisted)?
bool can_ramp(const exercise::Exercise& e);
// What Auto means for this exercise: Off for isolation work and lifts that cannot be
// ramped, else Default.
WarmupMode auto_warmup_mode(const exercise::Exercise& e);
// The steps a choice stands for (nullopt: Auto, the exercise's default).
std::optional<std::vector<WarmupStep>> warmup_steps_for(WarmupMode mode, const std::vector<WarmupStep>& custom);

// A choice as it applies to `e`: Auto resolved (auto_warmup_mode), Custom without steps
// read as Off; and the steps it stands for.
struct WarmupChoice {
    WarmupMode mode = WarmupMode::Off;
    std::vector<WarmupStep> steps;
};
WarmupChoice warmup_choice_in_effect(WarmupMode mode, const std::vector<WarmupStep>& custom, const exercise::Exercise& e);

struct WarmupSet {
    double load = 0;     // rounded
    int reps = 0;
    double percent = 0;  // of the working load, as rounded
    bool bar = false;    // the empty bar
    load::RoundedLoad rounded;
};

struct WarmupRamp {
    std::vector<WarmupSet> sets;  // lightest first; empty when skipped
    std::string reason;           // why these sets, or why none, in words
};

// The ramp up to `working_load` (in `unit`). `steps`: the lifter's own for this exercise
// (nullopt: the default; empty: no ramp). Steps whose rounded load is not above the last
// one, or not below the working load, are dropped.
WarmupRamp warmup_ramp(double working_load, const exercise::Exercise& e, const load::Equipment& equipment,
                       units::Unit unit, const std::optional<std::vector<WarmupStep>>& steps);

}  // namespace proximity::session
