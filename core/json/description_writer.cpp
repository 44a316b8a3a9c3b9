#include "core/json/description_writer.hpp"

#include "core/json/load_reader.hpp"
#include "core/common/effort_scale.hpp"
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
#include "core/plan/session_feedback.hpp"
#include "core/policy/set_context.hpp"
#include "core/policy/set_context_limits.hpp"
#include "core/profile/profile.hpp"
#include "core/session/warmup_ramp.hpp"
#include "core/units/unit.hpp"

#include <algorithm>

namespace proximity {

namespace {

void write_labels(AnswerWriter& w, const char* name, const std::vector<EnumLabel>& labels) {
    w.key(name).begin_array();
    for (const auto& l : labels)
        w.begin_object().field("value", l.value).field("label", l.label).field("short", l.short_label).end_object();
    w.end_array();
}

void write_limit(AnswerWriter& w, const char* name, const Limit& l, const char* unit) {
    w.key(name).begin_object().field("min", l.min).field("max", l.max).field("step", l.step);
    w.field("reason", l.reason);
    if (unit) w.field("unit", unit);
    w.end_object();
}

// The effort scales a set is given on (core/common/effort_scale.hpp).
std::vector<EnumLabel> effort_kind_labels() {
    return {{"rir", "RIR (reps in reserve)", "RIR"}, {"rpe", "RPE (rate of perceived exertion)", "RPE"}};
}

}  // namespace

void write_enums(AnswerWriter& w) {
    w.key("enums").begin_object();
    write_labels(w, "formula", load::formula_labels());
    write_labels(w, "experience", load::experience_labels());
    write_labels(w, "effortKind", effort_kind_labels());
    write_labels(w, "equipmentType", load::equipment_type_labels());
    write_labels(w, "rounding", load::rounding_labels());
    write_labels(w, "status", policy::lifter_status_labels());
    write_labels(w, "phase", policy::phase_labels());
    write_labels(w, "safety", policy::safety_labels());
    write_labels(w, "fatigueSign", policy::fatigue_sign_labels());
    write_labels(w, "unit", units::unit_labels());
    write_labels(w, "muscleQuestion", plan::muscle_question_labels());
    write_labels(w, "sessionQuestion", plan::session_question_labels());
    write_labels(w, "pump", plan::pump_labels());
    write_labels(w, "soreness", plan::soreness_labels());
    write_labels(w, "jointPain", plan::joint_pain_labels());
    write_labels(w, "difficulty", plan::difficulty_labels());
    write_labels(w, "warmupMode", session::warmup_mode_labels());
    w.end_object();
}

void write_limits(AnswerWriter& w) {
    w.key("limits").begin_object();
    write_limit(w, "reps", load::kRepsLimit, "reps");
    write_limit(w, "rir", kRirLimit, "reps in reserve");
    write_limit(w, "rpe", kRpeLimit, "RPE");
    write_limit(w, "load", load::kLoadLimit, "kg or lb");
    write_limit(w, "workingMax", profile::kWorkingMaxLimit, "kg or lb");
    write_limit(w, "bodyWeight", profile::kBodyWeightLimit, "kg or lb");
    write_limit(w, "failureReps", load::kFailureRepsLimit, "reps");
    write_limit(w, "barWeight", load::kBarWeightLimit, "kg or lb");
    write_limit(w, "plateWeight", load::kPlateWeightLimit, "kg or lb");
    write_limit(w, "plateCount", load::kPlateCountLimit, "plates");
    write_limit(w, "stepWeight", load::kStepWeightLimit, "kg or lb");
    write_limit(w, "stackWeight", load::kStackWeightLimit, "kg or lb");
    write_limit(w, "plannedReps", policy::kTargetRepsLimit, "reps");
    // Past this many reps to failure the estimates warn and table cells are "rough".
    write_limit(w, "reliableRepsToFailure",
                Limit{1, load::kReliableRepsToFailure, 0,
                      "further from failure the one-rep-max equations disagree (Reynolds et al. 2006)"},
                "reps to failure");
    write_limit(w, "planWeeks", plan::kWeeksLimit, "weeks");
    write_limit(w, "blockWeeks", plan::kBlockWeeksLimit, "weeks");
    write_limit(w, "sessionsPerWeek", plan::kSessionsPerWeekLimit, "sessions");
    write_limit(w, "exercisesPerSession", plan::kExercisesPerSessionLimit, "exercises");
    write_limit(w, "setsPerExercise", plan::kSetsPerExerciseLimit, "sets");
    write_limit(w, "failureBlockWeek", policy::kFailureBlockWeekLimit, "weeks");
    write_limit(w, "weeklySets", policy::kWeeklySetsLimit, "sets");
    write_limit(w, "weeklyFrequency", policy::kWeeklyFrequencyLimit, "sessions");
    write_limit(w, "exercisePosition", policy::kExercisePositionLimit, "exercises");
    write_limit(w, "percentE1rm", policy::kPercentE1rmLimit, "% of e1RM");
    write_limit(w, "calibrationBias", load::kCalibrationBiasLimit, "reps");
    write_limit(w, "calibrationSpread", load::kCalibrationSpreadLimit, "reps");
    write_limit(w, "planNameLength", plan::kNameLengthLimit, "characters");
    write_limit(w, "loggedReps", history::kLoggedRepsLimit, "reps");
    write_limit(w, "loggedLoad", history::kLoggedLoadLimit, "kg or lb");
    write_limit(w, "loggedRpe", history::kLoggedRpeLimit, "RPE");
    write_limit(w, "historySets", history::kHistorySetsLimit, "sets");
    write_limit(w, "historyWorkouts", history::kHistoryWorkoutsLimit, "workouts");
    write_limit(w, "importedPage", history::kImportedPageLimit, "workouts");
    write_limit(w, "importedPageSets", history::kImportedPageSetsLimit, "sets");
    write_limit(w, "warmupPercent", session::kWarmupPercentLimit, "% of the working load");
    write_limit(w, "warmupReps", session::kWarmupRepsLimit, "reps");
    write_limit(w, "warmupSteps", session::kWarmupStepsLimit, "warm-up sets");
    w.end_object();
}

void write_fields(AnswerWriter& w, const char* name, const char* forms_key, const shapes::Fields& fields) {
    w.key(name).begin_array();
    for (const shapes::Field& f : fields) {
        w.begin_object().field("name", f.name).field("type", shapes::field_type_name(f.type));
        w.field("required", f.required).field("about", f.about);
        if (f.choices) w.field("enum", f.choices);
        if (f.limit) w.field("limit", f.limit);
        if (f.item) w.field("items", f.item);
        if (f.shape) w.field("shape", f.shape->name);
        w.end_object();
    }
    w.end_array();
    if (!fields.form_count) return;
    w.key(forms_key).begin_array();
    for (const shapes::Form* f = fields.begin_forms(); f != fields.end_forms(); ++f) {
        w.begin_object().key("when");
        if (f->tag) w.string(f->tag);
        else w.null();
        w.field("shape", f->shape->name).end_object();
    }
    w.end_array();
}

namespace {

void collect_shape(const shapes::Shape* shape, std::vector<const shapes::Shape*>& found) {
    if (!shape || std::find(found.begin(), found.end(), shape) != found.end()) return;
    found.push_back(shape);
    collect_shapes(shape->fields, found);
}

}  // namespace

void collect_shapes(const shapes::Fields& fields, std::vector<const shapes::Shape*>& found) {
    for (const shapes::Form* f = fields.begin_forms(); f != fields.end_forms(); ++f) collect_shape(f->shape, found);
    for (const shapes::Field& f : fields) collect_shape(f.shape, found);
}

void write_shapes(AnswerWriter& w, const std::vector<const shapes::Shape*>& found) {
    w.key("shapes").begin_object();
    for (const shapes::Shape* shape : found) {
        w.key(shape->name).begin_object().field("about", shape->about);
        write_fields(w, "fields", "forms", shape->fields);
        w.end_object();
    }
    w.end_object();
}

}  // namespace proximity
