#include "core/json/target_range_json.hpp"

#include "core/load/effort.hpp"

namespace proximity::policy {

nlohmann::json target_rir_json(const RirRange& range) { return {{"min", range.min}, {"max", range.max}}; }

nlohmann::json target_rpe_json(const RirRange& range) {
    return {{"min", load::Effort{0, range.max}.rpe()}, {"max", load::Effort{0, range.min}.rpe()}};
}

}  // namespace proximity::policy
