#pragma once
// What an analysis of the history is asked with: the e1RM formula, the lifter (status,
// spotter, a saved RIR calibration, or the whole profile), the unit figures are given in, the equipment the
// next loads are rounded to, and the plan the history follows (optional).
#include "core/load/equipment.hpp"
#include "core/load/formula.hpp"
#include "core/load/rir_calibration.hpp"
#include "core/plan/plan.hpp"
#include "core/policy/set_context.hpp"
#include "core/profile/profile.hpp"
#include "core/units/unit.hpp"

#include <map>
#include <optional>
#include <string>

namespace proximity::analysis {

struct AnalysisOptions {
    load::Formula formula = load::kDefaultFormula;
    units::Unit unit = units::Unit::Kg;  // every load and e1RM of the answer
    policy::LifterStatus status = policy::LifterStatus::Intermediate;
    policy::Safety safety = policy::Safety::None;  // what catches a failed rep
    // The lifter's saved calibration; the history's own failure tests replace it.
    std::optional<load::RirCalibration> calibration;
    // Per exercise id; an exercise without an entry gets the default for its kind
    // (equipment_for.hpp).
    std::map<std::string, load::Equipment> equipment;
    // The lifter profile the options came from (profile_options.hpp), for its equipment.
    std::optional<profile::Profile> profile;
    std::optional<plan::Plan> plan;
    // The day "today" is (YYYY-MM-DD); the last workout's day when not given.
    std::string today;
};

}  // namespace proximity::analysis
