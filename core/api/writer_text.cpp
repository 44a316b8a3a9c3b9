// The runner of the methods that write their own answer text (core/json/json_writer.hpp).
#include "core/json/json_writer.hpp"
#include "core/api/method.hpp"

namespace proximity::api {

void run_writer(const Method& method, SharedState&, const nlohmann::json& input, std::string& out) {
    JsonWriter writer(out);
    method.writer(input, writer);
}

}  // namespace proximity::api
