#pragma once
// Which exercise a logged name is. In order: the history's own mapping (names the lifter
// or an earlier import settled), the alias table, the library's own names and ids, the
// history's custom exercises by name; otherwise a new custom exercise is guessed
// (custom_exercise_guess.hpp) and added to the history with a mapping entry, so the next
// import and a later remap find it. Names compare normalized (exercise_names.hpp).
#include "core/exercise/exercise_library.hpp"
#include "core/history/history.hpp"

#include <string>
#include <unordered_map>

namespace proximity::history {

struct NameMatch {
    std::string exercise;  // library or custom id
    bool mapped = false;   // true when it is a library exercise
};

class ExerciseMatcher {
public:
    // Reads `history`'s mapping and custom exercises; match() may add to them.
    ExerciseMatcher(History& history, const exercise::ExerciseLibrary& library);

    NameMatch match(const std::string& name);

private:
    History& history_;
    const exercise::ExerciseLibrary& library_;
    std::unordered_map<std::string, std::string> known_;  // normalized name -> id
    std::unordered_map<std::string, NameMatch> cache_;    // raw name -> answer
};

}  // namespace proximity::history
