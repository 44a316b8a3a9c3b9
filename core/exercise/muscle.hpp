#pragma once
// The fixed list of muscle groups that exercises train and that weekly volume is counted
// for. Ids are camelCase and are what JSON documents (exercises, plans) use.
#include <optional>
#include <string>
#include <vector>

namespace proximity::exercise {

enum class Muscle {
    Chest, FrontDelts, SideDelts, RearDelts, Lats, UpperBack, Traps, Biceps, Triceps,
    Forearms, Abs, LowerBack, Glutes, Quads, Hamstrings, Adductors, Calves
};

// Every muscle, in the order above (head to toe, push then pull).
const std::vector<Muscle>& all_muscles();

const char* muscle_id(Muscle m);    // "chest", "frontDelts", ...
const char* muscle_name(Muscle m);  // "Chest", "Front delts", ... (for people)
std::optional<Muscle> muscle_from_id(const std::string& id);

// "chest, frontDelts, ..." for error messages.
std::string muscle_ids_list();

}  // namespace proximity::exercise
