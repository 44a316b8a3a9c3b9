#pragma once
// JSON paths of the parts of a plan document, for error messages and for pointing the
// page at a set: "weeks[1].sessions[0].exercises[2].sets[3]".
#include <string>

namespace proximity::plan {

std::string week_path(int week);
std::string session_path(int week, int session);
std::string exercise_path(int week, int session, int exercise);
std::string set_path(int week, int session, int exercise, int set);

}  // namespace proximity::plan
