#include "assessment/fact_gathering.hpp"

#include "assessment/run_store.hpp"
#include "ledger/checks.hpp"
#include "ledger/ledger.hpp"
#include "oversight/period_counts.hpp"
#include "oversight/platform_login.hpp"

#include <string_view>

#include <SQLiteCpp/Statement.h>

namespace czs::assessment {

std::vector<StationLife> stations_in_period(SQLite::Database& db, const Period& period)
{
  // The exit is the first move to closing; before it the station operated.
  SQLite::Statement q(db, R"(
    SELECT s.id, s.code, s.township, s.opened_on,
           (SELECT min(e.happened_on) FROM station_event e
            WHERE e.station_id = s.id AND e.to_status = 'closing') AS exit_on
    FROM station s
    WHERE s.opened_on IS NOT NULL AND s.opened_on <= ?1
    ORDER BY s.code)");
  q.bind(1, to_string(period.last));
  std::vector<StationLife> out;
  while (q.executeStep()) {
    StationLife life;
    life.id = q.getColumn(0).getInt64();
    life.code = q.getColumn(1).getString();
    life.township = q.getColumn(2).getString();
    life.span.opened_on = *parse_date(q.getColumn(3).getString());
    if (!q.getColumn(4).isNull()) {
      life.span.exit_decided_on = *parse_date(q.getColumn(4).getString());
    }
    if (operating_days(life.span, period) > 0) {
      out.push_back(std::move(life));
    }
  }
  return out;
}

std::vector<RegisterEntry> register_entries(SQLite::Database& db)
{
  SQLite::Statement q(db, R"(
    SELECT s.id, s.code, s.opened_on,
           (SELECT min(e.happened_on) FROM station_event e
            WHERE e.station_id = s.id AND e.to_status = 'closing') AS exit_on
    FROM station s ORDER BY s.code)");
  std::vector<RegisterEntry> out;
  while (q.executeStep()) {
    RegisterEntry e;
    e.id = q.getColumn(0).getInt64();
    e.code = q.getColumn(1).getString();
    if (!q.getColumn(2).isNull()) {
      e.opened_on = *parse_date(q.getColumn(2).getString());
    }
    if (!q.getColumn(3).isNull()) {
      e.exit_decided_on = *parse_date(q.getColumn(3).getString());
    }
    out.push_back(std::move(e));
  }
  return out;
}

namespace {

// The oversight facts of one month: one indexed query per rule for every station.
void gather_oversight(SQLite::Database& db, const Period& month, Date as_of, const rules::Parameters& params,
                      std::map<std::int64_t, MonthFacts>& facts)
{
  oversight::inspections_by_station(db, month, [&](const oversight::StationCount& c) {
    facts[c.station_id].inspections = static_cast<int>(c.count);
  });
  oversight::counted_posts_by_station(db, month, as_of, [&](const oversight::StationCount& c) {
    facts[c.station_id].approved_posts = static_cast<int>(c.count);
  });
  oversight::violations_by_station(db, month.first, month.last, [&](const oversight::StationCount& c) {
    facts[c.station_id].violations_in_month = static_cast<int>(c.count);
  });
  if (params.violations_window_months > 0) { // else since opening: gather_months adds them up
    oversight::violations_by_station(db, oversight::violation_window_start(month.last, params.violations_window_months),
                                     month.last, [&](const oversight::StationCount& c) {
                                       facts[c.station_id].violations_in_window = static_cast<int>(c.count);
                                     });
  }
  oversight::stocktakes_by_station(db, month, [&](const oversight::StocktakeState& s) {
    facts[s.station_id].stocktake = !s.closed   ? StocktakeState::unclosed
                                    : s.matched ? StocktakeState::matched
                                                : StocktakeState::mismatched;
  });
  oversight::login_days_by_station(
      db, month, [&](const oversight::StationCount& c) { facts[c.station_id].login_days = static_cast<int>(c.count); });
}

} // namespace

std::vector<std::map<std::int64_t, MonthFacts>> gather_months(SQLite::Database& db, const Period& period, Date as_of,
                                                              const rules::Parameters& params)
{
  const auto months = months_in(period);
  std::vector<std::map<std::int64_t, MonthFacts>> facts(months.size());
  std::map<std::string, std::size_t, std::less<>> month_index; // '2026-04' -> its place in `months`
  for (std::size_t i = 0; i < months.size(); ++i) {
    gather_oversight(db, months[i], as_of, params, facts[i]);
    month_index.emplace(label(months[i]), i);
  }
  if (params.violations_window_months <= 0) {
    // Violations since opening: the history before the period read once, and each month's own
    // count added to it, rather than the whole history once a month.
    std::map<std::int64_t, int> since_opening;
    oversight::violations_by_station(
        db, std::nullopt, add_days(period.first, -1),
        [&](const oversight::StationCount& c) { since_opening[c.station_id] = static_cast<int>(c.count); });
    for (auto& month : facts) {
      for (const auto& [station_id, f] : month) {
        since_opening[station_id] += f.violations_in_month;
      }
      for (const auto& [station_id, count] : since_opening) {
        month[station_id].violations_in_window = count;
      }
    }
  }
  // The ledger checks read the period's range once (the notice check from the indexes of late
  // or unnotified arrivals, schema 0017) rather than once per month. A finding belongs to the
  // month of its day.
  auto in_month = [&](const ledger::LedgerFinding& f) -> MonthFacts& {
    const auto it = month_index.find(std::string_view(f.on).substr(0, 7));
    return facts[it == month_index.end() ? 0 : it->second][f.station_id];
  };
  // A notice still missing is late once the notice time has passed by the start of --as-of.
  const std::string now = to_string(DateTime{as_of, 0, 0, 0});
  ledger::for_each_notice_finding(db, params, period.first, period.last, now, std::nullopt,
                                  [&](const ledger::LedgerFinding& f) { ++in_month(f).late_notices; });
  ledger::for_each_fee_finding(db, params, period.first, period.last, std::nullopt,
                               [&](const ledger::LedgerFinding& f) { ++in_month(f).overcharged_fees; });
  return facts;
}

std::map<std::int64_t, QuarterFacts> gather_quarter(SQLite::Database& db, const Period& quarter,
                                                    const rules::Parameters& params)
{
  std::map<std::int64_t, QuarterFacts> facts;
  oversight::callbacks_by_station(db, quarter, [&](const oversight::CallbackCount& c) {
    facts[c.station_id].reached_callbacks = static_cast<int>(c.reached);
  });
  // The half year ending with the quarter: this quarter and the one before it.
  const Date half_start = previous(quarter).first;
  ledger::for_each_station_volume(db, half_start, quarter.last, params.volume_kinds,
                                  [&](std::int64_t station_id, std::int64_t count) {
                                    facts[station_id].half_year_volume = static_cast<int>(count);
                                  });
  oversight::credit_eligibility_by_station(db, quarter, params.credit_grace_days,
                                           [&](const oversight::CreditEligibility& c) {
                                             auto& f = facts[c.station_id];
                                             f.overdue_credit_incidents = static_cast<int>(c.incidents);
                                             f.credit_uncorrected_days = c.uncorrected_days;
                                             f.credit_happened_on = to_string(c.happened_on);
                                             f.credit_grace_ended = to_string(c.grace_ended);
                                           });
  // The orders as they stood at the quarter's start, whatever happened to them since: a rerun
  // of an applied quarter judges what that quarter judged.
  for (const auto& [station_id, order] : orders_in_force_at(db, quarter)) {
    facts[station_id].rectification = order;
  }
  return facts;
}

PeriodFacts gather_period(SQLite::Database& db, const Period& period, Date as_of, const rules::Parameters& params)
{
  PeriodFacts facts;
  facts.stations = stations_in_period(db, period);
  facts.months = gather_months(db, period, as_of, params);
  if (period.kind == PeriodKind::quarter) {
    facts.quarter = gather_quarter(db, period, params);
  }
  return facts;
}

} // namespace czs::assessment
