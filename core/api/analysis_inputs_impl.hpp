#pragma once
// read_under's template body (analysis_inputs.hpp).
#include "core/common/input_error.hpp"

namespace proximity::api {

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

}  // namespace proximity::api
