#include "core/plan/landmarks.hpp"

#include "core/plan/muscle_tally.hpp"

namespace proximity::plan {

const char* volume_status_id(VolumeStatus s) {
    switch (s) {
        case VolumeStatus::Under: return "under";
        case VolumeStatus::Productive: return "productive";
        case VolumeStatus::High: return "high";
        case VolumeStatus::Excessive: return "excessive";
    }
    return "under";
}

Landmark default_landmark(exercise::Muscle) {
    return Landmark{};  // 10 / 16 / 20 for every muscle; sources in landmarks.hpp
}

VolumeStatus classify_volume(double hard_sets, const Landmark& l) {
    if (hard_sets < l.min) return VolumeStatus::Under;
    if (hard_sets <= l.max) return VolumeStatus::Productive;
    if (hard_sets <= l.ceiling) return VolumeStatus::High;
    return VolumeStatus::Excessive;
}

Landmark LandmarkTable::at(exercise::Muscle m) const {
    const size_t i = muscle_index(m);
    if (i < overrides_.size() && overrides_[i]) return *overrides_[i];
    return default_landmark(m);
}

void LandmarkTable::set(exercise::Muscle m, const Landmark& landmark) {
    const size_t i = muscle_index(m);
    if (overrides_.size() <= i) overrides_.resize(muscle_count());
    overrides_[i] = landmark;
}

bool LandmarkTable::is_override(exercise::Muscle m) const {
    const size_t i = muscle_index(m);
    return i < overrides_.size() && overrides_[i].has_value();
}

}  // namespace proximity::plan
