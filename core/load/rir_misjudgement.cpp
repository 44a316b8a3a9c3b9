#include "core/load/rir_misjudgement.hpp"

#include "core/common/enum_names.hpp"

namespace proximity::load {

double default_misjudgement_below(Experience e) {
    return e == Experience::Beginner ? 1.0 : default_misjudgement(e);
}

namespace {

constexpr std::array<EnumName<Experience>, 3> kNames = {{{Experience::Beginner, "beginner", "Beginner"},
                                                         {Experience::Intermediate, "intermediate", "Intermediate"},
                                                         {Experience::Advanced, "advanced", "Advanced"}}};

}  // namespace

const char* experience_name(Experience e) { return enum_name(kNames, e); }
std::optional<Experience> experience_from_name(const std::string& name) { return enum_from_name(kNames, name); }
std::string experience_names_list() { return enum_names_list(kNames); }
std::vector<EnumLabel> experience_labels() { return enum_labels(kNames); }

double default_misjudgement(Experience e) {
    switch (e) {
        case Experience::Beginner: return 4.0;
        case Experience::Intermediate: return 2.0;
        case Experience::Advanced: return 1.5;
    }
    return 2.0;
}

}  // namespace proximity::load
