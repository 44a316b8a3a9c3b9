#pragma once
// Actual against planned: for each workout that carried out a session of the given plan
// (Workout::plan), the hard sets it planned (plan::tally_week, as the planner counts them)
// and the hard sets logged (set_reading.hpp), in total and per exercise of the plan.
#include "core/analysis/set_reading.hpp"

#include <string>
#include <vector>

namespace proximity::analysis {

struct ExerciseAdherence {
    std::string exercise;
    int planned = 0;
    int actual = 0;
};

struct SessionAdherence {
    int workout = 0;
    int day = 0;
    int week = 0, session = 0;
    int planned = 0;  // hard sets
    int actual = 0;
    std::vector<ExerciseAdherence> exercises;  // the plan's exercises, then any logged extra
};

std::vector<SessionAdherence> plan_adherence(const history::History& history, const HistoryReading& reading,
                                             const plan::Plan& plan, const exercise::ExerciseLibrary& library);

}  // namespace proximity::analysis
