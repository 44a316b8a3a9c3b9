#include "core/plan/plan_paths.hpp"

namespace proximity::plan {

std::string week_path(int week) { return "weeks[" + std::to_string(week) + "]"; }

std::string session_path(int week, int session) {
    return week_path(week) + ".sessions[" + std::to_string(session) + "]";
}

std::string exercise_path(int week, int session, int exercise) {
    return session_path(week, session) + ".exercises[" + std::to_string(exercise) + "]";
}

std::string set_path(int week, int session, int exercise, int set) {
    return exercise_path(week, session, exercise) + ".sets[" + std::to_string(set) + "]";
}

}  // namespace proximity::plan
