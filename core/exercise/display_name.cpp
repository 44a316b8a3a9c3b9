#include "core/exercise/display_name.hpp"

namespace proximity::exercise {

namespace {

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool lower(char c) { return c >= 'a' && c <= 'z'; }
bool letter(char c) { return upper(c) || lower(c); }
char to_lower(char c) { return upper(c) ? char(c - 'A' + 'a') : c; }
char to_upper(char c) { return lower(c) ? char(c - 'a' + 'A') : c; }

}  // namespace

std::string sentence_case_name(std::string_view name) {
    bool shouting = true;
    for (char c : name) shouting = shouting && !lower(c);
    std::string out(name);
    bool first = true;  // the name's first letter not yet seen
    size_t i = 0;
    while (i < out.size()) {
        // A part: a run of letters (with the punctuation before it), ended by a space or hyphen.
        size_t end = i;
        while (end < out.size() && out[end] != ' ' && out[end] != '-') ++end;
        size_t a = i;
        while (a < end && !letter(out[a])) ++a;
        if (a < end) {
            int capitals = 0, letters = 0;
            for (size_t k = a; k < end; ++k) capitals += upper(out[k]), letters += letter(out[k]);
            if (shouting && letters > 1)
                for (size_t k = a; k < end; ++k) out[k] = to_lower(out[k]);
            else if (!first && upper(out[a]) && capitals == 1 && letters > 1)
                out[a] = to_lower(out[a]);
            if (first) out[a] = to_upper(out[a]);
            first = false;
        }
        i = end + 1;
    }
    return out;
}

}  // namespace proximity::exercise
