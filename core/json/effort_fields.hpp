#pragma once
// Reading how hard a set was or is to be, as every JSON reader takes it: "rir" (reps in
// reserve) or "rpe", never both, each on its scale in half steps. The one reader for
// load requests (core/json/effort_json.hpp), plans and logged sets, so all give the same
// fields and words.
#include "core/common/effort_scale.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace proximity::fields {

// A number within `limit` and on its steps (half steps: "must be in half steps (got 1.3)").
double read_limited(const nlohmann::json& obj, const std::string& name, const std::string& parent, const Limit& limit);
std::optional<double> read_optional_limited(const nlohmann::json& obj, const std::string& name,
                                            const std::string& parent, const Limit& limit);

// The effort as given: `rpe` true when it came as RPE. Nullopt when neither is given;
// both is an error on "parent.rir". `rpe_limit` is kRpeLimit unless the reader takes
// a wider scale (logs imported from other apps).
struct EffortField {
    bool rpe = false;
    double value = 0;
    double rir() const { return rpe ? 10.0 - value : value; }
};
std::optional<EffortField> read_optional_effort(const nlohmann::json& obj, const std::string& parent,
                                                const Limit& rpe_limit = kRpeLimit);

}  // namespace proximity::fields
