#pragma once
// The named facts that rule conditions test, e.g. "exercise.class" or "set.targetReps".
// A SetContext is turned into a Facts value once per advised set; conditions, compiled
// when the rule set is loaded, then read it by index (no names, no JSON per set).
#include "core/policy/set_context.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace proximity::policy {

enum class FactType { Number, Boolean, Choice, Text };

enum class Fact : uint8_t {
    ExerciseId, ExerciseClass, ExerciseEquipment, ExerciseHeavyCompound, ExerciseNeedsSpotter,
    ExerciseInjuryRiskWhenFatigued, ExerciseSpinalLoading,
    LifterStatus, LifterCalibrated, LifterRirError,
    SetIndex, SetOf, SetRemaining, SetIsFirst, SetIsLast, SetTargetReps, SetPercentE1rm,
    SessionSpotter, SessionSafety, SessionPosition,
    Phase, PhaseWeek,
    FatigueAny, FatigueCount, FatiguePerformanceDrop, FatiguePersistentSoreness, FatiguePoorReadiness,
    WeeklySets, Frequency,
    Count_
};
constexpr size_t kFactCount = static_cast<size_t>(Fact::Count_);

struct FactInfo {
    Fact fact;
    const char* name;                  // "set.targetReps"
    FactType type;
    std::vector<const char*> choices;  // Choice facts: the allowed values, by index
    const char* about;                 // one line for the docs and the advisor page
};

const std::vector<FactInfo>& all_facts();
const FactInfo* find_fact(const std::string& name);
const FactInfo& fact_info(Fact f);
std::string fact_names_list();

// The facts of one set. Numbers, booleans (0/1) and choices (index into `choices`)
// are all doubles; `known` is false for facts the input did not give (a percentage of
// e1RM, an RIR calibration).
struct Facts {
    std::array<double, kFactCount> value{};
    std::array<bool, kFactCount> known{};
    const std::string* exercise_id = nullptr;

    double operator[](Fact f) const { return value[static_cast<size_t>(f)]; }
    bool has(Fact f) const { return known[static_cast<size_t>(f)]; }
};

// ctx.exercise must not be null.
Facts collect_facts(const SetContext& ctx) noexcept;

}  // namespace proximity::policy
