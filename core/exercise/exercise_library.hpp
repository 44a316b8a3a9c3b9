#pragma once
// The exercises the engine knows: the built-in library (core/data/exercises.json,
// parsed once per process) plus the user's own. Copying a library is cheap (the data
// is shared and copied only when an exercise is added), so EngineState can be copied
// on every API call.
//
// Pointers returned by find() and references from all() stay valid until the next
// add() on the same library object (like std::vector::push_back).
#include "core/exercise/exercise.hpp"
#include "core/exercise/exercise_json.hpp"

#include <nlohmann/json.hpp>

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

    // A library document: {"version":1, "exercises":[{...}, ...]}. Throws InputError
    // with a path such as "exercises[3].primary[0]" for a bad entry or a repeated id.
    static ExerciseLibrary from_json(const nlohmann::json& doc);

    const Exercise* find(const std::string& id) const;  // nullptr if unknown
    const std::vector<Exercise>& all() const;
    size_t size() const { return all().size(); }

    // Adds a (validated) exercise. Throws InputError on field "id" when the id is taken,
    // and when the library already holds kMaxCustomExercises custom exercises.
    void add(Exercise e);

private:
    struct Data {
        std::vector<Exercise> exercises;
        std::vector<std::pair<std::string, size_t>> index;  // sorted by id
        size_t custom_count = 0;
    };
    static void insert(Data& data, Exercise e);
    std::shared_ptr<const Data> data_;
};

}  // namespace proximity::exercise
