#include "core/policy/condition.hpp"

#include "core/common/input_error.hpp"
#include "core/common/number_text.hpp"

#include <algorithm>
#include <cmath>

namespace proximity::policy {

using nlohmann::json;

namespace {

struct OpName {
    const char* name;
    int op;  // Condition::Op, or -1 for "exists"
};

constexpr OpName kOps[] = {{"eq", 0}, {"ne", 1}, {"lt", 2}, {"lte", 3}, {"gt", 4}, {"gte", 5}, {"in", 6}, {"exists", -1}};

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
    throw InputError(path, std::string(info.name) + " is one of " + choices_text(info) + " (got " + v.dump() + ")");
}

}  // namespace

Condition Condition::compile(const json& value, const std::string& path) {
    Condition c;
    c.compile_node(value, path, 0);
    return c;
}

uint16_t Condition::compile_node(const json& value, const std::string& path, int depth) {
    if (depth > kMaxDepth)
        throw InputError(path, "condition is nested more than " + std::to_string(kMaxDepth) + " levels deep");
    if (nodes_.size() >= kMaxNodes)
        throw InputError(path, "condition has more than " + std::to_string(kMaxNodes) + " parts; split the rule");
    if (!value.is_object())
        throw InputError(path, "a condition must be an object: {\"all\":[...]}, {\"any\":[...]}, {\"not\":{...}} or {\"fact\":...}");
    const uint16_t index = static_cast<uint16_t>(nodes_.size());
    nodes_.emplace_back();
    if (value.contains("fact")) {
        Node node;
        compile_comparison(node, value, path);
        nodes_[index] = node;
        return index;
    }
    if (value.size() != 1)
        throw InputError(path, "a condition has exactly one of all, any, not or fact (got " +
                                   std::to_string(value.size()) + " keys)");
    const std::string key = value.begin().key();
    const json& body = value.begin().value();
    const std::string child_path = path + "." + key;
    std::vector<uint16_t> kids;
    Kind kind;
    if (key == "not") {
        kind = Kind::Not;
        kids.push_back(compile_node(body, child_path, depth + 1));
    } else if (key == "all" || key == "any") {
        kind = key == "all" ? Kind::All : Kind::Any;
        if (!body.is_array()) throw InputError(child_path, key + " must be a list of conditions");
        if (kind == Kind::Any && body.empty())
            throw InputError(child_path, "any needs at least one condition (an empty any never holds)");
        for (size_t i = 0; i < body.size(); ++i)
            kids.push_back(compile_node(body[i], child_path + "[" + std::to_string(i) + "]", depth + 1));
    } else {
        throw InputError(path + "." + key, "unknown condition \"" + key + "\" (expected all, any, not or fact)");
    }
    Node& node = nodes_[index];
    node.kind = kind;
    node.first_child = static_cast<uint16_t>(children_.size());
    node.child_count = static_cast<uint16_t>(kids.size());
    children_.insert(children_.end(), kids.begin(), kids.end());
    return index;
}

void Condition::compile_comparison(Node& node, const json& value, const std::string& path) {
    const json& fact_name = value.at("fact");
    const std::string fact_path = path + ".fact";
    if (!fact_name.is_string()) throw InputError(fact_path, "fact must be a fact name (a string)");
    const FactInfo* info = find_fact(fact_name.get<std::string>());
    if (!info)
        throw InputError(fact_path, "unknown fact \"" + fact_name.get<std::string>() + "\"; facts are " + fact_names_list());
    node.kind = Kind::Compare;
    node.fact = info->fact;
    if (value.size() != 2)
        throw InputError(path, "a comparison has \"fact\" and exactly one operator (eq, ne, lt, lte, gt, gte, in, exists)");
    auto it = value.begin();
    if (it.key() == "fact") ++it;
    const std::string op_name = it.key();
    const json& operand = it.value();
    const std::string op_path = path + "." + op_name;
    const OpName* op = nullptr;
    for (const auto& o : kOps)
        if (op_name == o.name) op = &o;
    if (!op) throw InputError(op_path, "unknown operator \"" + op_name + "\" (expected eq, ne, lt, lte, gt, gte, in or exists)");
    const std::string type_error = std::string(info->name) + " is " + type_name(info->type);

    if (op->op < 0) {  // exists
        if (info->type != FactType::Number) throw InputError(op_path, "exists applies to optional numbers only");
        if (!operand.is_boolean()) throw InputError(op_path, "exists must be true or false");
        node.kind = Kind::Exists;
        node.value = operand.get<bool>() ? 1 : 0;
        return;
    }
    node.op = static_cast<Op>(op->op);
    const bool ordering = node.op == Op::Lt || node.op == Op::Lte || node.op == Op::Gt || node.op == Op::Gte;
    switch (info->type) {
        case FactType::Number:
            if (node.op == Op::In) throw InputError(op_path, "in applies to choices and texts; compare numbers with lt, lte, gt, gte");
            if (!operand.is_number() || !std::isfinite(operand.get<double>()))
                throw InputError(op_path, type_error + ": compare it with a finite number");
            node.value = operand.get<double>();
            return;
        case FactType::Boolean:
            if (ordering || node.op == Op::In) throw InputError(op_path, type_error + ": use eq or ne");
            if (!operand.is_boolean()) throw InputError(op_path, type_error + ": compare it with true or false");
            node.value = operand.get<bool>() ? 1 : 0;
            return;
        case FactType::Choice:
            if (ordering) throw InputError(op_path, type_error + " (" + choices_text(*info) + "): use eq, ne or in");
            if (node.op == Op::In) {
                if (!operand.is_array() || operand.empty())
                    throw InputError(op_path, "in needs a non-empty list of " + std::string(info->name) + " values");
                for (size_t i = 0; i < operand.size(); ++i)
                    node.choice_mask |= 1u << choice_index(*info, operand[i], op_path + "[" + std::to_string(i) + "]");
            } else {
                node.choice_mask = 1u << choice_index(*info, operand, op_path);
            }
            return;
        case FactType::Text: {
            if (ordering) throw InputError(op_path, type_error + ": use eq, ne or in");
            std::vector<std::string> texts;
            if (node.op == Op::In) {
                if (!operand.is_array() || operand.empty())
                    throw InputError(op_path, "in needs a non-empty list of texts");
                for (size_t i = 0; i < operand.size(); ++i) {
                    if (!operand[i].is_string())
                        throw InputError(op_path + "[" + std::to_string(i) + "]", "in lists texts (strings)");
                    texts.push_back(operand[i].get<std::string>());
                }
            } else {
                if (!operand.is_string()) throw InputError(op_path, type_error + ": compare it with a string");
                texts.push_back(operand.get<std::string>());
            }
            node.texts = static_cast<int16_t>(texts_.size());
            texts_.push_back(std::move(texts));
            return;
        }
    }
}

bool Condition::eval(uint16_t index, const Facts& facts) const {
    const Node& n = nodes_[index];
    switch (n.kind) {
        case Kind::All:
            for (uint16_t i = 0; i < n.child_count; ++i)
                if (!eval(children_[n.first_child + i], facts)) return false;
            return true;
        case Kind::Any:
            for (uint16_t i = 0; i < n.child_count; ++i)
                if (eval(children_[n.first_child + i], facts)) return true;
            return false;
        case Kind::Not:
            return !eval(children_[n.first_child], facts);
        case Kind::Exists:
            return facts.has(n.fact) == (n.value != 0);
        case Kind::Compare:
            break;
    }
    if (n.texts >= 0) {
        const auto& list = texts_[static_cast<size_t>(n.texts)];
        const bool found = facts.exercise_id &&
                           std::find(list.begin(), list.end(), *facts.exercise_id) != list.end();
        return n.op == Op::Ne ? !found : found;
    }
    if (!facts.has(n.fact)) return false;
    const double v = facts[n.fact];
    if (n.choice_mask) {
        const bool in = (n.choice_mask >> static_cast<unsigned>(v)) & 1u;
        return n.op == Op::Ne ? !in : in;
    }
    switch (n.op) {
        case Op::Eq: return v == n.value;
        case Op::Ne: return v != n.value;
        case Op::Lt: return v < n.value;
        case Op::Lte: return v <= n.value;
        case Op::Gt: return v > n.value;
        case Op::Gte: return v >= n.value;
        case Op::In: return false;
    }
    return false;
}

}  // namespace proximity::policy
