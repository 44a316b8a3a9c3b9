#pragma once
// Today's session as the session view shows it: for every planned set the target reps
// and RIR, the prescribed load (from the plan's fixed load, its percent of e1RM, or the
// lifter's working e1RM and the target), rounded to the lifter's equipment with the
// plates per side, and the failure-policy verdict with its one-line reason. Built by
// prepare_session.hpp; written as JSON by core/api/session_api.cpp.
#include "core/history/history.hpp"
#include "core/history/rest_defaults.hpp"
#include "core/load/equipment.hpp"
#include "core/load/load_rounding.hpp"
#include "core/policy/felt_target.hpp"
#include "core/policy/verdict.hpp"
#include "core/profile/profile.hpp"

#include <optional>
#include <string>
#include <vector>

namespace proximity::session {

struct PreparedSet {
    bool warmup = false;
    int working_index = 0, working_count = 0;  // set k of n (working sets), 0 for a warm-up
    int reps = 8;
    double rir = 2;        // target RIR (0 when to failure)
    bool failure = false;  // planned to failure
    std::optional<policy::Technique> technique;
    std::optional<double> load;     // prescribed, unrounded, profile unit; none without an e1RM
    std::optional<double> percent;  // of the working e1RM
    bool fixed = false;             // the plan gives the load
    std::optional<load::RoundedLoad> rounded;
    bool advised = false;           // a working set: the policy was asked
    policy::Verdict verdict = policy::Verdict::StopShort;
    policy::RirRange target_rir{1, 3};
    std::string reason;             // one line for the lifter
    bool follows = true;            // the plan's call is the advice
    double weekly_sets = 0;         // hard sets for the muscle in the planned week (weekly_sets.hpp)
    // Where the lifter's calls are biased, the target to stop at by feel (felt_target.hpp).
    std::optional<policy::FeltTarget> felt;
    // The session's one proposed RIR test (a safe last set, allowed by the policy), in words.
    std::string calibration_test;
};

struct PreparedExercise {
    std::string exercise;  // library id
    std::string name;
    int position = 1;      // in the session
    std::optional<profile::WorkingMax> e1rm;
    load::Equipment equipment;
    history::RestClass rest_class = history::RestClass::Compound;
    std::string note;
    bool superset_with_previous = false;  // in a superset with the exercise before it (session_order.hpp)
    // With a history analysis (prepare_session.hpp): where the loads come from
    // (analysis::next_basis_id: "trend", "stepUp", "missed", "planned", "noHistory"; ""
    // without one) and why, in the lifter's words.
    std::string load_basis, load_reason;
    // The history's fatigue signs for the exercise's primary muscles (the policy's
    // fatigue.signs for every working set), and what to do about each, in words.
    std::vector<std::string> fatigue_signs, fatigue_advice;
    // The lifter's calls on this kind of exercise (analysis::CallCalibration): the class id,
    // the bias every load of it is corrected by, and what is known of it in words.
    std::string call_class;
    double call_bias = 0;
    std::string calibration_words;
    std::vector<PreparedSet> sets;
};

struct PreparedSession {
    int week = 0, session = 0;  // 0-based position in the plan
    std::string name, week_label;
    policy::Phase phase = policy::Phase::Normal;
    units::Unit unit = units::Unit::Kg;
    std::optional<history::PlanSession> next;  // the plan position after this session; none at the end
    std::vector<PreparedExercise> exercises;
};

}  // namespace proximity::session
