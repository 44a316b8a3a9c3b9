#pragma once
// A rule's condition, compiled once when the rule set is loaded. The JSON language:
//   {"all": [c, ...]}      every condition holds ({"all": []} always holds)
//   {"any": [c, ...]}      at least one holds (the list must not be empty)
//   {"not": c}             c does not hold
//   {"fact": "<name>", "<op>": value}   one comparison, op one of
//       eq, ne                numbers, booleans, choices ("compound"), text (exercise.id)
//       lt, lte, gt, gte      numbers
//       in                    a list of choices or texts
//       exists                true/false: whether an optional number was given
// A comparison with an unknown fact (e.g. set.percentE1rm when no load was given) is
// false; test it with "exists". Facts: core/policy/facts.hpp. The JSON reader that
// compiles it: core/json/condition_json.hpp.
#include "core/policy/facts.hpp"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace proximity::policy {

class Condition {
public:
    static constexpr int kMaxDepth = 12;
    static constexpr size_t kMaxNodes = 64;

    // One kind per evaluation step, so evaluating is a single switch.
    enum class Kind : uint8_t {
        All, Any, Not, Exists,
        Eq, Ne, Lt, Lte, Gt, Gte,  // numbers and booleans (0/1) against `value`
        ChoiceIn, ChoiceNotIn,     // choices against `choice_mask` (eq and in; ne)
        TextIn, TextNotIn,         // exercise.id against texts_[texts]
    };
    // Nodes are stored in pre-order: a group's children follow it, each child's subtree
    // ends where the next child starts, and `end` is one past the node's own subtree.
    struct Node {
        Kind kind = Kind::All;
        Fact fact = Fact::Count_;
        uint16_t end = 0;
        int16_t texts = -1;        // text facts: index into texts_
        uint32_t choice_mask = 0;  // choices: bit i set = value i matches (eq, ne, in)
        double value = 0;          // numbers and booleans; Exists: 1 = must be known
    };

    Condition() = default;  // no nodes: always holds
    Condition(std::vector<Node> nodes, std::vector<std::vector<std::string>> texts)
        : nodes_(std::move(nodes)), texts_(std::move(texts)) {}

    bool matches(const Facts& facts) const noexcept { return nodes_.empty() || eval(0, facts); }

private:
    bool eval(uint16_t index, const Facts& facts) const noexcept;

    std::vector<Node> nodes_;
    std::vector<std::vector<std::string>> texts_;
};

}  // namespace proximity::policy
