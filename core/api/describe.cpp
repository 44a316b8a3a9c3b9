#include "core/api/describe.hpp"

#include "core/api/load_inputs.hpp"
#include "core/api/method.hpp"
#include "core/common/effort_scale.hpp"
#include "core/common/json_fields.hpp"
#include "core/history/history_limits.hpp"
#include "core/load/effort.hpp"
#include "core/load/equipment.hpp"
#include "core/load/equipment_limits.hpp"
#include "core/load/formula.hpp"
#include "core/load/load_rounding.hpp"
#include "core/load/rir_calibration.hpp"
#include "core/load/rir_misjudgement.hpp"
#include "core/plan/mesocycle.hpp"
#include "core/plan/plan_limits.hpp"
#include "core/policy/set_context.hpp"
#include "core/policy/set_context_limits.hpp"
#include "core/profile/profile.hpp"
#include "core/units/unit.hpp"

#include <vector>

namespace proximity::api {

using nlohmann::json;

namespace {

// Bumped when a published name or shape changes (not when a method or value is added).
constexpr int kDescribeVersion = 1;

json labels_json(const std::vector<EnumLabel>& labels) {
    json out = json::array();
    for (const auto& l : labels) out.push_back({{"value", l.value}, {"label", l.label}, {"short", l.short_label}});
    return out;
}

json limit_json(const Limit& l, const char* unit) {
    json out = {{"min", l.min}, {"max", l.max}, {"step", l.step}, {"reason", l.reason}};
    if (unit) out["unit"] = unit;
    return out;
}

// The effort scales a set is given on (core/common/effort_scale.hpp).
std::vector<EnumLabel> effort_kind_labels() {
    return {{"rir", "RIR (reps in reserve)", "RIR"}, {"rpe", "RPE (rate of perceived exertion)", "RPE"}};
}

json enums_json() {
    json out = json::object();
    out["formula"] = labels_json(load::formula_labels());
    out["experience"] = labels_json(load::experience_labels());
    out["effortKind"] = labels_json(effort_kind_labels());
    out["equipmentType"] = labels_json(load::equipment_type_labels());
    out["rounding"] = labels_json(load::rounding_labels());
    out["status"] = labels_json(policy::lifter_status_labels());
    out["phase"] = labels_json(policy::phase_labels());
    out["safety"] = labels_json(policy::safety_labels());
    out["fatigueSign"] = labels_json(policy::fatigue_sign_labels());
    out["unit"] = labels_json(units::unit_labels());
    return out;
}

json limits_json() {
    json out = json::object();
    out["reps"] = limit_json(load::kRepsLimit, "reps");
    out["rir"] = limit_json(kRirLimit, "reps in reserve");
    out["rpe"] = limit_json(kRpeLimit, "RPE");
    out["load"] = limit_json(kLoadLimit, "kg or lb");
    out["workingMax"] = limit_json(profile::kWorkingMaxLimit, "kg or lb");
    out["failureReps"] = limit_json(load::kFailureRepsLimit, "reps");
    out["barWeight"] = limit_json(load::kBarWeightLimit, "kg or lb");
    out["plateWeight"] = limit_json(load::kPlateWeightLimit, "kg or lb");
    out["plateCount"] = limit_json(load::kPlateCountLimit, "plates");
    out["stepWeight"] = limit_json(load::kStepWeightLimit, "kg or lb");
    out["stackWeight"] = limit_json(load::kStackWeightLimit, "kg or lb");
    out["plannedReps"] = limit_json(policy::kTargetRepsLimit, "reps");
    // Past this many reps to failure the estimates warn and table cells are "rough".
    out["reliableRepsToFailure"] = limit_json(
        Limit{1, load::kReliableRepsToFailure, 0,
              "further from failure the one-rep-max equations disagree (Reynolds et al. 2006)"},
        "reps to failure");
    out["planWeeks"] = limit_json(plan::kWeeksLimit, "weeks");
    out["blockWeeks"] = limit_json(plan::kBlockWeeksLimit, "weeks");
    out["sessionsPerWeek"] = limit_json(plan::kSessionsPerWeekLimit, "sessions");
    out["exercisesPerSession"] = limit_json(plan::kExercisesPerSessionLimit, "exercises");
    out["setsPerExercise"] = limit_json(plan::kSetsPerExerciseLimit, "sets");
    out["failureBlockWeek"] = limit_json(policy::kFailureBlockWeekLimit, "weeks");
    out["weeklySets"] = limit_json(policy::kWeeklySetsLimit, "sets");
    out["weeklyFrequency"] = limit_json(policy::kWeeklyFrequencyLimit, "sessions");
    out["exercisePosition"] = limit_json(policy::kExercisePositionLimit, "exercises");
    out["percentE1rm"] = limit_json(policy::kPercentE1rmLimit, "% of e1RM");
    out["calibrationBias"] = limit_json(load::kCalibrationBiasLimit, "reps");
    out["calibrationSpread"] = limit_json(load::kCalibrationSpreadLimit, "reps");
    out["planNameLength"] = limit_json(plan::kNameLengthLimit, "characters");
    out["loggedReps"] = limit_json(history::kLoggedRepsLimit, "reps");
    out["loggedLoad"] = limit_json(history::kLoggedLoadLimit, "kg or lb");
    out["loggedRpe"] = limit_json(history::kLoggedRpeLimit, "RPE");
    return out;
}

json builds_json(unsigned builds) {
    json out = json::array();
    if (builds & kCalculatorBuild) out.push_back("calculator");
    if (builds & kFullBuild) out.push_back("full");
    if (builds & kBenchBuild) out.push_back("bench");
    return out;
}

// A method's fields, or null where it is not described (its handler checks its input).
json fields_json(const Fields& fields) {
    if (!fields.described) return nullptr;
    json out = json::array();
    for (const Field& f : fields) {
        json field = {{"name", f.name}, {"type", field_type_name(f.type)}, {"required", f.required}, {"about", f.about}};
        if (f.choices) field["enum"] = f.choices;
        if (f.limit) field["limit"] = f.limit;
        if (f.item) field["items"] = f.item;
        out.push_back(std::move(field));
    }
    return out;
}

json methods_json() {
    json out = json::array();
    for (const auto& m : all_methods())
        out.push_back({{"name", m.name}, {"builds", builds_json(m.builds)}, {"input", fields_json(m.input)},
                       {"output", fields_json(m.output)}});
    return out;
}

}  // namespace

json describe(const json& raw) {
    fields::require_object(raw, "");  // fields: none (refused by the engine)
    json out = json::object();
    out["version"] = kDescribeVersion;
    out["build"] = builds_json(this_build()).at(0);
    out["methods"] = methods_json();
    out["enums"] = enums_json();
    out["limits"] = limits_json();
    out["units"] = json::array({"kg", "lb"});
    return out;
}

}  // namespace proximity::api
