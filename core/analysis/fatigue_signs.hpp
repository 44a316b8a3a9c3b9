#pragma once
// The fatigue signs the history shows now, and what to do about them (seed 001: do not
// train to failure through accumulated fatigue; performance dropping is such a sign).
//
// A sign is "performanceDrop" in one of two ways (performance_drop.hpp for the trend and
// noise band of a session):
//   - one exercise: its current drop, two or more comparable sessions running below
//     its own trend (current_drop);
//   - across a muscle's exercises: the latest kDropSessions comparable sessions among
//     the exercises with that primary muscle are each below their own exercise's trend,
//     and they are of at least two exercises on at least two days (bench on Monday and
//     incline on Thursday, both below trend). One low session is noise, and so are two
//     exercises low on the same day (one bad day). A muscle an exercise's own drop
//     already names is not flagged again; muscles whose evidence is the same sessions
//     share one sign.
// Each sign names its muscles and a one-week local deload of them: about half the hard
// sets of the lifter's recent typical week (plan::typical_week, as of the last week before
// the sign's last session, rounded up), compounds at RIR 4 and isolation at RIR 3, nothing
// to failure (plan/deload_week.hpp's deload). A muscle with no sets to cut (none or one a
// week) has no deload line: the advice is then only to stay off failure for a week.
#include "core/analysis/performance_drop.hpp"
#include "core/analysis/weekly_tally.hpp"
#include "core/plan/muscle_fatigue.hpp"
#include "core/units/unit.hpp"

#include <string>
#include <vector>

namespace proximity::analysis {

struct MuscleDeload {
    exercise::Muscle muscle;
    double hard_sets = 0;  // the recent typical week before the sign's last session's week
    double deload_sets = 0;
};

// One session below its exercise's recent trend.
struct DropPoint {
    const ExerciseTrend* trend = nullptr;
    int session = 0;      // index in trend->sessions
    double expected = 0;  // the trend it is measured against
    double band = 0;      // its noise band
    double e1rm = 0;
};

struct FatigueSign {
    bool across = false;               // across a muscle's exercises (else one exercise's drop)
    std::vector<DropPoint> points;     // in date order; the last is the latest session
    std::vector<exercise::Muscle> muscles;
    std::vector<MuscleDeload> deload;  // the muscles with sets to cut, in the order of muscles
    const DropPoint& worst() const;    // the largest drop relative to its trend
    const ExerciseTrend& latest() const { return *points.back().trend; }
};

std::vector<FatigueSign> fatigue_signs(const std::vector<ExerciseTrend>& trends, const WeeklyTally& weeks);

// The signs as the failure policy reads them (per muscle, plan/muscle_fatigue.hpp).
std::vector<plan::MuscleFatigue> muscle_fatigue(const std::vector<FatigueSign>& signs);

// What to do, in the lifter's words.
std::string sign_advice(const FatigueSign& sign, units::Unit unit);

}  // namespace proximity::analysis
