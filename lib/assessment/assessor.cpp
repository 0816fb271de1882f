#include "assessment/assessor.hpp"

#include "assessment/fact_gathering.hpp"
#include "assessment/monthly_rules.hpp"
#include "assessment/quarterly_rules.hpp"
#include "rules/rules_text.hpp"

#include <algorithm>

namespace czs::assessment {

namespace {

void assess_quarter_end(const StationLife& station, const Period& quarter, const rules::Parameters& params,
                        const QuarterFacts& f, Assessment& out)
{
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
  // Station by station in code order, its months and then its quarter's end: the findings come
  // out in the order they are shown (code, period, rule) with no sort to move them.
  const auto months = months_in(period);
  const MonthFacts no_month_facts;
  const QuarterFacts no_quarter_facts;
  const auto& quarter_facts = facts.quarter;
  for (const auto& station : stations) {
    for (std::size_t i = 0; i < months.size(); ++i) {
      const auto it = facts.months[i].find(station.id);
      check_month(station, months[i], it == facts.months[i].end() ? no_month_facts : it->second, params, out.findings);
    }
    if (out.quarterly) {
      const auto it = quarter_facts.find(station.id);
      assess_quarter_end(station, period, params, it == quarter_facts.end() ? no_quarter_facts : it->second, out);
    }
  }
  for (const auto& entry : register_entries(db)) {
    const auto it = quarter_facts.find(entry.id);
    const bool under_order = it != quarter_facts.end() && it->second.rectification.has_value();
    out.judged.push_back(judge_station(entry, period, under_order, params));
  }
  // Facts gathered by another caller may list the stations in another order.
  const auto by_code_and_period = [](const Finding& a, const Finding& b) {
    return std::tie(a.station_code, a.period) < std::tie(b.station_code, b.period);
  };
  if (!std::is_sorted(out.findings.begin(), out.findings.end(), by_code_and_period)) {
    std::stable_sort(out.findings.begin(), out.findings.end(), by_code_and_period);
  }
  return out;
}

} // namespace czs::assessment
