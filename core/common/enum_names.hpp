#pragma once
// A fixed table of an enum's values and their JSON names, with lookups both ways and
// the comma-separated list that error messages quote.
#include <array>
#include <cstddef>
#include <optional>
#include <string>

namespace proximity {

template <typename E>
struct EnumName {
    E value;
    const char* name;
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

}  // namespace proximity
