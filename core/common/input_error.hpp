#pragma once
// The one error type of the core: bad input, named by the field (a JSON path such as
// "set.reps" or "rules[3].effect") so the UI can point at it. Everything the core
// throws for a user's input is an InputError; the API boundary turns it into a value.
#include <stdexcept>
#include <string>

namespace proximity {

class InputError : public std::runtime_error {
public:
    InputError(std::string field, const std::string& message)
        : std::runtime_error(message), field_(std::move(field)) {}
    const std::string& field() const noexcept { return field_; }

private:
    std::string field_;
};

// Throws InputError(field, message). Out of line, so that each of the many throw sites
// stays a plain call in the WASM build (about 100 bytes smaller each).
[[noreturn]] void throw_input_error(std::string field, const std::string& message);

}  // namespace proximity
