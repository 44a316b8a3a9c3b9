#pragma once
// The checks every method's input gets before its handler runs, from the method's
// description (core/api/method_table.hpp): no field it does not take, each field of
// its type, each required one given. One wording for all methods ("reps must be a
// whole number", "plan must be an object", "sets must be a list", "set is required");
// the handlers then check ranges and choices, in words of their own.
#include "core/api/method.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

// Throws an InputError naming the first field of the object `input` that fails (the
// engine refuses an input that is not an object before).
void check_fields(const Fields& fields, const nlohmann::json& input);

// What a value of `type` must be, in words ("a whole number"); null when `value` is one.
const char* type_error(FieldType type, const nlohmann::json& value);

}  // namespace proximity::api
