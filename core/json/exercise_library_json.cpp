#include "core/json/exercise_library_json.hpp"
#include "core/common/quoted_text.hpp"

#include "core/common/input_error.hpp"
#include "core/json/exercise_json.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/json_text.hpp"

namespace proximity::data {
extern const char* const k_exercises_json;
}

namespace proximity::exercise {

using nlohmann::json;

namespace {

constexpr int kLibraryVersion = 1;

}  // namespace

ExerciseLibrary ExerciseLibrary::builtin() {
    static const ExerciseLibrary library = read_exercise_library(parse_json(data::k_exercises_json));
    return library;
}

ExerciseLibrary read_exercise_library(const json& doc) {
    fields::require_object(doc, "");
    const int version = fields::read_int(doc, "version", "", 1, 1000);
    if (version != kLibraryVersion)
        throw_input_error("version", "exercise library version " + std::to_string(version) +
                                        " is not supported (this build reads version " +
                                        std::to_string(kLibraryVersion) + ")");
    if (!doc.contains("exercises") || !doc.at("exercises").is_array())
        throw_input_error("exercises", "exercises must be a list of exercises");
    ExerciseLibrary library;
    const json& list = doc.at("exercises");
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string path = "exercises[" + std::to_string(i) + "]";
        Exercise e = read_exercise(list[i], path);
        if (library.find(e.id)) throw_input_error(path + ".id", "exercise id " + quoted_input(e.id) + " is used twice");
        library.add(std::move(e));  // read_exercise never sets `custom`: no custom limit here
    }
    return library;
}

}  // namespace proximity::exercise
