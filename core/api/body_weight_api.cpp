#include "core/api/handlers.hpp"

#include "core/json/analysis_inputs.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/profile_reader.hpp"
#include "core/json/profile_writer.hpp"
#include "core/profile/body_weight_import.hpp"

namespace proximity::api {

using nlohmann::json;
namespace fields = proximity::fields;

void body_weight_format(const json& in, Call& call) {
    const auto format = profile::body_weight_export_format(fields::read_string(in, "text", ""));
    return call.answer({{"format", format ? history::body_weight_format_id(*format) : "none"}});
}

void import_body_weight(const json& in, Call& call) {
    const EngineState& state = call.state();
    profile::Profile lifter = profile::read_profile_field(in, nullptr, state.exercises);
    const profile::BodyWeightImport result =
        profile::import_body_weights(fields::read_string(in, "text", ""), std::move(lifter));
    return call.answer(profile::body_weight_import_json(result));
}

}  // namespace proximity::api
