#pragma once
// A plan document from an older version of the format, brought to the current one before
// it is read; every week, session, exercise and set is kept. One step per version:
//   1 -> 2: version 2 added an exercise's "supersetWithPrevious"; a version 1 plan has
//           none, so each exercise is read as it was (done on its own).
// check_plan_version (core/json/plan_version_check.hpp) accepts every version listed here.
#include <nlohmann/json.hpp>

namespace proximity::plan {

constexpr int kOldestPlanVersion = 1;

// The document as the current version reads it (a copy; `doc` is not changed). A document
// without a version, or not an object, is returned as it is (the reader then says why).
nlohmann::json migrate_plan(const nlohmann::json& doc);

}  // namespace proximity::plan
