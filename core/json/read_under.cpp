#include "core/json/read_under.hpp"

namespace proximity::fields {

void rethrow_under(const std::string& prefix, const InputError& e) {
    const std::string inner = e.field();
    const std::string field = inner.empty() ? prefix : prefix + (inner[0] == '[' ? "" : ".") + inner;
    std::string message = e.what();
    // A message that starts with where the error is (the field, or the object holding it:
    // "sets[0]: ...") gets the prefix on that path; any other is told under it.
    const std::string head = message.substr(0, message.find_first_of(": "));
    if (!head.empty() && inner.compare(0, head.size(), head) == 0)
        message = prefix + (head[0] == '[' ? "" : ".") + message;
    else
        message = prefix + ": " + message;
    throw InputError(field, message);
}

}  // namespace proximity::fields
