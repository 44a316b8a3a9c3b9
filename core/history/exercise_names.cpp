#include "core/history/exercise_names.hpp"

#include "core/common/json_text.hpp"

namespace proximity::data {
extern const char* const k_exercise_aliases_json;
}

namespace proximity::history {

std::string normalized_name(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    bool gap = false;
    for (char c : name) {
        const unsigned char u = static_cast<unsigned char>(c);
        const bool word = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
        if (!word) {
            gap = true;
            continue;
        }
        if (gap && !out.empty()) out += ' ';
        gap = false;
        out += (u >= 'A' && u <= 'Z') ? static_cast<char>(u - 'A' + 'a') : c;
    }
    return out;
}

const std::unordered_map<std::string, std::string>& builtin_aliases() {
    static const std::unordered_map<std::string, std::string> table = [] {
        std::unordered_map<std::string, std::string> t;
        const nlohmann::json doc = parse_json(data::k_exercise_aliases_json);
        for (auto it = doc.at("aliases").begin(); it != doc.at("aliases").end(); ++it)
            for (const auto& name : it.value()) t.emplace(normalized_name(name.get<std::string>()), it.key());
        return t;
    }();
    return table;
}

}  // namespace proximity::history
