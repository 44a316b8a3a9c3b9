// The alias table read from core/data/exercise_aliases.json (builtin_aliases(), declared
// in core/history/exercise_names.hpp).
#include "core/history/exercise_names.hpp"

#include "core/json/json_text.hpp"

namespace proximity::data {
extern const char* const k_exercise_aliases_json;
}

namespace proximity::history {

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
