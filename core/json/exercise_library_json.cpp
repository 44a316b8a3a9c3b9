#include "core/exercise/exercise_library.hpp"

#include "core/common/input_error.hpp"
#include "core/common/json_fields.hpp"
#include "core/common/json_text.hpp"

#include <algorithm>

namespace proximity::data {
extern const char* const k_exercises_json;
}

namespace proximity::exercise {

using nlohmann::json;

namespace {

constexpr int kLibraryVersion = 1;

template <typename Index>
auto index_position(Index& index, const std::string& id) {
    return std::lower_bound(index.begin(), index.end(), id,
                            [](const auto& entry, const std::string& key) { return entry.first < key; });
}

}  // namespace

void ExerciseLibrary::insert(Data& data, Exercise e) {
    if (e.custom) ++data.custom_count;
    data.index.insert(index_position(data.index, e.id), {e.id, data.exercises.size()});
    data.exercises.push_back(std::move(e));
}

ExerciseLibrary::ExerciseLibrary() : data_(std::make_shared<Data>()) {}

ExerciseLibrary ExerciseLibrary::builtin() {
    static const ExerciseLibrary library = from_json(parse_json(data::k_exercises_json));
    return library;
}

ExerciseLibrary ExerciseLibrary::from_json(const json& doc) {
    fields::require_object(doc, "");
    const int version = fields::read_int(doc, "version", "", 1, 1000);
    if (version != kLibraryVersion)
        throw_input_error("version", "exercise library version " + std::to_string(version) +
                                        " is not supported (this build reads version " +
                                        std::to_string(kLibraryVersion) + ")");
    if (!doc.contains("exercises") || !doc.at("exercises").is_array())
        throw_input_error("exercises", "exercises must be a list of exercises");
    auto data = std::make_shared<Data>();
    const json& list = doc.at("exercises");
    data->exercises.reserve(list.size());
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string path = "exercises[" + std::to_string(i) + "]";
        Exercise e = read_exercise(list[i], path);
        auto at = index_position(data->index, e.id);
        if (at != data->index.end() && at->first == e.id)
            throw_input_error(path + ".id", "exercise id \"" + e.id + "\" is used twice");
        insert(*data, std::move(e));
    }
    ExerciseLibrary library;
    library.data_ = std::move(data);
    return library;
}

const Exercise* ExerciseLibrary::find(const std::string& id) const {
    auto it = index_position(data_->index, id);
    if (it == data_->index.end() || it->first != id) return nullptr;
    return &data_->exercises[it->second];
}

const std::vector<Exercise>& ExerciseLibrary::all() const { return data_->exercises; }

void ExerciseLibrary::add(Exercise e) {
    if (find(e.id))
        throw_input_error("id", "an exercise with id \"" + e.id + "\" already exists; pick another id");
    if (e.custom && data_->custom_count >= kMaxCustomExercises)
        throw_input_error("id", "at most " + std::to_string(kMaxCustomExercises) +
                                   " custom exercises can be added");
    auto next = std::make_shared<Data>(*data_);
    insert(*next, std::move(e));
    data_ = std::move(next);
}

}  // namespace proximity::exercise
