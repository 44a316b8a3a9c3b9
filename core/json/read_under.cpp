#include "core/json/read_under.hpp"

namespace proximity::fields {

void rethrow_under(const std::string& prefix, const InputError& e) {
    const std::string inner = e.field();
    const std::string field = inner.empty() ? prefix : prefix + (inner[0] == '[' ? "" : ".") + inner;
    std::string message = e.what();
    if (!inner.empty() && message.rfind(inner, 0) == 0) message = field + message.substr(inner.size());
    else message = prefix + ": " + message;
    throw InputError(field, message);
}

}  // namespace proximity::fields
