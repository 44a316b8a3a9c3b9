#pragma once
// Everything the failure policy looks at for one planned set. The planner fills it in
// C++ directly; px.adviseSet reads it from JSON (set_context_json.hpp).
#include "core/common/enum_names.hpp"
#include "core/policy/set_context_limits.hpp"
#include "core/exercise/exercise.hpp"

#include <optional>
#include <string>
#include <vector>

namespace proximity::policy {

enum class LifterStatus { Beginner, Intermediate, Advanced };  // ids "beginner", "intermediate", "advanced"
enum class Phase { Normal, HighVolume, Deload, FailureBlock };  // "normal", "high-volume", "deload", "failure-block"

const char* lifter_status_id(LifterStatus s);
std::optional<LifterStatus> lifter_status_from_id(const std::string& id);
std::vector<EnumLabel> lifter_status_labels();
std::vector<std::string> lifter_status_ids();  // "beginner", "intermediate", "advanced"
const char* phase_id(Phase p);
std::optional<Phase> phase_from_id(const std::string& id);
std::vector<EnumLabel> phase_labels();
std::vector<std::string> phase_ids();  // "normal", "high-volume", "deload", "failure-block"

// The fatigue signs the rules know (seed 001: "signs of accumulated fatigue").
constexpr const char* kFatigueSigns[] = {"performanceDrop", "persistentSoreness", "poorReadiness"};
bool is_fatigue_sign(const std::string& sign);
std::string fatigue_signs_list();                // "performanceDrop, persistentSoreness, poorReadiness"
std::vector<EnumLabel> fatigue_sign_labels();    // in kFatigueSigns' order, as a lifter reads them

// How well the lifter's RIR calls match reality, from the load slice's RIR calibration
// (sets called at some RIR and then taken to failure). Reps; the sign of `bias` does
// not matter to the policy, only the size of the typical miss.
struct RirCalibration {
    double bias = 0;    // mean error of the calls
    double spread = 0;  // standard deviation of the calls' errors
    double typical_error() const { return (bias < 0 ? -bias : bias) + spread; }
};

// What catches a failed rep, in the order of the fact session.safety's choices.
enum class Safety { None, Pins, Spotter };  // ids "none", "pins", "spotter"
const char* safety_id(Safety s);
std::optional<Safety> safety_from_id(const std::string& id);
std::vector<EnumLabel> safety_labels();
std::vector<std::string> safety_ids();  // "none", "spotter", "pins"

struct SetContext {
    const exercise::Exercise* exercise = nullptr;  // required
    LifterStatus status = LifterStatus::Intermediate;
    std::optional<RirCalibration> calibration;
    int set_index = 1, set_count = 1;  // 1-based: set 3 of 4
    int target_reps = 8;
    std::optional<double> percent_e1rm;  // load as % of the lifter's e1RM, if known
    Safety safety = Safety::None;        // what catches a failed rep (session.safety)
    int exercise_position = 1;           // 1 = first exercise of the session
    Phase phase = Phase::Normal;
    int failure_block_week = 0;          // week k of a failure block (phase FailureBlock)
    std::vector<std::string> fatigue_signs;  // kFatigueSigns; any entry counts as fatigue
    double weekly_sets = 0;              // hard sets for the muscle this week
    int weekly_frequency = 1;            // sessions per week with this exercise
};

}  // namespace proximity::policy
