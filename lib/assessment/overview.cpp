#include "assessment/overview.hpp"

#include "assessment/run_store.hpp"
#include "ledger/ledger.hpp"
#include "ledger/outreach.hpp"

#include <SQLiteCpp/Statement.h>

namespace czs::assessment {

namespace {

// Each station's status on `day`: the last change on or before it (none: not yet applied).
void count_statuses(SQLite::Database& db, const std::string& day, QuarterOverview& out)
{
  SQLite::Statement q(db, R"(
    SELECT e.to_status, count(*) FROM station s
    JOIN station_event e ON e.id = (
      SELECT id FROM station_event WHERE station_id = s.id AND happened_on <= ?1
      ORDER BY happened_on DESC, id DESC LIMIT 1)
    GROUP BY e.to_status)");
  q.bind(1, day);
  while (q.executeStep()) {
    const std::string status = q.getColumn(0).getString();
    const std::int64_t n = q.getColumn(1).getInt64();
    if (status == "open")
      out.open_stations = n;
    if (status == "rectifying")
      out.rectifying_stations = n;
    if (status == "closing")
      out.closing_stations = n;
    if (status == "closed")
      out.closed_stations = n;
  }
  // Applied stations have no event until they open: those registered by the day, never moved.
  SQLite::Statement applied(db, "SELECT count(*) FROM station s WHERE applied_on <= ?1 AND NOT EXISTS "
                                "(SELECT 1 FROM station_event e WHERE e.station_id = s.id AND e.happened_on <= ?1)");
  applied.bind(1, day);
  applied.executeStep();
  out.applied_stations = applied.getColumn(0).getInt64();
}

std::int64_t count(SQLite::Database& db, const char* sql, const std::string& quarter, const std::string& rule = {})
{
  SQLite::Statement q(db, sql);
  q.bind(1, quarter);
  if (!rule.empty()) {
    q.bind(2, rule);
  }
  q.executeStep();
  return q.getColumn(0).getInt64();
}

// Art. 2.2: the stations registered by `day` in each construction batch ("" for those with none
// set), as the batches stand now (a batch is a station's lasting attribute, not a dated status).
void count_batches(SQLite::Database& db, const std::string& day, QuarterOverview& out)
{
  SQLite::Statement q(db, "SELECT coalesce(b.batch, ''), count(*) FROM station s "
                          "LEFT JOIN station_batch b ON b.id = s.id "
                          "WHERE s.applied_on <= ?1 GROUP BY 1 ORDER BY 1");
  q.bind(1, day);
  while (q.executeStep()) {
    out.stations_by_batch.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getInt64());
  }
}

} // namespace

// An order an amendment withdrew (rectification_withdrawal) never counts.

QuarterOverview quarter_overview(SQLite::Database& db, const Period& quarter, const rules::Parameters& params)
{
  QuarterOverview out;
  out.quarter = label(quarter);
  if (const auto run = applied_run(db, out.quarter)) {
    out.applied = true;
    out.audit_anchor = run->audit_anchor;
  }
  count_statuses(db, to_string(quarter.last), out);
  out.ledger_records = ledger::count_ledger(db, std::nullopt, quarter.first, quarter.last, params.volume_kinds);
  out.half_year_ledger_records =
      ledger::count_ledger(db, std::nullopt, previous(quarter).first, quarter.last, params.volume_kinds);
  out.rectifications_ordered = count(db,
                                     "SELECT count(*) FROM rectification WHERE issued_quarter = ?1 AND id NOT IN "
                                     "(SELECT id FROM rectification_withdrawal)",
                                     out.quarter);
  out.rectifications_lifted = count(db,
                                    "SELECT count(*) FROM rectification WHERE lifted_quarter = ?1 AND id NOT IN "
                                    "(SELECT id FROM rectification_withdrawal)",
                                    out.quarter);
  out.rectifications_in_force = count(
      db,
      "SELECT count(*) FROM rectification WHERE issued_quarter <= ?1 "
      "AND (lifted_quarter IS NULL OR lifted_quarter > ?1) AND id NOT IN (SELECT id FROM rectification_withdrawal)",
      out.quarter);
  const char* eligible = "SELECT count(DISTINCT f.station_id) FROM finding f "
                         "LEFT JOIN run_record r ON r.id = f.run_id "
                         "WHERE f.period = ?1 AND f.rule = ?2 AND r.superseded_by IS NULL";
  out.eligible_volume_termination =
      count(db, eligible, out.quarter, std::string(rules::id_of(rules::Rule::terminate_volume)));
  out.eligible_credit_termination =
      count(db, eligible, out.quarter, std::string(rules::id_of(rules::Rule::terminate_credit)));
  ledger::for_each_dispute_tally(db, quarter, std::nullopt, [&](std::int64_t, const ledger::DisputeTally& t) {
    for (std::size_t k = 0; k < t.by_kind.size(); ++k) {
      out.disputes_by_kind[k] += t.by_kind[k];
    }
  });
  count_batches(db, to_string(quarter.last), out);
  const auto outreach = ledger::count_outreach(db, quarter.first, quarter.last);
  out.outreach_activities = outreach.activities;
  out.outreach_attendees = outreach.attendees;
  return out;
}

} // namespace czs::assessment
