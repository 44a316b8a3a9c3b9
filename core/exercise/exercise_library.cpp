#include "core/exercise/exercise_library.hpp"
#include "core/common/quoted_text.hpp"

#include "core/common/input_error.hpp"

#include <algorithm>

namespace proximity::exercise {

namespace {

template <typename Index>
auto index_position(Index& index, const std::string& id) {
    return std::lower_bound(index.begin(), index.end(), id,
                            [](const auto& entry, const std::string& key) { return entry.first < key; });
}

}  // namespace

ExerciseLibrary::ExerciseLibrary() : data_(std::make_shared<Data>()) {}

const Exercise* ExerciseLibrary::find(const std::string& id) const {
    auto it = index_position(data_->index, id);
    if (it == data_->index.end() || it->first != id) return nullptr;
    return &data_->exercises[it->second];
}

const std::vector<Exercise>& ExerciseLibrary::all() const { return data_->exercises; }

void ExerciseLibrary::add(Exercise e) {
    if (find(e.id))
        throw_input_error("id", "an exercise with id " + quoted_input(e.id) + " already exists; pick another id");
    if (e.custom && data_->custom_count >= kMaxCustomExercises)
        throw_input_error("id", "at most " + std::to_string(kMaxCustomExercises) +
                                   " custom exercises can be added");
    if (data_.use_count() > 1) data_ = std::make_shared<Data>(*data_);
    Data& data = *data_;
    if (e.custom) ++data.custom_count;
    data.index.insert(index_position(data.index, e.id), {e.id, data.exercises.size()});
    data.exercises.push_back(std::move(e));
}

}  // namespace proximity::exercise
