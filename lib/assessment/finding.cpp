#include "assessment/finding.hpp"

namespace czs::assessment {

Finding make_finding(std::string_view rule_id)
{
  Finding f;
  f.rule = std::string(rule_id);
  if (const auto* info = rules::find_rule(rule_id)) {
    f.article = std::string(info->article);
    f.duty = info->duty;
  }
  return f;
}

} // namespace czs::assessment
