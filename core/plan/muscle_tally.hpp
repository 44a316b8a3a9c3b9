#pragma once
// A number per muscle (hard sets, sessions, ...), indexed by the Muscle enum, without a
// map: the planner adds to these thousands of times per evaluation.
#include "core/exercise/muscle.hpp"

#include <cstddef>
#include <vector>

namespace proximity::plan {

inline std::size_t muscle_count() { return exercise::all_muscles().size(); }
inline std::size_t muscle_index(exercise::Muscle m) { return static_cast<std::size_t>(m); }

class MuscleTally {
public:
    MuscleTally() : values_(muscle_count(), 0.0) {}
    double& operator[](exercise::Muscle m) { return values_[muscle_index(m)]; }
    double operator[](exercise::Muscle m) const { return values_[muscle_index(m)]; }
    MuscleTally& operator+=(const MuscleTally& other) {
        for (std::size_t i = 0; i < values_.size(); ++i) values_[i] += other.values_[i];
        return *this;
    }

private:
    std::vector<double> values_;
};

}  // namespace proximity::plan
