// The rule condition's shape, which refers to itself (core/shapes/policy_shapes.hpp).
#include "core/shapes/policy_shapes.hpp"

namespace proximity::shapes {

const Shape kRuleCondition{"RuleCondition",
                           "When a rule applies: all of, any of, not, or a fact compared by one operator.",
                           kRuleConditionFields};

}  // namespace proximity::shapes
