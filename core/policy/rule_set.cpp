#include "core/policy/rule_set.hpp"

#include <algorithm>

namespace proximity::policy {

RuleSet::RuleSet() : data_(std::make_shared<Data>()) {}

RuleSet::RuleSet(std::string name, std::string revision, std::vector<Rule> rules, std::string document) {
    // Highest priority first, document order among equals.
    std::stable_sort(rules.begin(), rules.end(), [](const Rule& a, const Rule& b) { return a.priority > b.priority; });
    auto data = std::make_shared<Data>();
    data->document = std::move(document);
    data->name = std::move(name);
    data->revision = std::move(revision);
    data->rules = std::move(rules);
    data_ = std::move(data);
}

const Rule* RuleSet::find(const std::string& id) const {
    for (const auto& r : data_->rules)
        if (r.id == id) return &r;
    return nullptr;
}

}  // namespace proximity::policy
