#include "assessment/assessor.hpp"

#include "assessment/fact_gathering.hpp"
#include "assessment/monthly_rules.hpp"
#include "assessment/quarterly_rules.hpp"
#include "rules/rules_text.hpp"

#include <algorithm>

namespace czs::assessment {

namespace {

void assess_month(const std::vector<StationLife>& stations, const Period& month,
                  const std::map<std::int64_t, MonthFacts>& facts, const rules::Parameters& params,
                  std::vector<Finding>& out)
{
  const MonthFacts none;
  for (const auto& station : stations) {
    auto it = facts.find(station.id);
    check_month(station, month, it == facts.end() ? none : it->second, params, out);
  }
}

void assess_quarter_end(const std::vector<StationLife>& stations, const Period& quarter,
                        const rules::Parameters& params, const std::map<std::int64_t, QuarterFacts>& facts,
                        Assessment& out)
{
  const QuarterFacts none;
  for (const auto& station : stations) {
    auto it = facts.find(station.id);
    const QuarterFacts& f = it == facts.end() ? none : it->second;
    QuarterOutcome outcome = check_quarter(station, quarter, f, params);
    std::move(outcome.findings.begin(), outcome.findings.end(), std::back_inserter(out.findings));
    const bool decides = outcome.order_rectification || outcome.lift_rectification || f.rectification
                         || outcome.eligible_volume_termination || outcome.eligible_credit_termination;
    if (decides) {
      out.decisions.push_back({station.id, station.code, f.half_year_volume, f.rectification ? f.rectification->id : 0,
                               f.rectification ? f.rectification->issued_quarter : std::string(),
                               outcome.order_rectification, outcome.lift_rectification,
                               outcome.quarters_without_improvement, outcome.eligible_volume_termination,
                               outcome.eligible_credit_termination});
    }
  }
}

} // namespace

Assessment assess(SQLite::Database& db, const Period& period, Date as_of, const rules::Parameters& params)
{
  return assess(db, period, gather_period(db, period, as_of, params), params);
}

Assessment assess(SQLite::Database& db, const Period& period, const PeriodFacts& facts, const rules::Parameters& params)
{
  Assessment out;
  out.period = period;
  out.quarterly = period.kind == PeriodKind::quarter;
  out.rules = rules::canonical_rules_text(params);
  const auto& stations = facts.stations;
  out.stations = static_cast<std::int64_t>(stations.size());
  const auto months = months_in(period);
  for (std::size_t i = 0; i < months.size(); ++i) {
    assess_month(stations, months[i], facts.months[i], params, out.findings);
  }
  const auto& quarter_facts = facts.quarter;
  if (out.quarterly) {
    assess_quarter_end(stations, period, params, quarter_facts, out);
  }
  for (const auto& entry : register_entries(db)) {
    const auto it = quarter_facts.find(entry.id);
    const bool under_order = it != quarter_facts.end() && it->second.rectification.has_value();
    out.judged.push_back(judge_station(entry, period, under_order, params));
  }
  std::stable_sort(out.findings.begin(), out.findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.station_code, a.period) < std::tie(b.station_code, b.period);
  });
  return out;
}

} // namespace czs::assessment
