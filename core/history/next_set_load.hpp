#pragma once
// The next set adapts to the last one: the e1RM re-estimated from the set just logged
// (core/load: one_rep_max) gives the load for the next target (target_load), rounded
// to what the lifter can load (load_rounding), with a sentence saying why the load
// changed. A set that reached failure is RIR 0; a set logged without an effort cannot
// re-estimate anything and is refused by the caller. The call is corrected by the lifter's
// calibration bias for the exercise (load::corrected_effort, as every other number is), and
// a failure test (failure_reps) is exact: its reps to failure are known.
// A bodyweight or assisted exercise (exercise::LoadKind) is worked out on the effective
// load (body weight plus the added load, or minus the assistance:
// core/exercise/effective_load.hpp): the e1RM and the next set's target are effective
// loads, and the load answered and rounded is what the lifter adds on the belt or sets as
// assistance. A target lighter than the body (heavier, when assisted) is done with no
// added load (no assistance), and a warning says so.
#include "core/exercise/exercise.hpp"
#include "core/load/effort.hpp"
#include "core/load/equipment.hpp"
#include "core/load/formula.hpp"
#include "core/load/load_rounding.hpp"
#include "core/units/unit.hpp"

#include <optional>
#include <string>

namespace proximity::history {

struct NextSetRequest {
    double load = 0;        // the set just logged, in `unit` (added load, or assistance)
    exercise::LoadKind kind = exercise::LoadKind::External;
    std::optional<double> body_weight;  // in `unit`; required unless kind is External
    load::Effort done;      // its reps and RIR (0 when it reached failure)
    bool failure = false;
    std::optional<int> failure_reps;  // a test: the call was at done.reps, failure came here
    double bias = 0;        // the calibration's bias for this exercise's calls, reps
    load::Effort target;    // the next set's reps and RIR
    std::optional<double> e1rm_before;  // the working e1RM before this set, if known
    units::Unit unit = units::Unit::Kg;
    load::Formula formula = load::kDefaultFormula;
    load::Equipment equipment;
    load::RoundingMode rounding = load::RoundingMode::Nearest;
};

struct NextSetLoad {
    double e1rm = 0;          // re-estimated from the set just logged
    std::optional<double> change;  // e1rm - e1rm_before
    double load = 0;          // for the target, unrounded (added load or assistance)
    double percent = 0;
    load::RoundedLoad rounded;
    std::optional<double> effective;  // the rounded load as moved (bodyweight kinds only)
    std::string reason;       // one sentence for the lifter
    std::vector<std::string> warnings;
};

// Throws InputError on "bodyWeight" when a bodyweight kind has none, and on "set.load"
// when the assistance is the whole body weight or more.
NextSetLoad next_set_load(const NextSetRequest& r);

}  // namespace proximity::history
