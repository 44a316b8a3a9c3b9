#include "core/json/effort_fields.hpp"

#include "core/common/input_error.hpp"
#include "core/common/number_text.hpp"
#include "core/json/json_fields.hpp"

#include <cmath>

namespace proximity::fields {

std::optional<double> read_optional_limited(const nlohmann::json& obj, const std::string& name,
                                            const std::string& parent, const Limit& limit) {
    auto v = read_optional_number(obj, name, parent, limit.min, limit.max);
    if (v && limit.step > 0) {
        const double steps = *v / limit.step;
        if (std::floor(steps) != steps) {
            const std::string field = path(parent, name);
            const std::string step = limit.step == 0.5 ? "half steps" : limit.step == 1 ? "whole numbers"
                                                                                         : "steps of " + number_text(limit.step);
            throw InputError(field, field + " must be in " + step + " (got " + number_text(*v) + ")");
        }
    }
    return v;
}

double read_limited(const nlohmann::json& obj, const std::string& name, const std::string& parent, const Limit& limit) {
    if (!has(obj, name)) {
        const std::string field = path(parent, name);
        throw InputError(field, field + " is required");
    }
    return *read_optional_limited(obj, name, parent, limit);
}

std::optional<EffortField> read_optional_effort(const nlohmann::json& obj, const std::string& parent,
                                                const Limit& rpe_limit) {
    const bool has_rir = has(obj, "rir");
    if (has_rir && has(obj, "rpe")) {
        const std::string field = path(parent, "rir");
        throw InputError(field, "give either rir or rpe, not both");
    }
    if (has_rir) return EffortField{false, *read_optional_limited(obj, "rir", parent, kRirLimit)};
    if (auto rpe = read_optional_limited(obj, "rpe", parent, rpe_limit)) return EffortField{true, *rpe};
    return std::nullopt;
}

}  // namespace proximity::fields
