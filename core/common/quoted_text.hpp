#pragma once
// Text the input chose (a field name, an exercise id, a CSV cell), quoted for a message:
// in double quotes, with quotes, backslashes and control characters escaped and bytes that
// are not UTF-8 replaced by U+FFFD, cut to a readable length. An input can therefore never
// forge the start of a message or put a line break or broken text into one.
#include <string>
#include <string_view>

namespace proximity {

std::string quoted_input(std::string_view text);

}  // namespace proximity
