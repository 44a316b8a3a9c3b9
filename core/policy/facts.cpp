#include "core/policy/facts.hpp"

#include <cstring>

namespace proximity::policy {

const std::vector<FactInfo>& all_facts() {
    using T = FactType;
    static const std::vector<FactInfo> facts = {
        {Fact::ExerciseId, "exercise.id", T::Text, {}, "the exercise's id, e.g. \"back-squat\""},
        {Fact::ExerciseClass, "exercise.class", T::Choice, {"compound", "isolation"}, "multi-joint or single-joint"},
        {Fact::ExerciseEquipment, "exercise.equipment", T::Choice, {"freeWeight", "machine", "cable", "bodyweight"}, "what the load is moved with"},
        {Fact::ExerciseHeavyCompound, "exercise.heavyCompound", T::Boolean, {}, "squat, bench, deadlift, overhead press and their barbell variants"},
        {Fact::ExerciseNeedsSpotter, "exercise.needsSpotter", T::Boolean, {}, "failing alone can trap the lifter under the load"},
        {Fact::ExerciseInjuryRiskWhenFatigued, "exercise.injuryRiskWhenFatigued", T::Boolean, {}, "form breaks down in an injurious way near failure"},
        {Fact::ExerciseSpinalLoading, "exercise.spinalLoading", T::Boolean, {}, "the spine carries or resists the load"},
        {Fact::LifterStatus, "lifter.status", T::Choice, {"beginner", "intermediate", "advanced"}, "training status"},
        {Fact::LifterCalibrated, "lifter.calibrated", T::Boolean, {}, "an RIR calibration from failure test sets is known"},
        {Fact::LifterRirError, "lifter.rirError", T::Number, {}, "typical miss of the lifter's RIR calls in reps (|bias| + spread); unknown without calibration"},
        {Fact::SetIndex, "set.index", T::Number, {}, "this set's number within the exercise, from 1"},
        {Fact::SetOf, "set.of", T::Number, {}, "how many sets the exercise has"},
        {Fact::SetRemaining, "set.remaining", T::Number, {}, "sets still to come after this one"},
        {Fact::SetIsFirst, "set.isFirst", T::Boolean, {}, "set 1 of 2 or more"},
        {Fact::SetIsLast, "set.isLast", T::Boolean, {}, "the exercise's last set"},
        {Fact::SetTargetReps, "set.targetReps", T::Number, {}, "the reps planned for the set"},
        {Fact::SetPercentE1rm, "set.percentE1rm", T::Number, {}, "the load as % of e1RM; unknown unless given"},
        {Fact::SessionSpotter, "session.spotter", T::Boolean, {}, "a competent spotter is present"},
        {Fact::SessionSafety, "session.safety", T::Choice, {"none", "pins", "spotter"}, "what catches a failed rep: nothing, safety pins or arms, or a competent spotter"},
        {Fact::SessionPosition, "session.position", T::Number, {}, "the exercise's place in the session, from 1"},
        {Fact::Phase, "phase", T::Choice, {"normal", "high-volume", "deload", "failure-block"}, "the training phase"},
        {Fact::PhaseWeek, "phase.week", T::Number, {}, "week of a failure block (0 outside one)"},
        {Fact::FatigueAny, "fatigue.any", T::Boolean, {}, "at least one sign of accumulated fatigue"},
        {Fact::FatigueCount, "fatigue.count", T::Number, {}, "how many fatigue signs"},
        {Fact::FatiguePerformanceDrop, "fatigue.performanceDrop", T::Boolean, {}, "performance has dropped"},
        {Fact::FatiguePersistentSoreness, "fatigue.persistentSoreness", T::Boolean, {}, "soreness lingers from the last session"},
        {Fact::FatiguePoorReadiness, "fatigue.poorReadiness", T::Boolean, {}, "poor sleep, motivation or readiness"},
        {Fact::WeeklySets, "weeklySets", T::Number, {}, "hard sets for the muscle this week"},
        {Fact::Frequency, "frequency", T::Number, {}, "sessions per week with this exercise"},
    };
    return facts;
}

const FactInfo& fact_info(Fact f) { return all_facts()[static_cast<size_t>(f)]; }

const FactInfo* find_fact(const std::string& name) {
    for (const auto& f : all_facts())
        if (name == f.name) return &f;
    return nullptr;
}

std::string fact_names_list() {
    std::string out;
    for (const auto& f : all_facts()) out += (out.empty() ? "" : ", ") + std::string(f.name);
    return out;
}

Facts collect_facts(const SetContext& ctx) noexcept {
    Facts f;
    f.known.fill(true);
    auto set = [&f](Fact fact, double v) { f.value[static_cast<size_t>(fact)] = v; };
    const exercise::Exercise& e = *ctx.exercise;
    f.exercise_id = &e.id;
    set(Fact::ExerciseClass, static_cast<double>(e.movement_class));
    set(Fact::ExerciseEquipment, static_cast<double>(e.equipment));
    set(Fact::ExerciseHeavyCompound, e.risk.heavy_compound);
    set(Fact::ExerciseNeedsSpotter, e.risk.needs_spotter);
    set(Fact::ExerciseInjuryRiskWhenFatigued, e.risk.injury_risk_when_fatigued);
    set(Fact::ExerciseSpinalLoading, e.risk.spinal_loading);
    set(Fact::LifterStatus, static_cast<double>(ctx.status));
    set(Fact::LifterCalibrated, ctx.calibration.has_value());
    if (ctx.calibration) set(Fact::LifterRirError, ctx.calibration->typical_error());
    else f.known[static_cast<size_t>(Fact::LifterRirError)] = false;
    set(Fact::SetIndex, ctx.set_index);
    set(Fact::SetOf, ctx.set_count);
    set(Fact::SetRemaining, ctx.set_count - ctx.set_index);
    set(Fact::SetIsFirst, ctx.set_index == 1 && ctx.set_count > 1);
    set(Fact::SetIsLast, ctx.set_index >= ctx.set_count);
    set(Fact::SetTargetReps, ctx.target_reps);
    if (ctx.percent_e1rm) set(Fact::SetPercentE1rm, *ctx.percent_e1rm);
    else f.known[static_cast<size_t>(Fact::SetPercentE1rm)] = false;
    set(Fact::SessionSpotter, ctx.safety == Safety::Spotter);
    set(Fact::SessionSafety, static_cast<double>(ctx.safety));
    set(Fact::SessionPosition, ctx.exercise_position);
    set(Fact::Phase, static_cast<double>(ctx.phase));
    set(Fact::PhaseWeek, ctx.phase == Phase::FailureBlock ? ctx.failure_block_week : 0);
    bool drop = false, soreness = false, readiness = false;
    for (const auto& sign : ctx.fatigue_signs) {
        drop = drop || sign == kFatigueSigns[0];
        soreness = soreness || sign == kFatigueSigns[1];
        readiness = readiness || sign == kFatigueSigns[2];
    }
    set(Fact::FatigueAny, !ctx.fatigue_signs.empty());
    set(Fact::FatigueCount, static_cast<double>(ctx.fatigue_signs.size()));
    set(Fact::FatiguePerformanceDrop, drop);
    set(Fact::FatiguePersistentSoreness, soreness);
    set(Fact::FatiguePoorReadiness, readiness);
    set(Fact::WeeklySets, ctx.weekly_sets);
    set(Fact::Frequency, ctx.weekly_frequency);
    return f;
}

}  // namespace proximity::policy
