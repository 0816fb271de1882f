#include "rules/effective_rules.hpp"

#include "i18n/translate.hpp"
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

// The county's scoring of the monthly evaluation: full marks, volume points and grade bands.
EffectiveRule evaluation_entry(const LoadedRules& rules)
{
  EffectiveRule entry{nullptr, {}, N_("the monthly evaluation (Art. 7.2, 10): how the county scores its stations")};
  const auto& scoring = rules.params.scoring;
  if (!scoring) {
    entry.parameters.push_back(number_value(rules, "evaluation", "{}"));
    return entry;
  }
  entry.parameters.push_back(number_value(rules, "evaluation.full_marks", points_text(scoring->full_marks_tenths)));
  if (scoring->volume_points_tenths > 0) {
    entry.parameters.push_back(
        number_value(rules, "evaluation.volume.points", points_text(scoring->volume_points_tenths)));
    entry.parameters.push_back(
        number_value(rules, "evaluation.volume.full_at", std::to_string(scoring->volume_full_at)));
  }
  for (const auto& band : scoring->bands) {
    entry.parameters.push_back(
        number_value(rules, "evaluation.grades." + std::string(grade_key(band.grade)), points_text(band.from_tenths)));
  }
  for (const auto& [grade, name] : scoring->names) {
    const std::string path = "evaluation.grade_names." + std::string(grade_key(grade));
    entry.parameters.push_back({path, toml_quote(name), name, rules.origin(path)});
  }
  return entry;
}

void add_deduction(const LoadedRules& rules, EffectiveRule& entry)
{
  const auto& scoring = rules.params.scoring;
  if (!scoring || !entry.rule) {
    return;
  }
  if (const auto it = scoring->deductions_tenths.find(entry.rule->rule); it != scoring->deductions_tenths.end()) {
    entry.parameters.push_back(
        number_value(rules, "evaluation.deductions." + std::string(entry.rule->id), points_text(it->second)));
  }
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
    add_deduction(rules, entry);
    out.push_back(std::move(entry));
  }
  out.push_back(evaluation_entry(rules));
  return out;
}

} // namespace czs::rules
