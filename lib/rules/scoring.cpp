#include "rules/scoring.hpp"

#include "i18n/translate.hpp"

#include <array>

#include <fmt/format.h>

namespace czs::rules {

namespace {

constexpr std::array k_grades{Grade::excellent, Grade::good, Grade::pass, Grade::fail};

// The rules a monthly or quarterly assessment judges (assessment/monthly_rules.cpp,
// quarterly_rules.cpp); of these, only the station's duties may cost it points.
constexpr std::array k_period_rules{
    Rule::inspect_freq,  Rule::post_quota, Rule::post_violations,  Rule::stocktake,
    Rule::callback,      Rule::volume,     Rule::terminate_volume, Rule::terminate_credit,
    Rule::pickup_notice, Rule::fee,        Rule::daily_login};

} // namespace

std::span<const Grade> grades()
{
  return k_grades;
}

std::string_view grade_key(Grade grade)
{
  switch (grade) {
  case Grade::excellent:
    return "excellent";
  case Grade::good:
    return "good";
  case Grade::pass:
    return "pass";
  case Grade::fail:
    break;
  }
  return "fail";
}

std::optional<Grade> parse_grade(std::string_view key)
{
  for (const Grade g : k_grades) {
    if (grade_key(g) == key) {
      return g;
    }
  }
  return std::nullopt;
}

bool deductible(Rule rule)
{
  for (const Rule r : k_period_rules) {
    if (r == rule) {
      return info(rule).duty == Duty::station;
    }
  }
  return false;
}

std::vector<Rule> deductible_rules()
{
  std::vector<Rule> out;
  for (const auto& r : rule_catalogue()) {
    if (deductible(r.rule)) {
      out.push_back(r.rule);
    }
  }
  return out;
}

std::string points_text(std::int64_t tenths)
{
  const std::int64_t whole = tenths / 10;
  const std::int64_t tenth = (tenths < 0 ? -tenths : tenths) % 10;
  if (tenth == 0) {
    return fmt::format("{}", whole);
  }
  return fmt::format("{}{}.{}", tenths < 0 && whole == 0 ? "-" : "", whole, tenth);
}

std::string grade_name(const Scoring& scoring, Grade grade)
{
  if (const auto it = scoring.names.find(grade); it != scoring.names.end()) {
    return it->second;
  }
  // In English the grade's key is its name; the catalogue gives 优秀/良好/合格/不合格.
  switch (grade) {
  case Grade::excellent:
    return tr("excellent");
  case Grade::good:
    return tr("good");
  case Grade::pass:
    return tr("pass");
  case Grade::fail:
    break;
  }
  return tr("fail");
}

} // namespace czs::rules
