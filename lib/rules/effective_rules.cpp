#include "rules/effective_rules.hpp"

#include "rules/parameter_table.hpp"
#include "rules/rules_text.hpp"

#include <algorithm>

namespace czs::rules {

namespace {

ParameterValue value_of(const LoadedRules& rules, const ParameterInfo& info)
{
  const std::string path = parameter_path(info);
  const std::string literal = parameter_literal(rules.params, info);
  const std::string text = info.kind == ValueKind::time_zone ? rules.params.time_zone : literal;
  return {path, literal, text, rules.origin(path)};
}

ParameterValue number_value(const LoadedRules& rules, const std::string& path, const std::string& literal)
{
  return {path, literal, literal, rules.origin(path)};
}

std::vector<ParameterValue> fee_values(const LoadedRules& rules)
{
  std::vector<ParameterValue> out;
  if (rules.params.fee_schedule.empty()) {
    out.push_back(number_value(rules, "fees", "{}"));
  }
  for (const auto& [kind, cap] : rules.params.fee_schedule) {
    const std::string base = "fees." + kind;
    if (cap.max_fen) {
      out.push_back(number_value(rules, base + ".max_yuan", yuan_literal(*cap.max_fen)));
    }
    if (cap.max_permille) {
      out.push_back(number_value(rules, base + ".max_percent", percent_literal(*cap.max_permille)));
    }
  }
  return out;
}

} // namespace

std::vector<EffectiveRule> effective_rules(const LoadedRules& rules)
{
  std::vector<EffectiveRule> out;
  EffectiveRule shared{nullptr, {}};
  for (const auto& info : parameter_table()) {
    if (info.rules.empty()) {
      shared.parameters.push_back(value_of(rules, info));
    }
  }
  out.push_back(std::move(shared));
  for (const auto& rule : rule_catalogue()) {
    EffectiveRule entry{&rule, {}};
    for (const auto& info : parameter_table()) {
      if (info.rules.contains(rule.rule)) {
        entry.parameters.push_back(value_of(rules, info));
      }
    }
    if (rule.rule == Rule::fee) {
      entry.parameters = fee_values(rules);
    }
    out.push_back(std::move(entry));
  }
  return out;
}

} // namespace czs::rules
