#pragma once
// A range an input must lie in, with the reason for it in words. Each limit is stated
// once, next to the code it protects; readers check it (core/json/json_fields.hpp) and
// px.describe() publishes it (core/api/describe.cpp), so pages set their min/max from it.
namespace proximity {

struct Limit {
    double min;
    double max;
    double step;         // 1 = whole numbers, 0.5 = half steps, 0 = any value
    const char* reason;  // why the range ends there, for a person
};

}  // namespace proximity
