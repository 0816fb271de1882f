#include "county_report/report_queries.hpp"

#include "assessment/run_store.hpp"
#include "ledger/ledger.hpp"
#include "rules/rule_catalogue.hpp"
#include "stations/station.hpp"

#include <algorithm>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace czs::county_report {

namespace {

StationLine read_station(SQLite::Statement& q, int first)
{
  return {q.getColumn(first).getInt64(), q.getColumn(first + 1).getString(), q.getColumn(first + 2).getString(),
          q.getColumn(first + 3).getString()};
}

// Orders, lifts and eligibility count only from the run in force; a withdrawn order never counts.
constexpr const char* k_not_withdrawn = "r.id NOT IN (SELECT id FROM rectification_withdrawal)";

} // namespace

std::vector<TownshipStations> stations_by_township(SQLite::Database& db, Date day)
{
  // Each station's status on the day is its last change on or before it (one seek on
  // station_event_by_station); registered and never moved by then, it is applied.
  SQLite::Statement q(db, R"(
    SELECT township, status, count(*) FROM (
      SELECT s.township, coalesce(
        (SELECT e.to_status FROM station_event e WHERE e.station_id = s.id AND e.happened_on <= ?1
         ORDER BY e.happened_on DESC, e.id DESC LIMIT 1),
        CASE WHEN s.applied_on <= ?1 THEN 'applied' END) AS status
      FROM station s)
    WHERE status IS NOT NULL GROUP BY township, status ORDER BY township)");
  q.bind(1, to_string(day));
  std::vector<TownshipStations> out;
  while (q.executeStep()) {
    const std::string township = q.getColumn(0).getString();
    const auto status = stations::parse_status(q.getColumn(1).getString());
    if (!status) {
      continue;
    }
    if (out.empty() || out.back().township != township) {
      out.push_back({township, {}});
    }
    out.back().by_status[static_cast<std::size_t>(*status)] += q.getColumn(2).getInt64();
  }
  return out;
}

std::string records_by_quarter_sql(std::size_t quarters)
{
  // ledger.hpp says what counts. CROSS JOIN keeps the stations outside, so each kind is a range
  // seek per station on (station_id, completed_on) over these quarters only (SQLite would
  // otherwise scan the whole index and look each station up); counting each quarter with a
  // comparison reads every index entry once, and no table row.
  const auto kinds = ledger::ledger_kinds();
  std::string per_quarter;
  for (std::size_t q = 0; q < quarters; ++q) {
    per_quarter += fmt::format(", sum(t.completed_on BETWEEN ?{} AND ?{})", 2 * q + 3, 2 * q + 4);
  }
  std::string arms;
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    for (const std::string_view table : {kinds[i].table, kinds[i].more_table}) {
      if (table.empty()) {
        continue;
      }
      arms += fmt::format("{}SELECT {}{} FROM station s CROSS JOIN {} t ON t.station_id = s.id "
                          "WHERE t.completed_on BETWEEN ?1 AND ?2{}",
                          arms.empty() ? "" : " UNION ALL ", i, per_quarter, table, kinds[i].where);
    }
  }
  return arms;
}

std::vector<std::vector<std::int64_t>> records_by_quarter(SQLite::Database& db, const std::vector<Period>& quarters)
{
  const auto kinds = ledger::ledger_kinds();
  std::vector<std::vector<std::int64_t>> out(quarters.size(), std::vector<std::int64_t>(kinds.size(), 0));
  if (quarters.empty()) {
    return out;
  }
  SQLite::Statement q(db, records_by_quarter_sql(quarters.size()));
  q.bind(1, to_string(quarters.front().first));
  q.bind(2, to_string(quarters.back().last));
  for (std::size_t n = 0; n < quarters.size(); ++n) {
    q.bind(static_cast<int>(2 * n + 3), to_string(quarters[n].first));
    q.bind(static_cast<int>(2 * n + 4), to_string(quarters[n].last));
  }
  while (q.executeStep()) {
    const auto kind = static_cast<std::size_t>(q.getColumn(0).getInt());
    for (std::size_t n = 0; n < quarters.size(); ++n) {
      out[n][kind] += q.getColumn(static_cast<int>(n + 1)).getInt64();
    }
  }
  return out;
}

std::vector<RuleFindings> findings_by_rule(SQLite::Database& db, const std::vector<std::string>& periods)
{
  std::string marks;
  for (std::size_t i = 0; i < periods.size(); ++i) {
    marks += fmt::format("{}?{}", i ? ", " : "", i + 1);
  }
  // A quarter's run holds its months' findings too: a finding counts once per station and period.
  SQLite::Statement q(db, "SELECT f.rule, f.article, count(DISTINCT f.station_id || '/' || f.period), "
                          "count(DISTINCT f.station_id) FROM finding f LEFT JOIN run_record r ON r.id = f.run_id "
                          "WHERE f.period IN ("
                              + marks + ") AND r.superseded_by IS NULL GROUP BY f.rule, f.article");
  for (std::size_t i = 0; i < periods.size(); ++i) {
    q.bind(static_cast<int>(i + 1), periods[i]);
  }
  std::vector<RuleFindings> out;
  while (q.executeStep()) {
    out.push_back(
        {q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getInt64(), q.getColumn(3).getInt64()});
  }
  // In the order of SPEC.md's table, as `czstation rules` lists them.
  auto rank = [](const RuleFindings& f) {
    const auto catalogue = rules::rule_catalogue();
    const auto it = std::find_if(catalogue.begin(), catalogue.end(), [&](const auto& r) { return r.id == f.rule; });
    return it - catalogue.begin();
  };
  std::stable_sort(out.begin(), out.end(), [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
  return out;
}

std::vector<Rectification> rectifications_at(SQLite::Database& db, const std::string& quarter)
{
  SQLite::Statement q(db, std::string(R"(
    SELECT s.id, s.code, s.name, s.township, r.issued_quarter, r.issued_on, r.volume,
           coalesce(r.lifted_quarter, ''), r.quarters_without_improvement
    FROM rectification r JOIN station s ON s.id = r.station_id
    WHERE r.issued_quarter <= ?1 AND (r.lifted_quarter IS NULL OR r.lifted_quarter >= ?1) AND )")
                              + k_not_withdrawn + " ORDER BY r.issued_quarter, s.code");
  q.bind(1, quarter);
  std::vector<Rectification> out;
  while (q.executeStep()) {
    Rectification r;
    r.station = read_station(q, 0);
    r.issued_quarter = q.getColumn(4).getString();
    r.issued_on = q.getColumn(5).getString();
    r.volume = q.getColumn(6).getInt64();
    r.lifted_quarter = q.getColumn(7).getString();
    r.quarters_without_improvement = q.getColumn(8).getInt64();
    r.ordered_now = r.issued_quarter == quarter;
    r.lifted_now = r.lifted_quarter == quarter;
    r.in_force = r.lifted_quarter.empty() || r.lifted_quarter > quarter;
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<Eligible> eligible_at(SQLite::Database& db, const std::string& quarter)
{
  SQLite::Statement q(db, "SELECT s.id, s.code, s.name, s.township, f.rule, f.article, "
                              + assessment::finding_message_sql()
                              + " FROM finding f LEFT JOIN finding_message m ON m.id = f.id "
                                "JOIN station s ON s.id = f.station_id LEFT JOIN run_record r ON r.id = f.run_id "
                                "WHERE f.period = ?1 AND f.rule IN (?2, ?3) AND r.superseded_by IS NULL "
                                "ORDER BY s.code, f.rule");
  q.bind(1, quarter);
  q.bind(2, std::string(rules::id_of(rules::Rule::terminate_volume)));
  q.bind(3, std::string(rules::id_of(rules::Rule::terminate_credit)));
  std::vector<Eligible> out;
  while (q.executeStep()) {
    out.push_back(
        {read_station(q, 0), q.getColumn(4).getString(), q.getColumn(5).getString(), q.getColumn(6).getString()});
  }
  return out;
}

} // namespace czs::county_report
