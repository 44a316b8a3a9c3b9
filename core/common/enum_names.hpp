#pragma once
// A fixed table of an enum's values, their JSON names and their display labels, with
// lookups both ways, the comma-separated list that error messages quote, and the
// {value, label, short} list px.describe() publishes (core/api/describe.cpp), so that
// pages show the core's labels instead of writing their own.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace proximity {

template <typename E>
struct EnumName {
    E value;
    const char* name;
    const char* label = nullptr;        // what a person reads ("Mayhew et al."); name if null
    const char* short_label = nullptr;  // where space is short ("Mayhew"); label if null
};

// One published choice: its JSON value and its labels (never null).
struct EnumLabel {
    const char* value;
    const char* label;
    const char* short_label;
};

template <typename E, std::size_t N>
const char* enum_name(const std::array<EnumName<E>, N>& table, E value) {
    for (const auto& entry : table)
        if (entry.value == value) return entry.name;
    return "";
}

template <typename E, std::size_t N>
std::optional<E> enum_from_name(const std::array<EnumName<E>, N>& table, const std::string& name) {
    for (const auto& entry : table)
        if (name == entry.name) return entry.value;
    return std::nullopt;
}

template <typename E, std::size_t N>
std::string enum_names_list(const std::array<EnumName<E>, N>& table) {
    std::string list;
    for (const auto& entry : table) list += (list.empty() ? "" : ", ") + std::string(entry.name);
    return list;
}

// The ids of a table, in its order.
template <typename E, std::size_t N>
std::vector<std::string> enum_ids(const std::array<EnumName<E>, N>& table) {
    std::vector<std::string> ids;
    for (const auto& entry : table) ids.emplace_back(entry.name);
    return ids;
}

template <typename E, std::size_t N>
const char* enum_label(const std::array<EnumName<E>, N>& table, E value) {
    for (const auto& entry : table)
        if (entry.value == value) return entry.label ? entry.label : entry.name;
    return "";
}

template <typename E, std::size_t N>
std::vector<EnumLabel> enum_labels(const std::array<EnumName<E>, N>& table) {
    std::vector<EnumLabel> out;
    for (const auto& e : table) {
        const char* label = e.label ? e.label : e.name;
        out.push_back({e.name, label, e.short_label ? e.short_label : label});
    }
    return out;
}

}  // namespace proximity
