#include "county_report/quarter_report.hpp"

#include "county_report/report_queries.hpp"
#include "ledger/ledger.hpp"
#include "oversight/coverage.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace czs::county_report {

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

std::size_t kind_index(const std::string& kind)
{
  const auto kinds = ledger::ledger_kinds();
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    if (kinds[i].name == kind) {
      return i;
    }
  }
  return 0;
}

// "2026-05" → "2026Q2".
std::string quarter_of_month(const std::string& month)
{
  const int m = std::stoi(month.substr(5, 2));
  return fmt::format("{}Q{}", month.substr(0, 4), (m - 1) / 3 + 1);
}

std::vector<QuarterVolume> trend(SQLite::Database& db, const Period& quarter, int quarters)
{
  std::vector<QuarterVolume> out;
  Period q = quarter;
  for (int i = 0; i < std::max(1, quarters); ++i) {
    out.insert(out.begin(), QuarterVolume{label(q), KindVolumes(kind_count())});
    q = previous(q);
  }
  const Period first = parse_period(out.front().quarter).value();
  for_each_month_volume(db, first.first, quarter.last,
                        [&](const std::string& month, std::size_t kind, const Volume& v) {
                          const std::string label_text = quarter_of_month(month);
                          for (auto& qv : out) {
                            if (qv.quarter == label_text && kind < qv.by_kind.size()) {
                              qv.by_kind[kind].add(v);
                            }
                          }
                        });
  return out;
}

// Per station in service during the quarter, its ledger over it; and per township.
void volumes(SQLite::Database& db, const Period& quarter, std::size_t ranked, QuarterReport& out)
{
  std::map<std::int64_t, KindVolumes> by_station;
  ledger::for_each_ledger_total(db, quarter.first, quarter.last, [&](const ledger::LedgerTotal& t) {
    auto& v = by_station.try_emplace(t.station_id, KindVolumes(kind_count())).first->second;
    v[kind_index(t.kind)].add({t.records, t.amount_fen, t.fee_fen});
  });
  std::map<std::string, KindVolumes> townships;
  std::vector<StationActivity> activity;
  oversight::quarter_coverage(db, quarter, [&](const oversight::QuarterCoverage& c) {
    out.callbacks.in_service += 1;
    out.callbacks.called += c.attempts > 0 ? 1 : 0;
    out.callbacks.reached += c.reached > 0 ? 1 : 0;
    StationActivity a{{c.station.id, c.station.code, c.station.name, c.station.township}, 0, 0};
    auto& t = townships.try_emplace(c.station.township, KindVolumes(kind_count())).first->second;
    if (const auto it = by_station.find(c.station.id); it != by_station.end()) {
      for (std::size_t k = 0; k < kind_count(); ++k) {
        t[k].add(it->second[k]);
        a.records += it->second[k].records;
        a.amount_fen += it->second[k].amount_fen;
      }
    }
    activity.push_back(std::move(a));
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
