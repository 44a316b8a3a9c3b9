#include "core/json/json_fields.hpp"
#include "core/common/quoted_text.hpp"

#include "core/common/input_error.hpp"

#include "core/common/number_text.hpp"

#include <cctype>
#include <cmath>

namespace proximity::fields {

namespace {

std::string range_text(double min, double max) {
    return "between " + number_text(min) + " and " + number_text(max);
}

const json* find(const json& obj, const std::string& name) {
    if (!obj.is_object()) return nullptr;
    auto it = obj.find(name);
    if (it == obj.end() || it->is_null()) return nullptr;
    return &*it;
}

double checked_number(const json& v, const std::string& field, double min, double max) {
    if (non_finite_text(v)) throw_input_error(field, field + " must be a finite number");
    if (!v.is_number()) throw_input_error(field, field + " must be a number");
    double d = v.get<double>();
    if (!std::isfinite(d)) throw_input_error(field, field + " must be a finite number");
    if (d < min || d > max)
        throw_input_error(field, field + " must be " + range_text(min, max) + " (got " +
                                    number_text(d) + ")");
    return d;
}

int checked_int(const json& v, const std::string& field, int min, int max) {
    double d = checked_number(v, field, min, max);
    if (std::floor(d) != d) throw_input_error(field, field + " must be a whole number");
    return static_cast<int>(d);
}

// "RIR" and "rir", "max_reps" and "maxReps": the same letters, case and separators aside.
bool same_letters(const std::string& a, const char* b) {
    const auto letters = [](const std::string& s) {
        std::string out;
        for (char c : s)
            if (c != '_' && c != '-' && c != ' ') out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        return out;
    };
    return letters(a) == letters(b);
}

}  // namespace

bool non_finite_text(const json& v) {
    if (!v.is_string()) return false;
    const std::string& s = v.get_ref<const std::string&>();
    return s == "NaN" || s == "Infinity" || s == "-Infinity";
}

bool is_whole(double d) { return std::isfinite(d) && std::floor(d) == d; }

namespace {
// A key the code names, or an id (kebab-case, camelCase): written bare in a path.
bool plain_key(const std::string& name) {
    if (name.empty()) return false;
    for (char c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
    return true;
}
}  // namespace

std::string path(const std::string& parent, const std::string& name) {
    if (!plain_key(name)) return parent + "[" + quoted_input(name) + "]";  // a key the input chose
    return parent.empty() ? name : parent + "." + name;
}

const json& require_object(const json& value, const std::string& where) {
    static const json empty = json::object();
    if (value.is_null()) return empty;
    if (!value.is_object())
        throw_input_error(where, (where.empty() ? std::string("input") : where) + " must be an object");
    return value;
}

bool has(const json& obj, const std::string& name) { return find(obj, name) != nullptr; }

namespace {

// The `count` names name_of(0..count-1), as "a, b, c".
template <typename NameOf>
std::string names_list(std::size_t count, NameOf name_of) {
    std::string list;
    for (std::size_t i = 0; i < count; ++i) list += (i == 0 ? "" : ", ") + std::string(name_of(i));
    return list;
}

// Throws on the first key of `obj` not among the `count` names name_of(0..count-1).
template <typename NameOf>
void reject_unknown(const json& obj, const std::string& parent, std::size_t count, NameOf name_of) {
    if (!obj.is_object()) return;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        bool ok = false;
        for (std::size_t i = 0; i < count && !ok; ++i) ok = it.key() == name_of(i);
        if (ok) continue;
        const std::string list = names_list(count, name_of);
        std::string suggestion;
        for (std::size_t i = 0; i < count && suggestion.empty(); ++i)
            if (same_letters(it.key(), name_of(i))) suggestion = name_of(i);
        const std::string field = path(parent, it.key());
        // Nested, the message starts with where the field is ("workouts[0].sets[2]: ..."),
        // so a caller that reads the document under a name prefixes it like any other.
        const std::string key = (parent.empty() ? "" : parent + ": ") + quoted_input(it.key());
        if (!suggestion.empty())
            throw_input_error(field, key + " is not a known field; did you mean " + quoted_input(suggestion) + "?");
        throw_input_error(field, key + " is not a known field" +
                                     (list.empty() ? std::string(": this takes no input") : " (expected " + list + ")"));
    }
}

}  // namespace

void reject_unknown_fields(const json& obj, const std::string& parent,
                           std::initializer_list<const char*> known) {
    reject_unknown(obj, parent, known.size(), [&](std::size_t i) { return known.begin()[i]; });
}

void reject_unknown_fields(const json& obj, const std::string& parent, const shapes::Fields& known) {
    reject_unknown(obj, parent, known.count, [&](std::size_t i) { return known.first[i].name; });
}

void reject_unknown_fields(const json& obj, const std::string& parent, const shapes::Shape& known) {
    reject_unknown_fields(obj, parent, known.fields);
}

std::string field_names(const shapes::Shape& shape) {
    return names_list(shape.fields.count, [&](std::size_t i) { return shape.fields.first[i].name; });
}

const shapes::Shape& form_of(const json& obj, const std::string& parent, const shapes::Fields& one_of) {
    const shapes::Form* chosen = nullptr;
    const shapes::Form* untagged = nullptr;
    std::string tags;
    for (const shapes::Form* form = one_of.begin_forms(); form != one_of.end_forms(); ++form) {
        const shapes::Form& f = *form;
        if (!f.tag) {
            untagged = &f;
            continue;
        }
        tags += (tags.empty() ? "" : " or ") + std::string(f.tag);
        if (!obj.contains(f.tag)) continue;
        if (chosen)
            throw_input_error(path(parent, f.tag), path(parent, chosen->tag) + " and " + path(parent, f.tag) +
                                                       " cannot be given together: give one of them");
        chosen = &f;
    }
    if (!chosen) chosen = untagged;
    if (!chosen) throw_input_error(parent, (parent.empty() ? std::string("the input") : parent) + " needs " + tags);
    return *chosen->shape;
}

const json& require_object_at(const json& value, const std::string& where, const char* what) {
    if (!value.is_object()) throw_input_error(where, (where.empty() ? std::string(what) : where) + " must be an object");
    return value;
}

const json& read_array(const json& obj, const std::string& name, const std::string& parent, std::size_t min,
                       std::size_t max, bool required) {
    static const json kEmpty = json::array();
    const std::string field = path(parent, name);
    const json* a = find(obj, name);
    if (!a) {
        if (required) throw_input_error(field, field + " is required");
        return kEmpty;
    }
    if (!a->is_array()) throw_input_error(field, field + " must be a list");
    if (a->size() < min)
        throw_input_error(field, field + " needs at least " + std::to_string(min) + (min == 1 ? " entry" : " entries"));
    if (a->size() > max)
        throw_input_error(field, field + " may have at most " + std::to_string(max) + " entries (got " +
                                     std::to_string(a->size()) + ")");
    return *a;
}

double read_number(const json& obj, const std::string& name, const std::string& parent,
                   double min, double max) {
    const std::string field = path(parent, name);
    const json* v = find(obj, name);
    if (!v) throw_input_error(field, field + " is required");
    return checked_number(*v, field, min, max);
}

std::optional<double> read_optional_number(const json& obj, const std::string& name,
                                           const std::string& parent, double min, double max) {
    const json* v = find(obj, name);
    if (!v) return std::nullopt;
    return checked_number(*v, path(parent, name), min, max);
}

double read_number_or(const json& obj, const std::string& name, const std::string& parent,
                      double min, double max, double fallback) {
    return read_optional_number(obj, name, parent, min, max).value_or(fallback);
}

int read_int(const json& obj, const std::string& name, const std::string& parent, int min, int max) {
    const std::string field = path(parent, name);
    const json* v = find(obj, name);
    if (!v) throw_input_error(field, field + " is required");
    return checked_int(*v, field, min, max);
}

std::optional<int> read_optional_int(const json& obj, const std::string& name,
                                     const std::string& parent, int min, int max) {
    const json* v = find(obj, name);
    if (!v) return std::nullopt;
    return checked_int(*v, path(parent, name), min, max);
}

int read_int_or(const json& obj, const std::string& name, const std::string& parent, int min,
                int max, int fallback) {
    return read_optional_int(obj, name, parent, min, max).value_or(fallback);
}

bool read_bool_or(const json& obj, const std::string& name, const std::string& parent,
                  bool fallback) {
    const json* v = find(obj, name);
    if (!v) return fallback;
    if (!v->is_boolean()) {
        const std::string field = path(parent, name);
        throw_input_error(field, field + " must be true or false");
    }
    return v->get<bool>();
}

std::optional<std::string> read_optional_string(const json& obj, const std::string& name,
                                                const std::string& parent) {
    const json* v = find(obj, name);
    if (!v) return std::nullopt;
    if (!v->is_string() || non_finite_text(*v)) {
        const std::string field = path(parent, name);
        throw_input_error(field, field + " must be text" + (v->is_string() ? " (got a number that is not finite)" : ""));
    }
    return v->get<std::string>();
}

std::string read_string(const json& obj, const std::string& name, const std::string& parent) {
    auto s = read_optional_string(obj, name, parent);
    if (!s) {
        const std::string field = path(parent, name);
        throw_input_error(field, field + " is required");
    }
    return *s;
}

std::string read_enum_or(const json& obj, const std::string& name, const std::string& parent,
                         const std::vector<std::string>& allowed, const std::string& fallback) {
    auto s = read_optional_string(obj, name, parent);
    if (!s) return fallback;
    for (const auto& a : allowed)
        if (a == *s) return *s;
    std::string list;
    for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
    const std::string field = path(parent, name);
    throw_input_error(field, field + " must be one of " + list + " (got " + quoted_input(*s) + ")");
}

std::string read_enum(const json& obj, const std::string& name, const std::string& parent,
                      const std::vector<std::string>& allowed) {
    if (!has(obj, name)) {
        const std::string field = path(parent, name);
        throw_input_error(field, field + " is required");
    }
    return read_enum_or(obj, name, parent, allowed, "");
}

}  // namespace proximity::fields
