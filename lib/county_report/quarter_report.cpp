#include "county_report/quarter_report.hpp"

#include "county_report/report_queries.hpp"
#include "ledger/ledger.hpp"
#include "oversight/coverage.hpp"
#include "stations/station_store.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace czs::county_report {

std::int64_t QuarterVolume::total() const
{
  std::int64_t n = 0;
  for (const auto r : records) {
    n += r;
  }
  return n;
}

void Volume::add(const Volume& v)
{
  records += v.records;
  amount_fen += v.amount_fen;
  fee_fen += v.fee_fen;
}

namespace {

std::size_t kind_count()
{
  return ledger::ledger_kinds().size();
}

std::vector<QuarterVolume> trend(SQLite::Database& db, const Period& quarter, int quarters)
{
  std::vector<Period> periods{quarter};
  while (static_cast<int>(periods.size()) < std::max(1, quarters)) {
    periods.insert(periods.begin(), previous(periods.front()));
  }
  auto counts = records_by_quarter(db, periods);
  std::vector<QuarterVolume> out;
  for (std::size_t n = 0; n < periods.size(); ++n) {
    out.push_back({label(periods[n]), std::move(counts[n])});
  }
  return out;
}

// The quarter's ledger per station, summed per township and for the county; and the stations in
// service during the quarter, ranked by it.
void volumes(SQLite::Database& db, const Period& quarter, std::size_t ranked, QuarterReport& out)
{
  std::map<std::int64_t, KindVolumes> by_station;
  ledger::for_each_ledger_total(db, quarter.first, quarter.last, [&](const ledger::LedgerTotal& t) {
    auto& v = by_station.try_emplace(t.station_id, KindVolumes(kind_count())).first->second;
    v[ledger::ledger_kind_index(t.kind)].add({t.records, t.amount_fen, t.fee_fen});
  });
  std::map<std::int64_t, bool> in_service;
  oversight::quarter_coverage(db, quarter, [&](const oversight::QuarterCoverage& c) {
    in_service[c.station.id] = true;
    out.callbacks.in_service += 1;
    out.callbacks.called += c.attempts > 0 ? 1 : 0;
    out.callbacks.reached += c.reached > 0 ? 1 : 0;
  });
  std::map<std::string, KindVolumes> townships;
  std::vector<StationActivity> activity;
  out.quarter_total = KindVolumes(kind_count());
  // A station with records but not in service (one finishing pickups after its exit) counts too.
  stations::for_each_station(db, {}, [&](const stations::Station& s) {
    const auto it = by_station.find(s.id);
    const bool serving = in_service.count(s.id) > 0;
    if (it == by_station.end() && !serving) {
      return;
    }
    auto& t = townships.try_emplace(s.township, KindVolumes(kind_count())).first->second;
    StationActivity a{{s.id, s.code, s.name, s.township}, 0, 0};
    if (it != by_station.end()) {
      for (std::size_t k = 0; k < kind_count(); ++k) {
        t[k].add(it->second[k]);
        out.quarter_total[k].add(it->second[k]);
        a.records += it->second[k].records;
        a.amount_fen += it->second[k].amount_fen;
      }
    }
    if (serving) {
      activity.push_back(std::move(a));
    }
  });
  for (auto& [township, v] : townships) {
    out.volume_by_township.push_back({township, std::move(v)});
  }
  // Ties go to the station code, so the lists read the same every time.
  std::stable_sort(activity.begin(), activity.end(), [](const auto& a, const auto& b) {
    return a.records != b.records ? a.records > b.records : a.station.code < b.station.code;
  });
  const std::size_t top = std::min(ranked, activity.size());
  out.most_active.assign(activity.begin(), activity.begin() + static_cast<std::ptrdiff_t>(top));
  const std::size_t bottom = std::min(ranked, activity.size() - top);
  out.least_active.assign(activity.rbegin(), activity.rbegin() + static_cast<std::ptrdiff_t>(bottom));
}

std::vector<MonthOversight> months(SQLite::Database& db, const Period& quarter, std::int64_t required)
{
  std::vector<MonthOversight> out;
  for (const Period& month : months_in(quarter)) {
    MonthOversight m{label(month)};
    oversight::month_coverage(db, month, [&](const oversight::MonthCoverage& c) {
      m.in_service += 1;
      m.inspections += c.inspections;
      m.inspected_enough += c.inspections >= required ? 1 : 0;
      m.stocktakes_matched += c.stocktake == oversight::StocktakeStanding::matched ? 1 : 0;
    });
    out.push_back(std::move(m));
  }
  return out;
}

} // namespace

QuarterReport quarter_report(SQLite::Database& db, const Period& quarter, const rules::Parameters& params,
                             int trend_quarters, std::size_t ranked)
{
  QuarterReport out;
  out.overview = assessment::quarter_overview(db, quarter, params);
  out.stations_by_township = stations_by_township(db, quarter.last);
  out.trend = trend(db, quarter, trend_quarters);
  volumes(db, quarter, ranked, out);
  std::vector<std::string> periods{label(quarter)};
  for (const Period& month : months_in(quarter)) {
    periods.push_back(label(month));
  }
  out.findings = findings_by_rule(db, periods);
  out.rectifications = rectifications_at(db, label(quarter));
  out.eligible = eligible_at(db, label(quarter));
  out.inspections_required = params.inspections_per_month;
  out.months = months(db, quarter, out.inspections_required);
  return out;
}

} // namespace czs::county_report
