#pragma once

#include "rules/rule_catalogue.hpp"
#include "rules/rules_file.hpp"

#include <string>
#include <vector>

namespace czs::rules {

// One parameter in force: its path ("site.min_area_m2"), its value, and where it came from.
struct ParameterValue
{
  std::string path;
  // The value as a rules file writes it: 30.00, 2, "Asia/Shanghai", ["sale"], {} for an empty
  // fee schedule. Each is also valid JSON: a number, a string, an array, an object.
  std::string literal;
  // The value for people: the literal, but a string without its quotes (Asia/Shanghai).
  std::string text;
  Origin origin;
};

// A rule of the catalogue with the parameters that set it (none for R-SITE-PREMISES and the
// like); rule is null for the parameters every rule shares (the county's time zone) and for the
// evaluation's scoring, which then carry their own summary (an English msgid).
struct EffectiveRule
{
  const RuleInfo* rule;
  std::vector<ParameterValue> parameters;
  const char* summary = nullptr;
};

// The rules in force, in the order of SPEC.md's table, after the shared parameters, and last the
// evaluation's scoring (scoring.hpp). An empty fee schedule is one parameter "fees" with the
// value {}, an evaluation without scoring one parameter "evaluation" with the value {}; a rule's
// deduction (evaluation.deductions.R-...) is listed with the rule.
std::vector<EffectiveRule> effective_rules(const LoadedRules& rules);

} // namespace czs::rules
