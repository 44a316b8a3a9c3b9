#pragma once
// A plan document's version, checked before anything else in it: a plan from a newer
// app may carry fields this one does not know, and "unsupported plan version" says
// more than "not a known field". No version: nothing to check (read_plan then asks for
// one). Defined in core/json/plan_reader.cpp.
#include <nlohmann/json_fwd.hpp>

namespace proximity::plan {

void check_plan_version(const nlohmann::json& doc);

}  // namespace proximity::plan
