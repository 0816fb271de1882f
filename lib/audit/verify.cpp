#include "audit/verify.hpp"

#include "audit/chain.hpp"
#include "audit/row_image.hpp"
#include "i18n/translate.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace czs::audit {

namespace {

std::string text_or_empty(const SQLite::Column& c)
{
  return c.isNull() ? std::string() : c.getString();
}

bool fail(VerifyReport& report, std::int64_t entry, std::string problem)
{
  report.ok = false;
  report.bad_entry = entry;
  report.problem = std::move(problem);
  return false;
}

bool verify_chain(SQLite::Database& db, VerifyReport& report, std::int64_t& last_id, std::string& last_hash)
{
  SQLite::Statement entries(db, "SELECT id, at, actor, command, action, station_code, changes, "
                                "prev_hash, hash FROM audit_entry ORDER BY id");
  last_id = 0;
  last_hash = k_genesis_hash;
  while (entries.executeStep()) {
    EntryFields e;
    e.id = entries.getColumn(0).getInt64();
    e.at = entries.getColumn(1).getString();
    e.actor = entries.getColumn(2).getString();
    e.command = entries.getColumn(3).getString();
    e.action = entries.getColumn(4).getString();
    e.station_code = text_or_empty(entries.getColumn(5));
    e.changes = entries.getColumn(6).getString();
    if (e.id != last_id + 1) {
      return fail(report, e.id, trf("entries {} to {} are missing: deleted outside czstation",
                                    last_id + 1, e.id - 1));
    }
    if (entries.getColumn(7).getString() != last_hash) {
      return fail(report, e.id, trf("entry {} does not follow entry {}: the chain was broken", e.id, last_id));
    }
    const std::string hash = entry_hash(last_hash, e);
    if (hash != entries.getColumn(8).getString()) {
      return fail(report, e.id, trf("entry {} was changed after it was written", e.id));
    }
    last_id = e.id;
    last_hash = hash;
    ++report.entries;
  }
  return true;
}

bool verify_head(SQLite::Database& db, VerifyReport& report, std::int64_t last_id, const std::string& last_hash)
{
  SQLite::Statement head(db, "SELECT last_id, last_hash FROM audit_head WHERE singleton = 1");
  if (!head.executeStep() || head.getColumn(0).getInt64() != last_id ||
      head.getColumn(1).getString() != last_hash) {
    return fail(report, last_id + 1, tr("the newest audit entries were removed outside czstation"));
  }
  SQLite::Statement seq(db, "SELECT seq FROM sqlite_sequence WHERE name = 'audit_entry'");
  const std::int64_t issued = seq.executeStep() ? seq.getColumn(0).getInt64() : 0;
  if (issued != last_id) {
    return fail(report, last_id + 1, tr("the newest audit entries were removed outside czstation"));
  }
  return true;
}

// Compares each row of `table` with the last image the log holds for it, in one pass over a
// join, so memory stays flat however large the table.
bool verify_table(SQLite::Database& db, const std::string& table, VerifyReport& report)
{
  const std::string sql = fmt::format(R"(
    WITH change AS (
      SELECT e.id AS entry, j.key AS k, j.value ->> 'id' AS rid, j.value ->> 'op' AS op,
             j.value ->> 'row' AS img
      FROM audit_entry e, json_each(e.changes) j
      WHERE j.value ->> 'table' = ?1),
    latest AS (
      SELECT rid, op, img, entry FROM (
        SELECT rid, op, img, entry,
               row_number() OVER (PARTITION BY rid ORDER BY entry DESC, k DESC) AS n
        FROM change) WHERE n = 1),
    current AS (SELECT id AS rid, {} AS img FROM "{}")
    SELECT c.rid, l.rid, l.op, l.entry, c.img = l.img
    FROM current c LEFT JOIN latest l ON l.rid = c.rid
    UNION ALL
    SELECT NULL, l.rid, l.op, l.entry, NULL
    FROM latest l WHERE l.op <> 'delete' AND l.rid NOT IN (SELECT rid FROM current)
  )", row_image_expression(db, table), table);
  SQLite::Statement rows(db, sql);
  rows.bind(1, table);
  while (rows.executeStep()) {
    const bool present = !rows.getColumn(0).isNull();
    const bool logged = !rows.getColumn(1).isNull();
    const std::int64_t id = present ? rows.getColumn(0).getInt64() : rows.getColumn(1).getInt64();
    const std::int64_t entry = logged ? rows.getColumn(3).getInt64() : 0;
    ++report.rows;
    if (present && !logged) {
      return fail(report, 0, trf("row {} of {} was added outside czstation: no audit entry records it", id, table));
    }
    if (!present) {
      return fail(report, entry, trf("row {} of {} was deleted outside czstation (last recorded by entry {})", id, table, entry));
    }
    if (rows.getColumn(2).getString() == "delete") {
      return fail(report, entry, trf("row {} of {} was deleted by entry {} but is back", id, table, entry));
    }
    if (rows.getColumn(4).getInt() != 1) {
      return fail(report, entry, trf("row {} of {} was changed outside czstation (differs from entry {})", id, table, entry));
    }
  }
  return true;
}

} // namespace

VerifyReport verify(SQLite::Database& db)
{
  VerifyReport report;
  std::int64_t last_id = 0;
  std::string last_hash;
  if (!verify_chain(db, report, last_id, last_hash) || !verify_head(db, report, last_id, last_hash)) {
    return report;
  }
  for (const auto& table : audited_tables(db)) {
    if (!verify_table(db, table, report)) {
      return report;
    }
  }
  return report;
}

} // namespace czs::audit
