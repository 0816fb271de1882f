#include "assessment/run_store.hpp"

#include "audit/audited_transaction.hpp"

#include <SQLiteCpp/Statement.h>

namespace czs::assessment {

namespace {

RunInfo read_run(SQLite::Statement& q)
{
  return {q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(), q.getColumn(3).getString(),
          q.getColumn(4).getInt64()};
}

} // namespace

std::optional<RunInfo> applied_run(SQLite::Database& db, const std::string& period)
{
  SQLite::Statement q(db, "SELECT id, period, kind, as_of, findings FROM assessment_run WHERE period = ?");
  q.bind(1, period);
  if (!q.executeStep()) {
    return std::nullopt;
  }
  return read_run(q);
}

void for_each_run(SQLite::Database& db, const std::function<void(const RunInfo&)>& each)
{
  // Periods sort as text within a kind ("2026-05", "2026Q2"); order by the period's first day.
  SQLite::Statement q(db, "SELECT id, period, kind, as_of, findings FROM assessment_run "
                          "ORDER BY substr(period, 1, 4), kind DESC, period");
  while (q.executeStep()) {
    each(read_run(q));
  }
}

std::int64_t record_run(audit::AuditedTransaction& tx, const std::string& period, const std::string& kind,
                        const std::string& as_of, const std::vector<Finding>& findings)
{
  SQLite::Statement run(tx.db(), "INSERT INTO assessment_run (period, kind, as_of, findings) VALUES (?, ?, ?, ?)");
  run.bind(1, period);
  run.bind(2, kind);
  run.bind(3, as_of);
  run.bind(4, static_cast<std::int64_t>(findings.size()));
  run.exec();
  const std::int64_t run_id = tx.db().getLastInsertRowid();
  tx.inserted("assessment_run", run_id);

  SQLite::Statement insert(tx.db(), "INSERT OR IGNORE INTO finding (run_id, rule, article, duty, station_id, period, "
                                    "measured, threshold, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (const auto& f : findings) {
    insert.bind(1, run_id);
    insert.bind(2, f.rule);
    insert.bind(3, f.article);
    insert.bind(4, std::string(rules::duty_key(f.duty)));
    insert.bind(5, f.station_id);
    insert.bind(6, f.period);
    insert.bind(7, f.measured);
    insert.bind(8, f.threshold);
    insert.bind(9, f.message);
    if (insert.exec() > 0) {
      tx.inserted("finding", tx.db().getLastInsertRowid());
    }
    insert.reset();
  }
  return run_id;
}

std::vector<Finding> findings_of_run(SQLite::Database& db, std::int64_t run_id)
{
  SQLite::Statement q(db, "SELECT f.rule, f.article, f.duty, f.station_id, s.code, f.period, f.measured, "
                          "f.threshold, f.message FROM finding f JOIN station s ON s.id = f.station_id "
                          "WHERE f.run_id = ? ORDER BY s.code, f.period, f.rule");
  q.bind(1, run_id);
  std::vector<Finding> out;
  while (q.executeStep()) {
    Finding f;
    f.rule = q.getColumn(0).getString();
    f.article = q.getColumn(1).getString();
    f.duty = rules::parse_duty(q.getColumn(2).getString()).value_or(rules::Duty::station);
    f.station_id = q.getColumn(3).getInt64();
    f.station_code = q.getColumn(4).getString();
    f.period = q.getColumn(5).getString();
    f.measured = q.getColumn(6).getInt64();
    f.threshold = q.getColumn(7).getInt64();
    f.message = q.getColumn(8).getString();
    out.push_back(std::move(f));
  }
  return out;
}

std::map<std::int64_t, OpenRectification> open_rectifications(SQLite::Database& db)
{
  // An order ends with the station's exit: a closing or closed station is no longer followed.
  SQLite::Statement q(db, "SELECT r.station_id, r.id, r.issued_quarter, r.quarters_without_improvement "
                          "FROM rectification r JOIN station s ON s.id = r.station_id "
                          "WHERE r.lifted_quarter IS NULL AND s.status IN ('open', 'rectifying')");
  std::map<std::int64_t, OpenRectification> out;
  while (q.executeStep()) {
    out[q.getColumn(0).getInt64()] = {q.getColumn(1).getInt64(), q.getColumn(2).getString(), q.getColumn(3).getInt()};
  }
  return out;
}

std::map<std::int64_t, std::string> rectification_followed_to(SQLite::Database& db)
{
  SQLite::Statement q(db, "SELECT r.station_id, coalesce(r.followed_quarter, r.issued_quarter) "
                          "FROM rectification r JOIN station s ON s.id = r.station_id "
                          "WHERE r.lifted_quarter IS NULL AND s.status IN ('open', 'rectifying')");
  std::map<std::int64_t, std::string> out;
  while (q.executeStep()) {
    out[q.getColumn(0).getInt64()] = q.getColumn(1).getString();
  }
  return out;
}

std::int64_t order_rectification(audit::AuditedTransaction& tx, std::int64_t station_id, const std::string& quarter,
                                 const std::string& issued_on, std::int64_t volume)
{
  SQLite::Statement q(tx.db(), "INSERT INTO rectification (station_id, issued_quarter, issued_on, volume) "
                               "VALUES (?, ?, ?, ?)");
  q.bind(1, station_id);
  q.bind(2, quarter);
  q.bind(3, issued_on);
  q.bind(4, volume);
  q.exec();
  const std::int64_t id = tx.db().getLastInsertRowid();
  tx.inserted("rectification", id);
  return id;
}

void follow_rectification(audit::AuditedTransaction& tx, std::int64_t order_id, const std::string& quarter,
                          int quarters_without_improvement)
{
  SQLite::Statement q(tx.db(), "UPDATE rectification SET followed_quarter = ?, quarters_without_improvement = ? "
                               "WHERE id = ?");
  q.bind(1, quarter);
  q.bind(2, quarters_without_improvement);
  q.bind(3, order_id);
  q.exec();
  tx.updated("rectification", order_id);
}

void lift_rectification(audit::AuditedTransaction& tx, std::int64_t order_id, const std::string& quarter,
                        const std::string& lifted_on)
{
  SQLite::Statement q(tx.db(), "UPDATE rectification SET followed_quarter = ?, lifted_quarter = ?, lifted_on = ? "
                               "WHERE id = ?");
  q.bind(1, quarter);
  q.bind(2, quarter);
  q.bind(3, lifted_on);
  q.bind(4, order_id);
  q.exec();
  tx.updated("rectification", order_id);
}

std::optional<RunInfo> eligibility_run(SQLite::Database& db, std::int64_t station_id, rules::Rule rule)
{
  SQLite::Statement latest(db, "SELECT id, period, kind, as_of, findings FROM assessment_run WHERE kind = 'quarter' "
                               "ORDER BY period DESC LIMIT 1");
  if (!latest.executeStep()) {
    return std::nullopt;
  }
  RunInfo run = read_run(latest);
  SQLite::Statement found(db, "SELECT 1 FROM finding WHERE run_id = ? AND station_id = ? AND rule = ?");
  found.bind(1, run.id);
  found.bind(2, station_id);
  found.bind(3, std::string(rules::id_of(rule)));
  if (!found.executeStep()) {
    return std::nullopt;
  }
  return run;
}

} // namespace czs::assessment
