#pragma once
// The exercises the engine knows: the built-in library (core/data/exercises.json,
// parsed once per process) plus the user's own. Copying a library is cheap (the data
// is shared and copied only when an exercise is added), so EngineState can be copied
// on every API call.
//
// Pointers returned by find() and references from all() stay valid until the next
// add() on the same library object (like std::vector::push_back). The JSON reader is
// core/json/exercise_library_json.hpp, which also defines builtin().
#include "core/exercise/exercise.hpp"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace proximity::exercise {

class ExerciseLibrary {
public:
    static constexpr size_t kMaxCustomExercises = 500;
    // The most ids one exercises({ids}) call looks up: more than the library can hold
    // (built-in plus custom), so a longer list can only be a mistake.
    static constexpr size_t kMaxIds = 1000;

    ExerciseLibrary();  // empty

    // The built-in library, parsed from core/data/exercises.json the first time.
    static ExerciseLibrary builtin();

    const Exercise* find(const std::string& id) const;  // nullptr if unknown
    const std::vector<Exercise>& all() const;
    size_t size() const { return all().size(); }

    // Adds a (validated) exercise. Throws InputError on field "id" when the id is taken,
    // and when the library already holds kMaxCustomExercises custom exercises. The data
    // is copied first only when another library shares it.
    void add(Exercise e);

private:
    struct Data {
        std::vector<Exercise> exercises;
        std::vector<std::pair<std::string, size_t>> index;  // sorted by id
        size_t custom_count = 0;
    };
    std::shared_ptr<Data> data_;  // shared by copies, changed only while not shared
};

}  // namespace proximity::exercise
