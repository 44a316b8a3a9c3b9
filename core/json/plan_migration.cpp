#include "core/json/plan_migration.hpp"

#include "core/plan/plan.hpp"

namespace proximity::plan {

using nlohmann::json;

namespace {

// 1 -> 2: nothing to change in the exercises (a superset is a new, optional field).
void from_version_1(json& doc) { doc["version"] = 2; }

using Step = void (*)(json&);
constexpr Step kSteps[] = {from_version_1};  // kSteps[v - 1] turns version v into v + 1
static_assert(sizeof(kSteps) / sizeof(kSteps[0]) == kPlanVersion - kOldestPlanVersion,
              "one migration step per plan version");

}  // namespace

json migrate_plan(const json& doc) {
    if (!doc.is_object() || !doc.contains("version") || !doc.at("version").is_number_integer()) return doc;
    json out = doc;
    for (long long v = out.at("version").get<long long>(); v >= kOldestPlanVersion && v < kPlanVersion; ++v)
        kSteps[v - kOldestPlanVersion](out);
    return out;
}

}  // namespace proximity::plan
