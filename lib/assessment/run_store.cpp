#include "assessment/run_store.hpp"

#include "rules/rules_file.hpp"

#include "audit/audited_transaction.hpp"

#include <algorithm>

#include <SQLiteCpp/Statement.h>

namespace czs::assessment {

namespace {

// A run and what run_record says of it (runs recorded before schema 8 have no such row).
// The head of the audit chain it saw comes as an anchor, "ENTRY:HASH" (issue 15).
constexpr const char* k_run_columns =
    "SELECT a.id, a.period, a.kind, a.as_of, a.findings, coalesce(r.applied_at, ''), "
    "coalesce(r.superseded_by, 0), coalesce(r.reason, ''), coalesce(h.entry_id || ':' || substr(h.hash, 1, 16), '') "
    "FROM assessment_run a LEFT JOIN run_record r ON r.id = a.id LEFT JOIN run_chain_head h ON h.id = a.id ";

RunInfo read_run(SQLite::Statement& q)
{
  return {q.getColumn(0).getInt64(),  q.getColumn(1).getString(), q.getColumn(2).getString(),
          q.getColumn(3).getString(), q.getColumn(4).getInt64(),  q.getColumn(5).getString(),
          q.getColumn(6).getInt64(),  q.getColumn(7).getString(), q.getColumn(8).getString()};
}

} // namespace

std::optional<RunInfo> applied_run(SQLite::Database& db, const std::string& period)
{
  SQLite::Statement q(db, std::string(k_run_columns) + "WHERE a.period = ? AND r.superseded_by IS NULL");
  q.bind(1, period);
  if (!q.executeStep()) {
    return std::nullopt;
  }
  return read_run(q);
}

std::optional<RunInfo> run_by_id(SQLite::Database& db, std::int64_t run_id)
{
  SQLite::Statement q(db, std::string(k_run_columns) + "WHERE a.id = ?");
  q.bind(1, run_id);
  if (!q.executeStep()) {
    return std::nullopt;
  }
  return read_run(q);
}

void for_each_run(SQLite::Database& db, const std::function<void(const RunInfo&)>& each)
{
  // Periods sort as text within a kind ("2026-05", "2026Q2"); order by the period's first day.
  SQLite::Statement q(db, std::string(k_run_columns) + "ORDER BY substr(a.period, 1, 4), a.kind DESC, a.period, a.id");
  while (q.executeStep()) {
    each(read_run(q));
  }
}

std::int64_t record_run(audit::AuditedTransaction& tx, const std::string& period, const std::string& kind,
                        const std::string& as_of, const std::vector<Finding>& findings, const std::string& rules)
{
  SQLite::Statement run(tx.db(), "INSERT INTO assessment_run (period, kind, as_of, findings) VALUES (?, ?, ?, ?)");
  run.bind(1, period);
  run.bind(2, kind);
  run.bind(3, as_of);
  run.bind(4, static_cast<std::int64_t>(findings.size()));
  run.exec();
  const std::int64_t run_id = tx.db().getLastInsertRowid();
  tx.inserted("assessment_run", run_id);
  SQLite::Statement record(tx.db(), "INSERT INTO run_record (id, applied_at) "
                                    "VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
  record.bind(1, run_id);
  record.exec();
  tx.inserted("run_record", run_id);
  // The head the run saw, printed with its reports: a paper copy anchors the log (issue 15).
  SQLite::Statement head(tx.db(), "INSERT INTO run_chain_head (id, entry_id, hash) "
                                  "SELECT ?, last_id, last_hash FROM audit_head WHERE singleton = 1 AND last_id > 0");
  head.bind(1, run_id);
  if (head.exec() > 0) {
    tx.inserted("run_chain_head", run_id);
  }
  if (!rules.empty()) {
    SQLite::Statement kept(tx.db(), "INSERT INTO run_rules (id, rules) VALUES (?, ?)");
    kept.bind(1, run_id);
    kept.bind(2, rules);
    kept.exec();
    tx.inserted("run_rules", run_id);
  }

  SQLite::Statement insert(tx.db(), "INSERT OR IGNORE INTO finding (run_id, rule, article, duty, station_id, period, "
                                    "measured, threshold, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  SQLite::Statement both(tx.db(), "INSERT INTO finding_message (id, en, zh) VALUES (?, ?, ?)");
  for (const auto& f : findings) {
    insert.bind(1, run_id);
    insert.bind(2, f.rule);
    insert.bind(3, f.article);
    insert.bind(4, std::string(rules::duty_key(f.duty)));
    insert.bind(5, f.station_id);
    insert.bind(6, f.period);
    insert.bind(7, f.measured);
    insert.bind(8, f.threshold);
    insert.bind(9, f.text());
    if (insert.exec() > 0) {
      const std::int64_t id = tx.db().getLastInsertRowid();
      tx.inserted("finding", id);
      // A finding made in one language only (CurrentLanguageOnly: never applied) keeps the one it has.
      if (!f.messages.en.empty() && !f.messages.zh.empty()) {
        both.bind(1, id);
        both.bind(2, f.messages.en);
        both.bind(3, f.messages.zh);
        both.exec();
        both.reset();
        tx.inserted("finding_message", id);
      }
    }
    insert.reset();
  }
  return run_id;
}

std::vector<Finding> findings_of_run(SQLite::Database& db, std::int64_t run_id, std::size_t expected)
{
  // The sentence in the reader's language; a finding recorded before 0016 has only the one its
  // applier's language gave.
  SQLite::Statement q(db, "SELECT f.rule, f.article, f.duty, f.station_id, s.code, f.period, f.measured, "
                          "f.threshold, f.message, m.en, m.zh FROM finding f JOIN station s ON s.id = f.station_id "
                          "LEFT JOIN finding_message m ON m.id = f.id WHERE f.run_id = ? ORDER BY f.id");
  q.bind(1, run_id);
  std::vector<Finding> out;
  out.reserve(expected); // a strict county's 50,000 findings: no doubling on the way there
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
    if (!q.getColumn(9).isNull()) {
      f.messages = {q.getColumn(9).getString(), q.getColumn(10).getString()};
    } else {
      const std::string recorded = q.getColumn(8).getString();
      f.messages = {recorded, recorded};
    }
    out.push_back(std::move(f));
  }
  return out;
}

std::string finding_message_sql()
{
  return current_language() == Language::zh ? "coalesce(m.zh, f.message)" : "coalesce(m.en, f.message)";
}

void record_decisions(audit::AuditedTransaction& tx, std::int64_t run_id, const Assessment& a)
{
  SQLite::Statement d(tx.db(), "INSERT INTO assessment_decision (run_id, station_id, half_year_volume, "
                               "rectification_id, order_rectification, lift_rectification, "
                               "quarters_without_improvement, eligible_volume_termination, "
                               "eligible_credit_termination) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (const auto& x : a.decisions) {
    d.bind(1, run_id);
    d.bind(2, x.station_id);
    d.bind(3, x.half_year_volume);
    if (x.rectification_id != 0) {
      d.bind(4, x.rectification_id);
    } else {
      d.bind(4);
    }
    d.bind(5, x.order_rectification ? 1 : 0);
    d.bind(6, x.lift_rectification ? 1 : 0);
    d.bind(7, x.quarters_without_improvement);
    d.bind(8, x.eligible_volume_termination ? 1 : 0);
    d.bind(9, x.eligible_credit_termination ? 1 : 0);
    d.exec();
    d.reset();
    tx.inserted("assessment_decision", tx.db().getLastInsertRowid());
  }
  SQLite::Statement j(tx.db(), "INSERT INTO assessment_station (run_id, station_id, operated_days, judged) "
                               "VALUES (?, ?, ?, ?)");
  for (const auto& x : a.judged) {
    j.bind(1, run_id);
    j.bind(2, x.station_id);
    j.bind(3, x.operated_days);
    j.bind(4, encode_judged(x.rules));
    j.exec();
    j.reset();
    tx.inserted("assessment_station", tx.db().getLastInsertRowid());
  }
}

Assessment recorded_assessment(SQLite::Database& db, const RunInfo& run)
{
  Assessment a;
  a.period = *parse_period(run.period);
  a.quarterly = run.kind == "quarter";
  a.findings = findings_of_run(db, run.id, static_cast<std::size_t>(std::max<std::int64_t>(run.findings, 0)));
  SQLite::Statement kept(db, "SELECT rules FROM run_rules WHERE id = ?");
  kept.bind(1, run.id);
  if (kept.executeStep()) {
    a.rules = kept.getColumn(0).getString();
  }
  SQLite::Statement d(db, "SELECT d.station_id, s.code, d.half_year_volume, coalesce(d.rectification_id, 0), "
                          "coalesce(r.issued_quarter, ''), d.order_rectification, d.lift_rectification, "
                          "d.quarters_without_improvement, d.eligible_volume_termination, "
                          "d.eligible_credit_termination FROM assessment_decision d "
                          "JOIN station s ON s.id = d.station_id "
                          "LEFT JOIN rectification r ON r.id = d.rectification_id "
                          "WHERE d.run_id = ? ORDER BY s.code");
  d.bind(1, run.id);
  while (d.executeStep()) {
    a.decisions.push_back({d.getColumn(0).getInt64(), d.getColumn(1).getString(), d.getColumn(2).getInt64(),
                           d.getColumn(3).getInt64(), d.getColumn(4).getString(), d.getColumn(5).getInt() != 0,
                           d.getColumn(6).getInt() != 0, d.getColumn(7).getInt(), d.getColumn(8).getInt() != 0,
                           d.getColumn(9).getInt() != 0});
  }
  SQLite::Statement j(db, "SELECT j.station_id, s.code, j.operated_days, j.judged FROM assessment_station j "
                          "JOIN station s ON s.id = j.station_id WHERE j.run_id = ? ORDER BY s.code");
  j.bind(1, run.id);
  while (j.executeStep()) {
    StationJudgement x;
    x.station_id = j.getColumn(0).getInt64();
    x.station_code = j.getColumn(1).getString();
    x.operated_days = j.getColumn(2).getInt();
    x.rules = decode_judged(j.getColumn(3).getString());
    a.stations += x.operated_days > 0 ? 1 : 0;
    a.judged.push_back(std::move(x));
  }
  return a;
}

std::map<std::int64_t, OpenRectification> open_rectifications(SQLite::Database& db)
{
  // An order ends with the station's exit: a closing or closed station is no longer followed.
  SQLite::Statement q(db, "SELECT r.station_id, r.id, r.issued_quarter, r.quarters_without_improvement "
                          "FROM rectification r JOIN station s ON s.id = r.station_id "
                          "WHERE r.lifted_quarter IS NULL AND s.status IN ('open', 'rectifying') "
                          "AND NOT EXISTS (SELECT 1 FROM rectification_withdrawal w WHERE w.id = r.id)");
  std::map<std::int64_t, OpenRectification> out;
  while (q.executeStep()) {
    out[q.getColumn(0).getInt64()] = {q.getColumn(1).getInt64(), q.getColumn(2).getString(), q.getColumn(3).getInt()};
  }
  return out;
}

std::map<std::int64_t, OpenRectification> orders_in_force_at(SQLite::Database& db, const Period& quarter)
{
  SQLite::Statement q(db, R"(
    SELECT r.station_id, r.id, r.issued_quarter,
           (SELECT count(DISTINCT a.period) FROM assessment_run a
            WHERE a.kind = 'quarter' AND a.period > r.issued_quarter AND a.period < ?1)
    FROM rectification r
    WHERE r.issued_quarter < ?1 AND (r.lifted_quarter IS NULL OR r.lifted_quarter >= ?1)
      AND NOT EXISTS (SELECT 1 FROM rectification_withdrawal w WHERE w.id = r.id)
      AND NOT EXISTS (SELECT 1 FROM station_event e WHERE e.station_id = r.station_id
                      AND e.to_status = 'closing' AND e.happened_on <= ?2))");
  q.bind(1, label(quarter));
  q.bind(2, to_string(quarter.last));
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
                          "WHERE r.lifted_quarter IS NULL AND s.status IN ('open', 'rectifying') "
                          "AND NOT EXISTS (SELECT 1 FROM rectification_withdrawal w WHERE w.id = r.id)");
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

void supersede_run(audit::AuditedTransaction& tx, std::int64_t old_run, std::int64_t new_run, const std::string& reason)
{
  // A run recorded before schema 8 has no run_record row yet: it gets one, marked.
  SQLite::Statement old(tx.db(), "INSERT INTO run_record (id, applied_at, superseded_by) VALUES (?1, '', ?2) "
                                 "ON CONFLICT (id) DO UPDATE SET superseded_by = ?2");
  old.bind(1, old_run);
  old.bind(2, new_run);
  const bool existed = run_by_id(tx.db(), old_run)->applied_at.empty() == false;
  old.exec();
  existed ? tx.updated("run_record", old_run) : tx.inserted("run_record", old_run);
  SQLite::Statement why(tx.db(), "UPDATE run_record SET reason = ? WHERE id = ?");
  why.bind(1, reason);
  why.bind(2, new_run);
  why.exec();
  tx.updated("run_record", new_run);
}

void withdraw_rectification(audit::AuditedTransaction& tx, std::int64_t order_id, std::int64_t run_id,
                            const std::string& withdrawn_on)
{
  SQLite::Statement q(tx.db(), "INSERT INTO rectification_withdrawal (id, run_id, withdrawn_on) VALUES (?, ?, ?)");
  q.bind(1, order_id);
  q.bind(2, run_id);
  q.bind(3, withdrawn_on);
  q.exec();
  tx.inserted("rectification_withdrawal", order_id);
  // It ends where it began, so it is no longer the station's one open order (a new one may be
  // issued) and was never in force at any quarter's start.
  SQLite::Statement end(tx.db(),
                        "UPDATE rectification SET lifted_quarter = issued_quarter, lifted_on = ? WHERE id = ?");
  end.bind(1, withdrawn_on);
  end.bind(2, order_id);
  end.exec();
  tx.updated("rectification", order_id);
}

void restore_rectification(audit::AuditedTransaction& tx, std::int64_t order_id, const std::string& quarter,
                           int quarters_without_improvement)
{
  SQLite::Statement q(tx.db(), "UPDATE rectification SET followed_quarter = ?, quarters_without_improvement = ?, "
                               "lifted_quarter = NULL, lifted_on = NULL WHERE id = ?");
  q.bind(1, quarter);
  q.bind(2, quarters_without_improvement);
  q.bind(3, order_id);
  q.exec();
  tx.updated("rectification", order_id);
}

std::optional<RunInfo> eligibility_run(SQLite::Database& db, std::int64_t station_id, rules::Rule rule)
{
  SQLite::Statement latest(db,
                           std::string(k_run_columns)
                               + "WHERE a.kind = 'quarter' AND r.superseded_by IS NULL ORDER BY a.period DESC LIMIT 1");
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

std::optional<rules::Parameters> rules_of_run(SQLite::Database& db, std::int64_t run_id)
{
  SQLite::Statement q(db, "SELECT rules FROM run_rules WHERE id = ?");
  q.bind(1, run_id);
  if (!q.executeStep()) {
    return std::nullopt;
  }
  return rules::parse_rules(q.getColumn(0).getString(), "run " + std::to_string(run_id)).params;
}

} // namespace czs::assessment
