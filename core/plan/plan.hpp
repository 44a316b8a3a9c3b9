#pragma once
// The training plan: weeks -> sessions -> exercises -> sets, plus the lifter and the
// settings the plan is judged with (counting weights, landmarks, fatigue budget, model
// parameters). A plan carries its own settings so that an exported file or a shared link
// evaluates the same everywhere. JSON shape: core/json/plan_reader.hpp / plan_writer.hpp.
#include "core/plan/plan_settings.hpp"
#include "core/policy/set_context.hpp"
#include "core/policy/technique.hpp"

#include <optional>
#include <string>
#include <vector>

namespace proximity::plan {

// Version 2 added an exercise's superset (supersetWithPrevious); a version 1 plan is read
// as it was, with no supersets (core/json/plan_migration.hpp).
constexpr int kPlanVersion = 2;

struct PlannedSet {
    int reps = 8;                         // target reps
    double rir = 2;                       // target reps in reserve (0 when failure)
    bool failure = false;                 // taken to momentary muscular failure
    bool warmup = false;                  // warm-up: never a hard set, no fatigue cost
    std::optional<policy::Technique> technique;  // an intensity technique (a failure set only)
    std::optional<double> load;           // in the plan's unit
    std::optional<double> percent_e1rm;   // 1-100

    double effective_rir() const { return failure ? 0.0 : rir; }
};

struct PlannedExercise {
    std::string exercise;  // exercise library id, e.g. "bench-press"
    std::vector<PlannedSet> sets;
    std::string note;
    // Done in alternation with the exercise before it in the session (a superset): a run of
    // exercises joined this way is one group, performed set by set with one rest per round
    // (core/session/session_order.hpp). The first exercise of a session joins nothing.
    bool superset_with_previous = false;
};

struct Session {
    std::string name;
    int day = 0;  // 1 = Monday ... 7 = Sunday; 0 = spread automatically (session_days.hpp)
    std::vector<PlannedExercise> exercises;
};

struct Week {
    std::string label;
    policy::Phase phase = policy::Phase::Normal;
    std::vector<Session> sessions;
    // The block's effort level this week ("effortRir"): no set is advised closer to
    // failure than this (a generated block builds from RIR 3 to 0, effort_progression.hpp).
    std::optional<double> effort_rir;
};

struct Plan {
    std::string name;
    PlanSettings settings;
    std::vector<Week> weeks;
};

}  // namespace proximity::plan
