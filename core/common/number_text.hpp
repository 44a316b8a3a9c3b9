#pragma once
// Numbers in messages, without iostreams (which would add ~40 KB gzip to the WASM).
#include <string>

namespace proximity {

// Shortest natural form: 5, 2.5, 116.67 (up to `max_decimals` decimals, zeros trimmed).
std::string number_text(double value, int max_decimals = 2);

}  // namespace proximity
