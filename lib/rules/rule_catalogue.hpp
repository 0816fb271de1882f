#pragma once

#include <span>
#include <string_view>

namespace czs::rules {

// Whose duty a rule describes: most bind the station; inspections and callbacks are duties of
// the county centre (Art. 10, 14.2) and are reported as such.
enum class Duty
{
  station,
  centre
};

// One rule of SPEC.md section 3: its ID, the article of the measures it comes from, and a
// one-line English summary (translated at display time) naming no threshold: thresholds are
// the rules file's (parameters.hpp).
struct RuleInfo
{
  std::string_view id;
  std::string_view article;
  Duty duty;
  const char* summary;
};

// Every rule czstation knows, in the order of SPEC.md's table.
std::span<const RuleInfo> rule_catalogue();

// The rule with this ID, or nullptr.
const RuleInfo* find_rule(std::string_view id);

} // namespace czs::rules
