#pragma once
// How long to rest after a set, by the exercise's class and the set's type: the timer's
// default, which the lifter may edit. Heavy compounds (the big barbell lifts) 3 min,
// other compounds 2 min, isolation 90 s; a rest-pause or myo-rep mini-set 15 s (seed 001:
// hit failure, rest 10-15 seconds, do more reps); a drop set 10 s (the time to strip the
// load); a warm-up 60 s.
#include "core/history/history.hpp"

#include <array>

namespace proximity::history {

enum class RestClass { HeavyCompound, Compound, Isolation };  // ids "heavyCompound", "compound", "isolation"

struct RestDefault {
    const char* id;
    int seconds;
};

// Rest after a working, failure or forced-reps set, per class.
constexpr std::array<RestDefault, 3> kRestByClass{{{"heavyCompound", 180}, {"compound", 120}, {"isolation", 90}}};
// Rest after a set of these types, whatever the class.
constexpr std::array<RestDefault, 4> kRestBySetType{{{"warmup", 60}, {"drop", 10}, {"restPause", 15}, {"myo", 15}}};

const char* rest_class_id(RestClass c);
RestClass rest_class_of(const exercise::Exercise& e);        // heavy compound from the library's risk flags
RestClass rest_class_of(const CustomExercise& c);            // never "heavy": the flag is not known

int rest_seconds(RestClass c, SetType after);

}  // namespace proximity::history
