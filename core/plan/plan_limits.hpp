#pragma once
// The ranges the plan reader (plan_reader.cpp) reads a plan's numbers in; px.planDefaults()
// gives them to the page as limits.fields, keyed by the field's place in the document.

namespace proximity::plan {

struct NumberRange {
    const char* field;  // "settings.model.tau1"; "load" and "landmark" for every set / muscle
    double min, max;
};
constexpr NumberRange kSetLoad{"load", 0, 10000};
constexpr NumberRange kPercentE1rm{"percentE1rm", 1, 100};
constexpr NumberRange kLandmarkSets{"landmark", 0, 60};
constexpr NumberRange kPrimaryWeight{"settings.counting.primary", 0.1, 2};
constexpr NumberRange kSecondaryWeight{"settings.counting.secondary", 0, 1};
constexpr NumberRange kHardRir{"settings.counting.maxRir", 0, 10};
constexpr NumberRange kFatigueBudget{"settings.fatigueBudget", 1, 10000};
constexpr NumberRange kFadeDays[] = {{"settings.model.tau1", 1, 365}, {"settings.model.tau2", 1, 365}};
constexpr NumberRange kGains[] = {{"settings.model.k1", 0.01, 100}, {"settings.model.k2", 0.01, 100}};
constexpr NumberRange kNumberRanges[] = {kSetLoad,     kPercentE1rm,   kLandmarkSets, kPrimaryWeight, kSecondaryWeight,
                                         kHardRir,     kFatigueBudget, kFadeDays[0],  kFadeDays[1],   kGains[0],
                                         kGains[1]};

}  // namespace proximity::plan
