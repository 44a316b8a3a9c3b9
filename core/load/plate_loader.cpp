#include "core/load/plate_loader.hpp"

#include "core/common/input_error.hpp"
#include "core/common/number_text.hpp"

#include <algorithm>
#include <numeric>

namespace proximity::load {

namespace {

constexpr std::uint16_t kNone = 0xFFFF;

}  // namespace

PlateLoader::PlateLoader(double bar, const std::vector<PlateStock>& plates) : bar_(to_ticks(bar)) {
    // Sizes heaviest first, duplicates merged, only those with at least one pair.
    std::vector<std::pair<Ticks, int>> pairs;
    for (const auto& p : plates)
        if (p.count >= 2) pairs.emplace_back(to_ticks(p.weight), p.count / 2);
    std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [w, n] : pairs) unit_ = std::gcd(unit_, w);

    long long max_side = 0;  // in units
    for (const auto& [w, n] : pairs) {
        if (!sizes_.empty() && sizes_.back() == w / unit_) {
            per_side_.back() += n;
        } else {
            sizes_.push_back(w / unit_);
            per_side_.push_back(n);
        }
        max_side += (w / unit_) * n;
    }
    if (max_side > kMaxStates) {
        throw InputError("equipment.plates",
                         "these plates make too many combinations to search (steps of " +
                             number_text(from_ticks(unit_), 3) + " up to " +
                             number_text(from_ticks(max_side * unit_), 3) +
                             " a side); drop the tiniest plates or lower the counts");
    }

    // fewest_[i][s] from the last size backwards: use k plates of size i (0..per side).
    const size_t states = static_cast<size_t>(max_side) + 1;
    const size_t n = sizes_.size();
    fewest_.assign(n + 1, std::vector<std::uint16_t>(states, kNone));
    fewest_[n][0] = 0;
    for (size_t i = n; i-- > 0;) {
        const long long w = sizes_[i];
        for (size_t s = 0; s < states; ++s) {
            std::uint16_t best = kNone;
            for (long long k = 0; k <= per_side_[i] && k * w <= static_cast<long long>(s); ++k) {
                const std::uint16_t rest = fewest_[i + 1][s - static_cast<size_t>(k * w)];
                if (rest != kNone && rest + k < best) best = static_cast<std::uint16_t>(rest + k);
            }
            fewest_[i][s] = best;
        }
    }
    totals_.reserve(states);
    for (size_t s = 0; s < states; ++s)
        if (fewest_[0][s] != kNone) totals_.push_back(bar_ + 2 * static_cast<Ticks>(s) * unit_);
}

std::vector<PlatesOnSide> PlateLoader::plates_for(Ticks total) const {
    std::vector<PlatesOnSide> out;
    if (unit_ == 0 || total <= bar_) return out;
    long long s = (total - bar_) / 2 / unit_;
    if (s < 0 || static_cast<size_t>(s) >= fewest_[0].size() || fewest_[0][s] == kNone) return out;
    for (size_t i = 0; i < sizes_.size() && s > 0; ++i) {
        // The most plates of this (heavier) size that still completes a fewest-plates load.
        for (long long k = std::min<long long>(per_side_[i], s / sizes_[i]); k >= 0; --k) {
            const std::uint16_t rest = fewest_[i + 1][static_cast<size_t>(s - k * sizes_[i])];
            if (rest != kNone && rest + k == fewest_[i][static_cast<size_t>(s)]) {
                if (k > 0) out.push_back({from_ticks(sizes_[i] * unit_), static_cast<int>(k)});
                s -= k * sizes_[i];
                break;
            }
        }
    }
    return out;
}

}  // namespace proximity::load
