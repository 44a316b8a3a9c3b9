#pragma once
// Mapping an exercise of the history to another one, typically a custom exercise an
// import created to the library exercise it really is: every logged entry and every
// mapping entry of `from` moves to `to`, and a custom `from` no longer used is removed,
// so the next import maps its name to `to` as well.
#include "core/exercise/exercise_library.hpp"
#include "core/history/history.hpp"

namespace proximity::history {

// Returns the number of sets that moved. Throws InputError on "from" (not in the
// history) or "to" (neither a library nor a custom exercise of the history, or == from).
size_t remap_exercise(History& h, const std::string& from, const std::string& to,
                      const exercise::ExerciseLibrary& library);

// The same for one name as logged (compared normalized): only the entries logged under
// `name` move, and the mapping learns name -> to (fixing an alias that guessed wrong).
// Throws on "name" when no entry has that name.
size_t remap_name(History& h, const std::string& name, const std::string& to,
                  const exercise::ExerciseLibrary& library);

}  // namespace proximity::history
