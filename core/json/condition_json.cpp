#include "core/json/condition_json.hpp"
#include "core/common/quoted_text.hpp"

#include "core/common/input_error.hpp"
#include "core/common/number_text.hpp"
#include "core/json/json_fields.hpp"
#include "core/shapes/policy_shapes.hpp"

#include <iterator>

#include <algorithm>
#include <cmath>

namespace proximity::policy {

using nlohmann::json;

namespace {

struct OpName {
    const char* name;
    int op;  // Condition::Op, or -1 for "exists"
};

// The operators, named once by the condition's description (from its fifth field on).
constexpr const shapes::Field* kOpFields = &shapes::kRuleConditionFields[4];
constexpr OpName kOps[] = {{kOpFields[0].name, 0}, {kOpFields[1].name, 1}, {kOpFields[2].name, 2},
                           {kOpFields[3].name, 3}, {kOpFields[4].name, 4}, {kOpFields[5].name, 5},
                           {kOpFields[6].name, 6}, {kOpFields[7].name, -1}};
static_assert(std::size(kOps) + 4 == std::size(shapes::kRuleConditionFields), "an operator for every described one");

// "eq, ne, ..., in" then `last` then "exists".
std::string op_names(const char* last) {
    std::string out;
    for (std::size_t i = 0; i < std::size(kOps); ++i)
        out += (i == 0 ? "" : i + 1 == std::size(kOps) ? last : ", ") + std::string(kOps[i].name);
    return out;
}

enum class Op { Eq, Ne, Lt, Lte, Gt, Gte, In };

const char* type_name(FactType t) {
    switch (t) {
        case FactType::Number: return "a number";
        case FactType::Boolean: return "true or false";
        case FactType::Choice: return "one of its choices";
        case FactType::Text: return "a text";
    }
    return "";
}

std::string choices_text(const FactInfo& info) {
    std::string out;
    for (const char* c : info.choices) out += (out.empty() ? "" : ", ") + std::string(c);
    return out;
}

int choice_index(const FactInfo& info, const json& v, const std::string& path) {
    if (v.is_string())
        for (size_t i = 0; i < info.choices.size(); ++i)
            if (v.get<std::string>() == info.choices[i]) return static_cast<int>(i);
    throw_input_error(path, std::string(info.name) + " is one of " + choices_text(info) + " (got " + v.dump() + ")");
}

using Kind = Condition::Kind;
using Node = Condition::Node;

Kind numeric_kind(int op) {  // Op::Eq..Op::Gte in order
    return static_cast<Kind>(static_cast<int>(Kind::Eq) + op);
}

// The nodes in pre-order (core/policy/condition.hpp) and the text lists they point into.
struct Compiler {
    std::vector<Node> nodes_;
    std::vector<std::vector<std::string>> texts_;

    void compile_node(const json& value, const std::string& path, int depth);
    void compile_comparison(Node& node, const json& value, const std::string& path);
};

void Compiler::compile_node(const json& value, const std::string& path, int depth) {
    if (depth > Condition::kMaxDepth)
        throw_input_error(path, "condition is nested more than " + std::to_string(Condition::kMaxDepth) + " levels deep");
    if (nodes_.size() >= Condition::kMaxNodes)
        throw_input_error(path, "condition has more than " + std::to_string(Condition::kMaxNodes) + " parts; split the rule");
    if (!value.is_object())
        throw_input_error(path, "a condition must be an object: {\"all\":[...]}, {\"any\":[...]}, {\"not\":{...}} or {\"fact\":...}");
    const size_t index = nodes_.size();
    nodes_.emplace_back();
    if (value.contains("fact")) {
        Node node;
        compile_comparison(node, value, path);
        node.end = static_cast<uint16_t>(index + 1);
        nodes_[index] = node;
        return;
    }
    if (value.size() != 1)
        throw_input_error(path, "a condition has exactly one of all, any, not or fact (got " +
                                   std::to_string(value.size()) + " keys)");
    const std::string key = value.begin().key();
    const json& body = value.begin().value();
    const std::string child_path = fields::path(path, key);
    Kind kind;
    if (key == "not") {
        kind = Kind::Not;
        compile_node(body, child_path, depth + 1);
    } else if (key == "all" || key == "any") {
        kind = key == "all" ? Kind::All : Kind::Any;
        if (!body.is_array()) throw_input_error(child_path, key + " must be a list of conditions");
        if (kind == Kind::Any && body.empty())
            throw_input_error(child_path, "any needs at least one condition (an empty any never holds)");
        for (size_t i = 0; i < body.size(); ++i)
            compile_node(body[i], child_path + "[" + std::to_string(i) + "]", depth + 1);
    } else {
        throw_input_error(fields::path(path, key), "unknown condition " + quoted_input(key) + " (expected all, any, not or fact)");
    }
    nodes_[index].kind = kind;
    nodes_[index].end = static_cast<uint16_t>(nodes_.size());
}

void Compiler::compile_comparison(Node& node, const json& value, const std::string& path) {
    const json& fact_name = value.at("fact");
    const std::string fact_path = path + ".fact";
    if (!fact_name.is_string()) throw_input_error(fact_path, "fact must be a fact name (a string)");
    const FactInfo* info = find_fact(fact_name.get<std::string>());
    if (!info)
        throw_input_error(fact_path, "unknown fact " + quoted_input(fact_name.get<std::string>()) + "; facts are " + fact_names_list());
    node.fact = info->fact;
    if (value.size() != 2)
        throw_input_error(path, "a comparison has \"fact\" and exactly one operator (" + op_names(", ") + ")");
    auto it = value.begin();
    if (it.key() == "fact") ++it;
    const std::string op_name = it.key();
    const json& operand = it.value();
    const std::string op_path = path + "." + op_name;
    const OpName* op = nullptr;
    for (const auto& o : kOps)
        if (op_name == o.name) op = &o;
    if (!op) throw_input_error(op_path, "unknown operator " + quoted_input(op_name) + " (expected " + op_names(" or ") + ")");
    const std::string type_error = std::string(info->name) + " is " + type_name(info->type);

    if (op->op < 0) {  // exists
        if (info->type != FactType::Number) throw_input_error(op_path, "exists applies to optional numbers only");
        if (!operand.is_boolean()) throw_input_error(op_path, "exists must be true or false");
        node.kind = Kind::Exists;
        node.value = operand.get<bool>() ? 1 : 0;
        return;
    }
    const Op cmp = static_cast<Op>(op->op);
    const bool ordering = cmp == Op::Lt || cmp == Op::Lte || cmp == Op::Gt || cmp == Op::Gte;
    switch (info->type) {
        case FactType::Number:
            if (cmp == Op::In) throw_input_error(op_path, "in applies to choices and texts; compare numbers with lt, lte, gt, gte");
            if (!operand.is_number() || !std::isfinite(operand.get<double>()))
                throw_input_error(op_path, type_error + ": compare it with a finite number");
            node.value = operand.get<double>();
            node.kind = numeric_kind(static_cast<int>(cmp));
            return;
        case FactType::Boolean:
            if (ordering || cmp == Op::In) throw_input_error(op_path, type_error + ": use eq or ne");
            if (!operand.is_boolean()) throw_input_error(op_path, type_error + ": compare it with true or false");
            node.value = operand.get<bool>() ? 1 : 0;
            node.kind = numeric_kind(static_cast<int>(cmp));
            return;
        case FactType::Choice:
            if (ordering) throw_input_error(op_path, type_error + " (" + choices_text(*info) + "): use eq, ne or in");
            if (cmp == Op::In) {
                if (!operand.is_array() || operand.empty())
                    throw_input_error(op_path, "in needs a non-empty list of " + std::string(info->name) + " values");
                for (size_t i = 0; i < operand.size(); ++i)
                    node.choice_mask |= 1u << choice_index(*info, operand[i], op_path + "[" + std::to_string(i) + "]");
            } else {
                node.choice_mask = 1u << choice_index(*info, operand, op_path);
            }
            node.kind = cmp == Op::Ne ? Kind::ChoiceNotIn : Kind::ChoiceIn;
            return;
        case FactType::Text: {
            if (ordering) throw_input_error(op_path, type_error + ": use eq, ne or in");
            std::vector<std::string> texts;
            if (cmp == Op::In) {
                if (!operand.is_array() || operand.empty())
                    throw_input_error(op_path, "in needs a non-empty list of texts");
                for (size_t i = 0; i < operand.size(); ++i) {
                    if (!operand[i].is_string())
                        throw_input_error(op_path + "[" + std::to_string(i) + "]", "in lists texts (strings)");
                    texts.push_back(operand[i].get<std::string>());
                }
            } else {
                if (!operand.is_string()) throw_input_error(op_path, type_error + ": compare it with a string");
                texts.push_back(operand.get<std::string>());
            }
            node.texts = static_cast<int16_t>(texts_.size());
            texts_.push_back(std::move(texts));
            node.kind = cmp == Op::Ne ? Kind::TextNotIn : Kind::TextIn;
            return;
        }
    }
}

}  // namespace

Condition read_condition(const json& value, const std::string& path) {
    Compiler c;
    c.compile_node(value, path, 0);
    return Condition(std::move(c.nodes_), std::move(c.texts_));
}

}  // namespace proximity::policy
