#include "assessment/finding.hpp"

namespace czs::assessment {

Finding make_finding(rules::Rule rule)
{
  const rules::RuleInfo& info = rules::info(rule);
  Finding f;
  f.rule = std::string(info.id);
  f.article = std::string(info.article);
  f.duty = info.duty;
  return f;
}

Finding make_finding(rules::Rule rule, std::int64_t station_id, std::string station_code, std::string period,
                     std::int64_t measured, std::int64_t threshold, Bilingual message)
{
  Finding f = make_finding(rule);
  f.station_id = station_id;
  f.station_code = std::move(station_code);
  f.period = std::move(period);
  f.measured = measured;
  f.threshold = threshold;
  f.messages = std::move(message);
  return f;
}

} // namespace czs::assessment
