#include "core/session/warmup_ramp.hpp"

#include "core/common/number_text.hpp"

#include <array>

namespace proximity::session {

const std::vector<WarmupStep>& default_warmup_steps() {
    static const std::vector<WarmupStep> steps{{40, 5}, {60, 3}, {80, 2}};
    return steps;
}

namespace {

constexpr std::array<EnumName<WarmupMode>, 4> kWarmupModes{{
    {WarmupMode::Auto, "auto", "As suits the exercise", "Auto"},
    {WarmupMode::Off, "off", "No warm-up sets", "Off"},
    {WarmupMode::Default, "default", "The usual ramp (about 40, 60 and 80 %; the empty bar first on a barbell)", "Usual ramp"},
    {WarmupMode::Custom, "custom", "My own steps", "My steps"},
}};

}  // namespace

const char* warmup_mode_id(WarmupMode m) { return enum_name(kWarmupModes, m); }
std::optional<WarmupMode> warmup_mode_from_id(const std::string& id) { return enum_from_name(kWarmupModes, id); }
std::vector<std::string> warmup_mode_ids() {
    std::vector<std::string> ids;
    for (const auto& m : kWarmupModes) ids.push_back(m.name);
    return ids;
}
std::vector<EnumLabel> warmup_mode_labels() {
    std::vector<EnumLabel> all = enum_labels(kWarmupModes);
    all.erase(all.begin());  // Auto is what no choice means, not a choice
    return all;
}

bool can_ramp(const exercise::Exercise& e) { return e.load_kind == exercise::LoadKind::External; }

WarmupMode auto_warmup_mode(const exercise::Exercise& e) {
    return can_ramp(e) && e.movement_class != exercise::MovementClass::Isolation ? WarmupMode::Default : WarmupMode::Off;
}

std::optional<std::vector<WarmupStep>> warmup_steps_for(WarmupMode mode, const std::vector<WarmupStep>& custom) {
    switch (mode) {
        case WarmupMode::Auto: return std::nullopt;
        case WarmupMode::Off: return std::vector<WarmupStep>{};
        case WarmupMode::Default: return default_warmup_steps();
        case WarmupMode::Custom: return custom;
    }
    return std::nullopt;
}

WarmupChoice warmup_choice_in_effect(WarmupMode mode, const std::vector<WarmupStep>& custom, const exercise::Exercise& e) {
    if (mode == WarmupMode::Auto) mode = auto_warmup_mode(e);
    if (mode == WarmupMode::Custom && custom.empty()) mode = WarmupMode::Off;
    return {mode, *warmup_steps_for(mode, custom)};
}

WarmupRamp warmup_ramp(double working_load, const exercise::Exercise& e, const load::Equipment& equipment,
                       units::Unit unit, const std::optional<std::vector<WarmupStep>>& steps) {
    WarmupRamp out;
    if (!can_ramp(e)) {
        out.reason = "No ramp: a bodyweight or assisted lift has no lighter load to warm up with.";
        return out;
    }
    if (!steps && auto_warmup_mode(e) == WarmupMode::Off) {
        out.reason = "No ramp: the first set of an isolation lift is warm-up enough.";
        return out;
    }
    const std::vector<WarmupStep>& chosen = steps ? *steps : default_warmup_steps();
    if (chosen.empty()) {
        out.reason = "No ramp: you chose none for this exercise.";
        return out;
    }
    const load::LoadRounder rounder(equipment, unit);
    double last = 0;
    auto add = [&](double target, int reps, bool bar) {
        const load::RoundedLoad r = rounder.round(target, load::RoundingMode::Nearest);
        if (r.load <= last + 1e-9 || r.load >= working_load - 1e-9) return;
        out.sets.push_back({r.load, reps, r.load / working_load * 100, bar, r});
        last = r.load;
    };
    if (equipment.type == load::EquipmentType::Barbell) add(rounder.lightest(), kBarWarmupReps, true);
    for (const WarmupStep& s : chosen) add(working_load * s.percent / 100, s.reps, false);
    out.reason = out.sets.empty()
                     ? "No ramp: the working load is as light as the equipment goes."
                     : "A ramp of " + std::to_string(out.sets.size()) + " lighter sets up to " + number_text(working_load) +
                           " " + units::unit_name(unit) + ", each with fewer reps: warm-ups, not counted as hard sets.";
    return out;
}

}  // namespace proximity::session
