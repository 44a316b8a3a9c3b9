#pragma once
// Typed, validated reads of fields from a JSON object. Each failure is an InputError
// naming the field's path, e.g. read_number(j, "reps", "set") -> field "set.reps".
#include "core/shapes/field.hpp"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace proximity::fields {

using nlohmann::json;

// What the JS facade sends for NaN and +-Infinity (JSON has no such numbers).
bool non_finite_text(const json& value);
// A finite number with no fraction.
bool is_whole(double d);

// "parent.name", or "name" when parent is empty; a key that is not a plain name (spaces,
// quotes, control characters...) is quoted: parent["the key"].
std::string path(const std::string& parent, const std::string& name);

// The object itself must be a JSON object (an absent/null input counts as {}).
const json& require_object(const json& value, const std::string& where);
// `value` must be a JSON object, null included: "weeks[2] must be an object"; `what`
// names it where `where` is empty ("a plan must be an object").
const json& require_object_at(const json& value, const std::string& where, const char* what);

// The list at "parent.name", with min..max entries. Absent: an error when `required`,
// else an empty list.
const json& read_array(const json& obj, const std::string& name, const std::string& parent, std::size_t min,
                       std::size_t max, bool required = true);

// Numbers: finite, and within [min, max] when given.
double read_number(const json& obj, const std::string& name, const std::string& parent,
                   double min, double max);
std::optional<double> read_optional_number(const json& obj, const std::string& name,
                                           const std::string& parent, double min, double max);
double read_number_or(const json& obj, const std::string& name, const std::string& parent,
                      double min, double max, double fallback);

// Whole numbers within [min, max].
int read_int(const json& obj, const std::string& name, const std::string& parent, int min, int max);
std::optional<int> read_optional_int(const json& obj, const std::string& name,
                                     const std::string& parent, int min, int max);
int read_int_or(const json& obj, const std::string& name, const std::string& parent, int min,
                int max, int fallback);

bool read_bool_or(const json& obj, const std::string& name, const std::string& parent,
                  bool fallback);

std::string read_string(const json& obj, const std::string& name, const std::string& parent);
std::optional<std::string> read_optional_string(const json& obj, const std::string& name,
                                                const std::string& parent);

// A string that must be one of `allowed`; the error lists them.
std::string read_enum(const json& obj, const std::string& name, const std::string& parent,
                      const std::vector<std::string>& allowed);
std::string read_enum_or(const json& obj, const std::string& name, const std::string& parent,
                         const std::vector<std::string>& allowed, const std::string& fallback);

bool has(const json& obj, const std::string& name);

// Throws on the first key of `obj` that is not in `known` (catches typos such as
// "secundary"); the error names "parent.key" and lists the expected keys.
void reject_unknown_fields(const json& obj, const std::string& parent,
                           std::initializer_list<const char*> known);
// The same for a described shape (core/shapes): its fields are the known keys.
void reject_unknown_fields(const json& obj, const std::string& parent, const shapes::Fields& known);
void reject_unknown_fields(const json& obj, const std::string& parent, const shapes::Shape& known);
// The names of a shape's fields, as "a, b, c" (for a message that lists them).
std::string field_names(const shapes::Shape& shape);

// Which of the forms of `one_of` (core/shapes/field.hpp) the object `obj` at `parent` is:
// the one whose tag it carries, else the one with no tag. Refuses an object that carries
// the tags of two forms, or none when every form has one.
const shapes::Shape& form_of(const json& obj, const std::string& parent, const shapes::Fields& one_of);

}  // namespace proximity::fields
