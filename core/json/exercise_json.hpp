#pragma once
// Exercises as JSON, both ways:
//   {"id":"cable-fly", "name":"Cable fly", "class":"isolation", "equipment":"cable",
//    "primary":["chest"], "secondary":["frontDelts"],
//    "risk":{"spinalLoading":false, "injuryRiskWhenFatigued":false,
//            "needsSpotter":false, "heavyCompound":false}}
// Risk flags that are absent count as false. The reader is strict: unknown fields,
// unknown muscles, a muscle listed twice, an id that is not kebab-case... each throw an
// InputError naming the JSON path (e.g. "exercise.primary[1]").
#include "core/exercise/exercise.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace proximity::exercise {

// `path` is where the object sits in the caller's document ("" for the top level).
Exercise read_exercise(const nlohmann::json& value, const std::string& path);

nlohmann::json exercise_json(const Exercise& e);

}  // namespace proximity::exercise
