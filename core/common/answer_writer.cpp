#include "core/common/answer_writer.hpp"

namespace proximity {

AnswerWriter& AnswerWriter::strings(const std::vector<std::string>& list) {
    begin_array();
    for (const auto& s : list) string(s);
    return end_array();
}

AnswerWriter& AnswerWriter::numbers(const std::vector<double>& list) {
    begin_array();
    for (double v : list) number(v);
    return end_array();
}

}  // namespace proximity
