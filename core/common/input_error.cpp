#include "core/common/input_error.hpp"

namespace proximity {

void throw_input_error(std::string field, const std::string& message) {
    throw InputError(std::move(field), message);
}

}  // namespace proximity
