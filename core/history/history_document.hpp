#pragma once
// A Proximity history document as a file holds it, for importing (history_import.hpp).
// The JSON layer reads it: core/json/history_reader.cpp (the shape is in
// core/json/history_reader.hpp).
#include "core/exercise/exercise_library.hpp"
#include "core/history/history.hpp"

#include <string_view>

namespace proximity::history {

// Throws InputError on field "text" when the text is not valid JSON ("line 3, column
// 14"), and the reader's errors (JSON paths) for a document it refuses.
History read_history_document(std::string_view text, const exercise::ExerciseLibrary& library);

}  // namespace proximity::history
