#include "core/api/handlers.hpp"

#include "core/common/input_error.hpp"
#include "core/history/history_limits.hpp"
#include "core/json/history_writer.hpp"
#include "core/json/json_fields.hpp"

namespace proximity::api {

using nlohmann::json;
namespace fields = proximity::fields;
using history::kImportedPageLimit;
using history::kImportedPageSetsLimit;

json imported_workouts(const EngineState& state, const json& raw) {
    const json& in = fields::require_object(raw, "");
    const auto kept = state.imported.history.lock();
    if (!kept || kept != state.history)
        throw_input_error("from", "no import to read: the kept history changed since the last importToHistory");
    const std::vector<size_t>& added = state.imported.indexes;
    const auto total = static_cast<int>(added.size());
    const int from = fields::read_int_or(in, "from", "", 0, total, 0);
    const int count = fields::read_int_or(in, "count", "", int(kImportedPageLimit.min), int(kImportedPageLimit.max),
                                          int(kImportedPageLimit.max));
    json workouts = json::array();
    size_t sets = 0;
    int next = from;
    for (; next < total && next - from < count; ++next) {
        const history::Workout& w = kept->workouts[added[size_t(next)]];
        size_t in_workout = 0;
        for (const history::LoggedExercise& x : w.exercises) in_workout += x.sets.size();
        if (next > from && sets + in_workout > size_t(kImportedPageSetsLimit.max)) break;
        sets += in_workout;
        workouts.push_back(history::workout_to_json(w));
    }
    json out;
    out["workouts"] = std::move(workouts);
    out["next"] = next;
    out["total"] = total;
    return out;
}

}  // namespace proximity::api
