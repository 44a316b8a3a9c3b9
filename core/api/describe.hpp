#pragma once
// px.describe(): the API's own description, machine-readable, in every build. Pages,
// the widget and web/js/proximity.d.ts (scripts/lib/gen-dts.mjs) read option lists,
// labels, min/max and units from it instead of writing them again:
//   { version, build, methods: [{name, builds, input, output}],
//     enums: {formula: [{value, label, short}], ...},
//     limits: {reps: {min, max, step, reason}, ...}, units: [...] }
// Enum labels come from the domain's own tables (core/common/enum_names.hpp), limits
// from the domain headers (core/common/limit.hpp).
#include "core/common/answer_writer.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

void describe(const nlohmann::json& input, AnswerWriter& out);

}  // namespace proximity::api
