#pragma once
// Runs `read` and re-throws its InputError with the field (and the message's leading
// field) put under `prefix`: "weeks[0]..." -> "plan.weeks[0]...", for a document read
// inside another one (a plan or a profile inside a method's input).
#include "core/common/input_error.hpp"

#include <string>

namespace proximity::fields {

// The error of a nested reader, re-named under `prefix`.
[[noreturn]] void rethrow_under(const std::string& prefix, const InputError& e);

template <typename Read>
auto read_under(const std::string& prefix, Read read) -> decltype(read()) {
    try {
        return read();
    } catch (const InputError& e) {
        rethrow_under(prefix, e);
    }
}

}  // namespace proximity::fields
