#include "core/api/handlers.hpp"

#include "core/common/input_error.hpp"
#include "core/history/history_limits.hpp"
#include "core/history/imported_page.hpp"
#include "core/json/history_writer.hpp"
#include "core/json/json_fields.hpp"

namespace proximity::api {

using nlohmann::json;
namespace fields = proximity::fields;
using history::kImportedPageLimit;

void imported_workouts(const json& in, Call& call) {
    const EngineState& state = call.state();
    const auto kept = state.imported.history.lock();
    if (!kept || kept != state.history)
        throw_input_error("from", "no import to read: the kept history changed since the last importToHistory");
    const std::vector<size_t>& added = state.imported.indexes;
    const auto total = static_cast<int>(added.size());
    const int from = fields::read_int_or(in, "from", "", 0, total, 0);
    const int count = fields::read_int_or(in, "count", "", int(kImportedPageLimit.min), int(kImportedPageLimit.max),
                                          int(kImportedPageLimit.max));
    const history::ImportedPage page = history::imported_page(*kept, added, from, count);
    json workouts = json::array();
    for (const history::Workout* w : page.workouts) workouts.push_back(history::workout_to_json(*w));
    json out;
    out["workouts"] = std::move(workouts);
    out["next"] = page.next;
    out["total"] = total;
    return call.answer(std::move(out));
}

}  // namespace proximity::api
