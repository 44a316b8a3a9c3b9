#include "core/json/json_text.hpp"

#include "core/common/input_limits.hpp"

namespace proximity {

nlohmann::json parse_json(const std::string& text) {
    check_input_text(text);  // before the parser, and everything recursive after it, sees the text
    using nlohmann::json;
    json result;
    // The DOM builder on the plain SAX parser: what json::parse() does when it is given
    // no callback, without instantiating the callback variant.
    nlohmann::detail::json_sax_dom_parser<json> builder(result, true);
    auto input = nlohmann::detail::input_adapter(text);
    nlohmann::detail::parser<json, decltype(input)>(std::move(input), nullptr, true, false).sax_parse(&builder, true);
    return result;
}

std::string json_position_text(std::string_view text, std::size_t byte) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i + 1 < byte && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

}  // namespace proximity
