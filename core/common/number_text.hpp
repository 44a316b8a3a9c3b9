#pragma once
// Numbers in messages, without iostreams (which would add ~40 KB gzip to the WASM).
#include <string>

namespace proximity {

// Shortest natural form: 5, 2.5, 116.67 (up to `max_decimals` decimals, zeros trimmed);
// from 1e15 up and below 1e-6, three significant digits in scientific form: 1e308, 5e-324.
std::string number_text(double value, int max_decimals = 2);

}  // namespace proximity
