#include "core/exercise/effective_load.hpp"

#include "core/common/number_text.hpp"

namespace proximity::exercise {

std::optional<double> effective_load(LoadKind kind, double logged, std::optional<double> body_weight) {
    switch (kind) {
        case LoadKind::External: return logged;
        case LoadKind::BodyweightPlus:
            if (!body_weight) return std::nullopt;
            return *body_weight + logged;
        case LoadKind::BodyweightMinus:
            if (!body_weight || *body_weight - logged <= 0) return std::nullopt;
            return *body_weight - logged;
    }
    return logged;
}

std::optional<double> logged_load(LoadKind kind, double effective, std::optional<double> body_weight) {
    switch (kind) {
        case LoadKind::External: return effective;
        case LoadKind::BodyweightPlus:
            if (!body_weight || effective < *body_weight) return std::nullopt;
            return effective - *body_weight;
        case LoadKind::BodyweightMinus:
            if (!body_weight || effective > *body_weight || effective <= 0) return std::nullopt;
            return *body_weight - effective;
    }
    return effective;
}

std::string logged_load_words(LoadKind kind, double logged, units::Unit unit) {
    const std::string amount = number_text(logged, 2) + " " + units::unit_name(unit);
    switch (kind) {
        case LoadKind::External: break;
        case LoadKind::BodyweightPlus: return logged > 0 ? "body weight + " + amount : "body weight";
        case LoadKind::BodyweightMinus:
            return logged > 0 ? "body weight - " + amount + " of assistance" : "body weight, no assistance";
    }
    return amount;
}

}  // namespace proximity::exercise
