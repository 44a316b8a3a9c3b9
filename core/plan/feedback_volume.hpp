#pragma once
// Next week's hard sets per muscle from the lifter's session feedback (session_feedback.hpp)
// and the log's fatigue signs, kept within the muscle's landmarks (landmarks.hpp), each
// with the reason in words.
//
// This follows practitioner guidance, not a study: the "set progression" of Renaissance
// Periodization (Mike Israetel and colleagues) adds sets while a muscle recovers early and
// the work feels easy to recover from, holds them when recovery just keeps up, and takes
// sets away when soreness outlasts the next session or joints hurt. The step sizes below
// are the model's own choice (docs/planner.md, "Session feedback").
//
// The rules, per muscle answered (the first that applies decides; `base` is this week's
// hard sets rounded to a whole set):
//   1. a fatigue sign of the log names the muscle (a performance drop, core/analysis/
//      fatigue_signs.hpp): a one-week local deload, local_deload_sets(base) (half, rounded
//      up), whatever the answers;
//   2. bad joint pain: base - kCutForBadJoints (not below 0), and swap the exercise;
//   3. soreness: still sore -> -kCutWhenStillSore; healed just in time -> 0; not sore or
//      healed early -> +kAddWhenNoPump without a pump, +kAddWhenPumped with one;
//      then some joint pain holds any increase at 0, a session that felt too hard makes
//      the step at most -kCutAfterTooHard, one that felt hard at most +kMaxAddAfterHard.
// Then the landmarks: never above the ceiling (a week above it comes down to it), and a
// cut from rule 3 stops at the muscle's min (or where it is, when already below).
#include "core/plan/landmarks.hpp"
#include "core/plan/muscle_fatigue.hpp"
#include "core/plan/muscle_tally.hpp"
#include "core/plan/session_feedback.hpp"

#include <string>
#include <vector>

namespace proximity::plan {

// The model's own step sizes, in hard sets per week.
constexpr int kAddWhenNoPump = 2;
constexpr int kAddWhenPumped = 1;
constexpr int kCutWhenStillSore = 1;
constexpr int kCutForBadJoints = 2;
constexpr int kCutAfterTooHard = 1;
constexpr int kMaxAddAfterHard = 1;

// What the steps rest on, in the lifter's words (every answer carries it).
inline constexpr const char* kFeedbackVolumeAbout =
    "These steps follow practitioner guidance, the set progression taught by Renaissance Periodization "
    "(Mike Israetel and colleagues), not a study; how many sets each answer adds or takes away is this "
    "app's own choice.";

enum class VolumeAction { Deload, Reduce, Hold, Add };
const char* volume_action_id(VolumeAction a);  // "deload", "reduce", "hold", "add"

struct NextWeekSets {
    exercise::Muscle muscle = exercise::Muscle::Chest;
    double this_week = 0;  // the week the step starts from, as given
    double next_week = 0;  // whole sets
    VolumeAction action = VolumeAction::Hold;
    Landmark landmark;
    std::string reason;  // for the lifter
};

// One entry per muscle of the feedback, in its order. `this_week`: the hard sets the steps
// start from (the planned week, or the log's recent typical week); `fatigue`: the log's
// current fatigue signs (a sign without muscles names every muscle).
std::vector<NextWeekSets> next_week_sets(const SessionFeedback& feedback, const MuscleTally& this_week,
                                         const LandmarkTable& landmarks, const std::vector<MuscleFatigue>& fatigue);

}  // namespace proximity::plan
