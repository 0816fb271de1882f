#include "audit/verify.hpp"

#include "audit/chain.hpp"
#include "audit/import_digest.hpp"
#include "audit/row_image.hpp"
#include "i18n/translate.hpp"
#include "storage/sql_values.hpp"

#include <algorithm>
#include <vector>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace czs::audit {

namespace {

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
    e.station_code = storage::text_or_empty(entries.getColumn(5));
    e.changes = entries.getColumn(6).getString();
    if (e.id != last_id + 1) {
      return fail(report, e.id, trf("entries {} to {} are missing: deleted outside czstation", last_id + 1, e.id - 1));
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
  if (!head.executeStep() || head.getColumn(0).getInt64() != last_id || head.getColumn(1).getString() != last_hash) {
    return fail(report, last_id + 1, tr("the newest audit entries were removed outside czstation"));
  }
  SQLite::Statement seq(db, "SELECT seq FROM sqlite_sequence WHERE name = 'audit_entry'");
  const std::int64_t issued = seq.executeStep() ? seq.getColumn(0).getInt64() : 0;
  if (issued != last_id) {
    return fail(report, last_id + 1, tr("the newest audit entries were removed outside czstation"));
  }
  return true;
}

// One bulk import as its audit entry records it: rows first..last of a table, logged by a
// digest instead of row images.
struct ImportRange
{
  std::int64_t entry = 0;
  std::string table;
  std::int64_t first = 0;
  std::int64_t last = 0;
  std::int64_t rows = 0;
  std::string digest;
};

std::vector<ImportRange> import_ranges(SQLite::Database& db)
{
  SQLite::Statement q(db, "SELECT e.id, j.value ->> 'table', j.value ->> 'first_id', j.value ->> 'last_id', "
                          "j.value ->> 'rows', j.value ->> 'digest' "
                          "FROM audit_entry e, json_each(e.changes) j WHERE j.value ->> 'op' = 'import' "
                          "ORDER BY e.id");
  std::vector<ImportRange> ranges;
  while (q.executeStep()) {
    ranges.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getInt64(),
                      q.getColumn(3).getInt64(), q.getColumn(4).getInt64(), q.getColumn(5).getString()});
  }
  return ranges;
}

// The index of import ranges that writes consult must say what the entries say: a range
// removed from it would let a later change skip the image the digest needs.
bool verify_import_index(SQLite::Database& db, const std::vector<ImportRange>& ranges, VerifyReport& report)
{
  SQLite::Statement q(db, "SELECT entry_id, table_name, first_id, last_id FROM audit_import ORDER BY entry_id");
  std::size_t i = 0;
  while (q.executeStep()) {
    const std::int64_t entry = q.getColumn(0).getInt64();
    if (i == ranges.size() || ranges[i].entry != entry || ranges[i].table != q.getColumn(1).getString()
        || ranges[i].first != q.getColumn(2).getInt64() || ranges[i].last != q.getColumn(3).getInt64()) {
      return fail(report, entry,
                  trf("the index of bulk imports disagrees with entry {}: changed outside czstation", entry));
    }
    ++i;
  }
  if (i != ranges.size()) {
    return fail(report, ranges[i].entry,
                trf("the index of bulk imports lacks entry {}: changed outside czstation", ranges[i].entry));
  }
  return true;
}

// ranges are one table's, sorted by first id and disjoint.
bool covered(const std::vector<ImportRange>& ranges, std::int64_t id)
{
  auto after = std::upper_bound(ranges.begin(), ranges.end(), id,
                                [](std::int64_t v, const ImportRange& r) { return v < r.first; });
  return after != ranges.begin() && id <= std::prev(after)->last;
}

// The canonical form of a row image recorded as JSON: its values in column order, quoted as
// SQLite's quote() does, the same form the import digested.
std::string canonical_from_image(SQLite::Statement& values, const std::string& image)
{
  values.reset();
  values.bind(1, image);
  std::string canonical;
  while (values.executeStep()) {
    canonical += (canonical.empty() ? "" : ",") + values.getColumn(0).getString();
  }
  return canonical;
}

// Recomputes an import's digest: each row of its range as it is now, except that a row a later
// command changed counts as the image that command kept from before its change (the first
// such one). The rows come in id order from one query, so memory stays flat.
bool verify_import(SQLite::Database& db, const ImportRange& range, VerifyReport& report)
{
  // The first image a later change kept of each row of the range, from the (few) changes made
  // to imported rows since the import.
  const std::string first_before = R"(
    WITH change AS (
      SELECT e.id AS entry, j.key AS k, j.value ->> 'id' AS rid, j.value ->> 'before' AS before
      FROM audit_entry e, json_each(e.changes) j
      WHERE e.id > ?1 AND j.value ->> 'table' = ?2 AND j.value ->> 'before' IS NOT NULL
        AND j.value ->> 'id' BETWEEN ?3 AND ?4),
    first_before AS (
      SELECT rid, before FROM (
        SELECT rid, before, row_number() OVER (PARTITION BY rid ORDER BY entry, k) AS n FROM change)
      WHERE n = 1))";
  auto bind = [&range](SQLite::Statement& q) {
    q.bind(1, static_cast<std::int64_t>(range.entry));
    q.bind(2, range.table);
    q.bind(3, static_cast<std::int64_t>(range.first));
    q.bind(4, static_cast<std::int64_t>(range.last));
  };
  // Rows deleted since (by a command that kept their image) are few: held in memory and merged
  // into the ordered scan of the rows still there.
  SQLite::Statement gone(db, fmt::format("{} SELECT rid, before FROM first_before "
                                         "WHERE NOT EXISTS (SELECT 1 FROM \"{}\" WHERE id = rid) ORDER BY rid",
                                         first_before, range.table));
  bind(gone);
  std::vector<std::pair<std::int64_t, std::string>> deleted;
  while (gone.executeStep()) {
    deleted.emplace_back(gone.getColumn(0).getInt64(), gone.getColumn(1).getString());
  }
  SQLite::Statement rows(db, fmt::format("{} SELECT t.id, fb.before, {} FROM \"{}\" t "
                                         "LEFT JOIN first_before fb ON fb.rid = t.id "
                                         "WHERE t.id BETWEEN ?3 AND ?4 ORDER BY t.id",
                                         first_before, canonical_row_expression(db, range.table), range.table));
  bind(rows);
  SQLite::Statement values(db, "SELECT quote(value) FROM json_each(?) ORDER BY id");
  RowDigest digest;
  std::int64_t count = 0;
  std::size_t next_deleted = 0;
  auto add_deleted_before = [&](std::int64_t id) {
    for (; next_deleted < deleted.size() && deleted[next_deleted].first < id; ++next_deleted, ++count) {
      digest.add_row(canonical_from_image(values, deleted[next_deleted].second));
    }
  };
  while (rows.executeStep()) {
    add_deleted_before(rows.getColumn(0).getInt64());
    const auto before = rows.getColumn(1);
    digest.add_row(before.isNull() ? rows.getColumn(2).getString() : canonical_from_image(values, before.getString()));
    ++count;
  }
  add_deleted_before(range.last + 1);
  report.rows += count;
  if (count != range.rows || digest.hex_digest() != range.digest) {
    return fail(report, range.entry,
                trf("rows {} to {} of {}, imported by entry {}, were changed, added or deleted outside czstation",
                    range.first, range.last, range.table, range.entry));
  }
  return true;
}

// Compares each row of `table` with the last image the log holds for it, in one pass over a
// join, so memory stays flat however large the table. A row no change recorded is logged when
// an import wrote it (its digest is checked by verify_import).
bool verify_table(SQLite::Database& db, const std::string& table, const std::vector<ImportRange>& imports,
                  VerifyReport& report)
{
  const std::string sql = fmt::format(R"(
    WITH change AS (
      SELECT e.id AS entry, j.key AS k, j.value ->> 'id' AS rid, j.value ->> 'op' AS op,
             j.value ->> 'row' AS img
      FROM audit_entry e, json_each(e.changes) j
      WHERE j.value ->> 'table' = ?1 AND j.value ->> 'op' <> 'import'),
    latest AS (
      SELECT rid, op, img, entry FROM (
        SELECT rid, op, img, entry,
               row_number() OVER (PARTITION BY rid ORDER BY entry DESC, k DESC) AS n
        FROM change) WHERE n = 1),
    current AS (SELECT id AS rid, {0} AS img FROM "{1}")
    SELECT c.rid, l.rid, l.op, l.entry, CASE WHEN l.rid IS NULL THEN NULL ELSE c.img = l.img END
    FROM current c LEFT JOIN latest l ON l.rid = c.rid
    UNION ALL
    SELECT NULL, l.rid, l.op, l.entry, NULL
    FROM latest l WHERE l.op <> 'delete' AND NOT EXISTS (SELECT 1 FROM "{1}" WHERE id = l.rid)
  )",
                                      row_image_expression(db, table), table);
  SQLite::Statement rows(db, sql);
  rows.bind(1, table);
  while (rows.executeStep()) {
    const bool present = !rows.getColumn(0).isNull();
    const bool logged = !rows.getColumn(1).isNull();
    const std::int64_t id = present ? rows.getColumn(0).getInt64() : rows.getColumn(1).getInt64();
    const std::int64_t entry = logged ? rows.getColumn(3).getInt64() : 0;
    if (present && !logged && covered(imports, id)) {
      continue;
    }
    ++report.rows;
    if (present && !logged) {
      return fail(report, 0, trf("row {} of {} was added outside czstation: no audit entry records it", id, table));
    }
    if (!present) {
      return fail(report, entry,
                  trf("row {} of {} was deleted outside czstation (last recorded by entry {})", id, table, entry));
    }
    if (rows.getColumn(2).getString() == "delete") {
      return fail(report, entry, trf("row {} of {} was deleted by entry {} but is back", id, table, entry));
    }
    if (rows.getColumn(4).getInt() != 1) {
      return fail(report, entry,
                  trf("row {} of {} was changed outside czstation (differs from entry {})", id, table, entry));
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
  const std::vector<ImportRange> imports = import_ranges(db);
  if (!verify_import_index(db, imports, report)) {
    return report;
  }
  for (const auto& table : audited_tables(db)) {
    std::vector<ImportRange> of_table;
    std::copy_if(imports.begin(), imports.end(), std::back_inserter(of_table),
                 [&table](const ImportRange& r) { return r.table == table; });
    std::sort(of_table.begin(), of_table.end(),
              [](const ImportRange& a, const ImportRange& b) { return a.first < b.first; });
    if (!verify_table(db, table, of_table, report)) {
      return report;
    }
    for (const auto& range : of_table) {
      if (!verify_import(db, range, report)) {
        return report;
      }
    }
  }
  return report;
}

} // namespace czs::audit
