#include "core/history/custom_exercise_guess.hpp"

#include "core/history/exercise_names.hpp"

namespace proximity::history {

using exercise::Equipment;
using exercise::MovementClass;

namespace {

bool has_word(const std::string& words, const char* word) {
    const std::string padded = " " + words + " ";
    return padded.find(" " + std::string(word) + " ") != std::string::npos ||
           padded.find(" " + std::string(word) + "s ") != std::string::npos;
}

Equipment guess_equipment(const std::string& name) {
    const size_t open = name.rfind('(');
    const std::string paren = open == std::string::npos ? "" : normalized_name(name.substr(open));
    const std::string all = normalized_name(name);
    auto any = [](const std::string& words, std::initializer_list<const char*> list) {
        for (const char* w : list)
            if (has_word(words, w)) return true;
        return false;
    };
    if (any(paren, {"machine", "smith", "plate loaded", "lever", "sled"})) return Equipment::Machine;
    if (any(paren, {"cable", "band", "rope"})) return Equipment::Cable;
    if (any(paren, {"bodyweight", "assisted", "weighted"})) return Equipment::Bodyweight;
    if (any(paren, {"barbell", "dumbbell", "kettlebell", "ez bar", "trap bar", "plate"})) return Equipment::FreeWeight;
    if (any(all, {"machine", "smith"})) return Equipment::Machine;
    if (any(all, {"cable"})) return Equipment::Cable;
    if (any(all, {"push up", "pull up", "chin up", "dip", "plank", "burpee", "sit up", "pistol", "muscle up", "l sit"}))
        return Equipment::Bodyweight;
    return Equipment::FreeWeight;
}

MovementClass guess_class(const std::string& name) {
    const std::string words = normalized_name(name);
    for (const char* w : {"curl", "raise", "fly", "flye", "extension", "pushdown", "kickback", "crunch", "shrug",
                          "pullover", "crossover", "adduction", "abduction", "adductor", "abductor", "pec deck"})
        if (has_word(words, w)) return MovementClass::Isolation;
    return MovementClass::Compound;
}

}  // namespace

CustomExercise guess_custom_exercise(const std::string& name, const std::string& id) {
    CustomExercise c;
    c.id = id;
    c.name = name;
    c.equipment = guess_equipment(name);
    c.movement_class = guess_class(name);
    c.verified = false;
    return c;
}

std::string custom_exercise_id(const std::string& name) {
    std::string id = "custom-";
    for (char c : normalized_name(name)) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (u >= 0x80) continue;  // kebab ids are ASCII
        id += c == ' ' ? '-' : c;
    }
    while (id.find("--") != std::string::npos) id.erase(id.find("--"), 1);
    if (id.size() > 64) id.resize(64);
    while (id.back() == '-') id.pop_back();
    if (id == "custom") id = "custom-exercise";
    return id;
}

}  // namespace proximity::history
