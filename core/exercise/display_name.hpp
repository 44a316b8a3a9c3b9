#pragma once
// Exercise names in one style on screen: the library's sentence case ("Hip abduction
// (machine)", "Preacher curl (EZ bar)"). Strong and Hevy export Title Case ("Bottom-Half
// Seated Cable Flye"); such a name is shown as "Bottom-half seated cable flye", and the
// name as imported stays in the history (and in the analysis as `loggedName`).
#include <string>
#include <string_view>

namespace proximity::exercise {

// The first letter upper case; after it, a Title Case word or hyphenated part ("Half",
// "(Cable)") lower case. Parts with another capital are kept as written: acronyms ("EZ",
// "RDL", the "T" of "T-Bar"), "McGill". A name without any lower-case letter ("BENCH
// PRESS") is all Title Case words. Bytes outside ASCII are left as they are.
std::string sentence_case_name(std::string_view name);

}  // namespace proximity::exercise
