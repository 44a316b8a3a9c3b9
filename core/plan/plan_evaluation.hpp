#pragma once
// Everything the planner says about a plan: per-set cost and failure verdict, weekly hard
// sets per muscle against the landmarks, weekly fatigue against the budget, warnings,
// over-budget suggestions, and the fitness-fatigue simulation across the block.
// evaluate_plan runs the stages in order (each stage is its own file); the sentences
// that describe warnings, suggestions and contradictions are written on demand
// (plan_text.hpp), not during the evaluation.
//   weekly_volume  hard sets and fatigue cost per set, session and week
//   set_verdicts   the failure-policy verdict of every working set, and contradictions
//   volume_warnings, budget_suggestions, plan_simulation
#include "core/exercise/exercise_library.hpp"
#include "core/plan/fatigue_budget.hpp"
#include "core/plan/fatigue_cost.hpp"
#include "core/plan/fitness_fatigue.hpp"
#include "core/plan/landmarks.hpp"
#include "core/plan/muscle_tally.hpp"
#include "core/plan/muscle_fatigue.hpp"
#include "core/plan/plan.hpp"
#include "core/policy/advise_set.hpp"

#include <optional>
#include <string>
#include <vector>

namespace proximity::plan {

// Where the plan asks for more effort than the failure policy advises.
enum class Contradiction {
    None,
    FailureNotAdvised,  // planned to failure, the policy says stop short of it
    CloserThanAdvised,  // planned RIR below the policy's target range
    TechniqueNotAdvised,  // an intensity technique the policy does not allow for this set
    OverSessionLimit,     // one more use of a technique in the session than its rule's perSession
};
const char* contradiction_id(Contradiction c);  // "none", "failureNotAdvised", "closerThanAdvised", "techniqueNotAdvised",
                                                 // "overSessionLimit"

struct SetEvaluation {
    bool hard = false;
    double cost = 0;
    bool advised = false;  // false for warm-ups (no verdict asked)
    policy::Verdict verdict = policy::Verdict::NoFailure;
    policy::RirRange target_rir{0, 0};
    Contradiction contradiction = Contradiction::None;
    bool follows = true;      // the plan is the advice: same failure call, RIR within the target
    bool week_level = false;  // the week's effort level raised the policy's target (Week::effort_rir)
    const policy::Rule* reason = nullptr;  // the policy's first reason, kept for contradictions
};

struct ExerciseEvaluation {
    const exercise::Exercise* exercise = nullptr;
    LoadClass load_class = LoadClass::Isolation;
    double cost = 0;
    std::vector<SetEvaluation> sets;
};

struct SessionEvaluation {
    int day = 1;  // 1 = Monday (session_days.hpp)
    double cost = 0;
    MuscleTally hard_sets;    // fractional hard sets per muscle in this session
    MuscleTally direct_sets;  // hard sets with the muscle as a primary mover
    std::vector<ExerciseEvaluation> exercises;
};

struct MuscleWeek {
    double hard_sets = 0;
    double direct_sets = 0;
    int sessions = 0;  // sessions with direct hard sets for the muscle
    Landmark landmark;
    VolumeStatus status = VolumeStatus::Under;
};

struct WeekEvaluation {
    std::vector<SessionEvaluation> sessions;
    std::vector<MuscleWeek> muscles;  // indexed by muscle_index()
    double cost = 0;
    double budget = 0;
    BudgetStatus budget_status = BudgetStatus::Within;
    int failure_sets = 0;
};

enum class WarningKind { VolumeUnder, VolumeExcessive, SessionPileUp, OnceAWeek, OverBudget };
const char* warning_kind_id(WarningKind k);

// A finding merged across the weeks it applies to; plan_text.hpp puts it in words.
struct PlanWarning {
    WarningKind kind;
    std::vector<int> weeks;  // 0-based weeks it applies to
    int session = -1;        // session index in the first listed week, -1 if none
    std::optional<exercise::Muscle> muscle;
    double low = 0, high = 0;  // the value over those weeks: hard sets, or fatigue cost
    double limit = 0;          // what it is measured against: a landmark, the budget
};

enum class SuggestionKind { MoveFailure, StopShort, DropTechnique, CutSets, TrimSets };
const char* suggestion_kind_id(SuggestionKind k);

struct SetCut {
    int exercise;  // index in the session
    int from, to;  // hard sets before and after
};

// A concrete change to the plan (budget_suggestions.hpp); plan_text.hpp puts it in words.
struct Suggestion {
    SuggestionKind kind = SuggestionKind::StopShort;
    int week = 0;
    int session = 0;
    int exercise = 0;            // the exercise to change (index in the session)
    int target_exercise = -1;    // MoveFailure: where the failure set goes
    int sets = 0;                // StopShort: failure sets stopped; CutSets, TrimSets: sets cut
    int set_number = 0;          // StopShort of a single set: which one (1-based)
    double rir = 1;              // MoveFailure, StopShort: where the stopped sets end instead
    std::optional<policy::Technique> technique;  // DropTechnique
    std::optional<exercise::Muscle> muscle;      // CutSets
    double muscle_sets = 0;      // CutSets: the muscle's weekly hard sets before the cut
    std::vector<SetCut> cuts;    // CutSets: per exercise
    double saves = 0;            // fatigue units saved in that week
};

struct ContradictionRef {
    int week, session, exercise, set;  // 0-based indices into the plan
    Contradiction kind;
};

struct PlanEvaluation {
    std::vector<WeekEvaluation> weeks;
    std::vector<PlanWarning> warnings;
    std::vector<Suggestion> suggestions;
    std::vector<ContradictionRef> contradictions;
    std::vector<DayState> simulation;  // days 0 .. 7 * weeks (fitness_fatigue.hpp)
};

// `fatigue`: the lifter's current fatigue signs (muscle_fatigue.hpp); each working set's
// advice then counts the signs of its exercise's primary muscles.
PlanEvaluation evaluate_plan(const Plan& plan, const exercise::ExerciseLibrary& library,
                             const policy::RuleSet& rules, const PlanFatigue& fatigue = {});

}  // namespace proximity::plan
