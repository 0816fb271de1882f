#include "audit/verify.hpp"

#include "audit/chain.hpp"
#include "audit/change_records.hpp"
#include "audit/chunk_chain.hpp"
#include "audit/import_digest.hpp"
#include "audit/keyed_chain.hpp"
#include "audit/protection.hpp"
#include "audit/row_forms.hpp"
#include "audit/row_image.hpp"
#include "audit/sha256.hpp"
#include "i18n/translate.hpp"
#include "storage/sql_values.hpp"

#include <algorithm>
#include <cstring>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace czs::audit {

namespace {

constexpr std::int64_t k_progress_every = 50'000;

bool fail(VerifyReport& report, std::int64_t entry, std::string problem)
{
  report.ok = false;
  report.bad_entry = entry;
  report.problem = std::move(problem);
  return false;
}

// What the scratch tables keep of a row image: 128 bits of its SHA-256 tell an edited row from
// the recorded one as surely as the image itself, at a fraction of the temporary file's size.
constexpr int k_image_digest_bytes = 16;

// The tables the log names, numbered from 1 in the order the pass meets them: the scratch
// tables are keyed by number, not by name.
class TableNumbers
{
public:
  std::int64_t number(std::string_view table)
  {
    if (const std::int64_t n = find(table); n != 0) {
      return n;
    }
    m_names.emplace_back(table);
    return static_cast<std::int64_t>(m_names.size());
  }
  // 0 when the log never named the table.
  std::int64_t find(std::string_view table) const
  {
    const auto it = std::find(m_names.begin(), m_names.end(), table);
    return it == m_names.end() ? 0 : static_cast<std::int64_t>(it - m_names.begin()) + 1;
  }

private:
  std::vector<std::string> m_names;
};

// Temporary tables keyed by (table, row id): the last change each row was given, and the first
// image a change kept of a row an import wrote. They live in SQLite's temp database (on disk,
// behind a bounded cache), so memory stays flat however large the log; dropped when done.
//
// A reader's connection may be opened with writes switched off (PRAGMA query_only, see
// storage::Database), which also forbids TEMP tables; the scratch lifts it for its own TEMP work
// and puts it back, so verify works for a clerk who may only read the database. Verify writes
// nothing but these TEMP tables.
class Scratch
{
public:
  explicit Scratch(SQLite::Database& db) : m_db(db)
  {
    m_query_only = m_db.execAndGet("PRAGMA query_only").getInt() != 0;
    if (m_query_only) {
      m_db.exec("PRAGMA query_only = OFF");
    }
    drop();
    m_db.exec("PRAGMA temp.cache_size = -8192");
    m_db.exec("CREATE TEMP TABLE verify_latest (tbl INTEGER NOT NULL, rid INTEGER NOT NULL, entry INTEGER NOT NULL, "
              "deleted INTEGER NOT NULL, digest BLOB, PRIMARY KEY (tbl, rid)) WITHOUT ROWID");
    m_db.exec("CREATE TEMP TABLE verify_before (tbl INTEGER NOT NULL, rid INTEGER NOT NULL, image TEXT NOT NULL, "
              "PRIMARY KEY (tbl, rid)) WITHOUT ROWID");
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  ~Scratch()
  {
    try {
      drop();
      if (m_query_only) {
        m_db.exec("PRAGMA query_only = ON");
      }
    } catch (...) { // NOLINT(bugprone-empty-catch): the connection is going away or rolling back anyway
    }
  }

private:
  void drop()
  {
    m_db.exec("DROP TABLE IF EXISTS temp.verify_latest");
    m_db.exec("DROP TABLE IF EXISTS temp.verify_before");
  }

  SQLite::Database& m_db;
  bool m_query_only = false;
};

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

// The one pass over the log: recomputes the chain and routes each change of each entry to the
// scratch tables (or, for imports, to the list of ranges).
class LogPass
{
public:
  LogPass(SQLite::Database& db, const std::vector<Anchor>& anchors)
      : m_db(db),
        m_latest(db, "INSERT INTO temp.verify_latest (tbl, rid, entry, deleted, digest) VALUES (?1, ?2, ?3, ?4, ?5) "
                     "ON CONFLICT (tbl, rid) DO UPDATE SET entry = excluded.entry, deleted = excluded.deleted, "
                     "digest = excluded.digest"),
        m_before(db, "INSERT INTO temp.verify_before (tbl, rid, image) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
  {
    for (const auto& a : anchors) {
      m_anchored.emplace(a.entry, std::string());
    }
  }

  bool run(VerifyReport& report, const std::function<void(const VerifyProgress&)>& progress)
  {
    SQLite::Statement entries(m_db, "SELECT id, at, actor, command, action, station_code, changes, "
                                    "prev_hash, hash FROM audit_entry ORDER BY id");
    m_last_hash = k_genesis_hash;
    EntryFields e;
    while (entries.executeStep()) {
      e.id = entries.getColumn(0).getInt64();
      e.at = entries.getColumn(1).getString();
      e.actor = entries.getColumn(2).getString();
      e.command = entries.getColumn(3).getString();
      e.action = entries.getColumn(4).getString();
      e.station_code = storage::text_or_empty(entries.getColumn(5));
      e.changes = entries.getColumn(6).getString();
      if (e.id != m_last_id + 1) {
        return fail(report, e.id,
                    trf("entries {} to {} are missing: deleted outside czstation", m_last_id + 1, e.id - 1));
      }
      if (entries.getColumn(7).getString() != m_last_hash) {
        return fail(report, e.id, trf("entry {} does not follow entry {}: the chain was broken", e.id, m_last_id));
      }
      const std::string hash = entry_hash(m_last_hash, e);
      if (hash != entries.getColumn(8).getString()) {
        return fail(report, e.id, trf("entry {} was changed after it was written", e.id));
      }
      if (!route(e.id, e.changes, report)) {
        return false;
      }
      if (const auto anchored = m_anchored.find(e.id); anchored != m_anchored.end()) {
        anchored->second = hash;
      }
      m_last_id = e.id;
      m_last_hash = hash;
      if (++report.entries % k_progress_every == 0 && progress) {
        progress({report.entries, 0, {}});
      }
    }
    return true;
  }

  std::int64_t last_id() const { return m_last_id; }
  // Chunks the entries named and the pass read (each checked against its entry).
  std::int64_t chunks_read() const { return m_chunks_read; }
  const std::string& last_hash() const { return m_last_hash; }
  std::vector<ImportRange>& imports() { return m_imports; }
  const TableNumbers& tables() const { return m_tables; }
  // The hash the chain gave an anchored entry, "" when the pass did not reach it.
  const std::string& hash_of(std::int64_t entry) const { return m_anchored.at(entry); }

private:
  // The entry's text is scanned in place (see change_records.hpp): a row's image is digested
  // as it was written, with no JSON parsed or re-serialised. An entry written in chunks holds
  // one record naming them; they are read one at a time, so memory stays bounded by a chunk.
  bool route(std::int64_t entry, const std::string& changes, VerifyReport& report)
  {
    std::optional<ChangeRecord> chunked;
    std::int64_t records = 0;
    const bool parsed = for_each_change(changes, [&](const ChangeRecord& c) {
      ++records;
      if (c.table.empty() && c.op == k_chunks_op) {
        chunked = c;
      } else {
        route_change(entry, c);
      }
    });
    if (!parsed || (chunked && records != 1)) {
      return fail(report, entry, trf("entry {} holds changes that are not a list of recorded changes", entry));
    }
    return !chunked || route_chunks(entry, *chunked, report);
  }

  // The chunks of `entry` in order, each routed as an entry's changes are, their chain
  // recomputed: it must give the digest (and the counts) the entry's hash covers.
  bool route_chunks(std::int64_t entry, const ChangeRecord& summary, VerifyReport& report)
  {
    if (!m_chunk_query) {
      if (!m_db.tableExists("audit_chunk")) {
        return fail(report, entry, trf("entry {} names chunks of changes that are not there", entry));
      }
      m_chunk_query = std::make_unique<SQLite::Statement>(
          m_db, "SELECT seq, changes FROM audit_chunk WHERE entry_id = ? ORDER BY seq");
    }
    SQLite::Statement& q = *m_chunk_query;
    q.reset();
    q.bind(1, entry);
    ChunkChain chain(entry);
    std::int64_t records = 0;
    bool nested = false;
    while (q.executeStep()) {
      const std::int64_t seq = q.getColumn(0).getInt64();
      const auto text = q.getColumn(1);
      const std::string_view chunk(text.getText(), static_cast<std::size_t>(text.getBytes()));
      if (seq != chain.chunks() + 1) {
        break; // a chunk removed or renumbered: the digest below cannot match
      }
      chain.add(chunk);
      const bool parsed = for_each_change(chunk, [&](const ChangeRecord& c) {
        ++records;
        nested = nested || (c.table.empty() && c.op == k_chunks_op);
        route_change(entry, c);
      });
      if (!parsed || nested) {
        return fail(report, entry,
                    trf("a chunk of entry {} holds changes that are not a list of recorded changes", entry));
      }
    }
    m_chunks_read += chain.chunks();
    if (chain.chunks() != summary.chunks || chain.digest() != summary.digest || records != summary.records) {
      return fail(report, entry,
                  trf("the chunks of entry {} were changed, added or removed after they were written", entry));
    }
    return true;
  }

  void route_change(std::int64_t entry, const ChangeRecord& c)
  {
    if (c.table.empty()) {
      return; // a note: no row
    }
    if (c.op == "import") {
      m_imports.push_back({entry, std::string(c.table), c.first_id, c.last_id, c.rows, std::string(c.digest)});
      return;
    }
    const std::int64_t table = m_tables.number(c.table);
    m_latest.reset();
    m_latest.bind(1, table);
    m_latest.bind(2, c.id);
    m_latest.bind(3, entry);
    m_latest.bind(4, c.op == "delete" ? 1 : 0);
    if (c.row.empty()) {
      m_latest.bind(5);
    } else {
      const auto digest = m_digester.digest(c.row);
      m_latest.bind(5, digest.data(), k_image_digest_bytes);
    }
    m_latest.exec();
    if (!c.before.empty()) {
      m_before.reset();
      m_before.bind(1, table);
      m_before.bind(2, c.id);
      m_before.bind(3, std::string(c.before));
      m_before.exec();
    }
  }

  SQLite::Database& m_db;
  SQLite::Statement m_latest;
  SQLite::Statement m_before;
  std::unique_ptr<SQLite::Statement> m_chunk_query;
  std::int64_t m_chunks_read = 0;
  std::int64_t m_last_id = 0;
  std::string m_last_hash;
  std::vector<ImportRange> m_imports;
  std::map<std::int64_t, std::string> m_anchored;
  TableNumbers m_tables;
  Sha256Digester m_digester;
};

// One finding per anchor the chain does not pass through. `complete`: the pass read the whole
// log, so an anchor it did not reach lies past the end.
void check_anchors(const LogPass& log, bool complete, const std::vector<Anchor>& anchors, VerifyReport& report)
{
  for (const auto& a : anchors) {
    const std::string& hash = log.hash_of(a.entry);
    const std::string shown = anchor_text({a.entry, a.hash.substr(0, k_anchor_min_hex)});
    if (hash.empty()) {
      if (complete) {
        report.findings.push_back(
            trf("anchor {} is not on the chain: the log ends at entry {}, so entries were removed from its end "
                "(or the anchor is from another database)",
                shown, log.last_id()));
      }
    } else if (hash.compare(0, a.hash.size(), a.hash) != 0) {
      report.findings.push_back(trf("anchor {} is not on the chain: entry {} now has the hash {}, so the log was "
                                    "rewritten at or before that entry (or the anchor is from another database)",
                                    shown, a.entry, hash.substr(0, k_anchor_min_hex)));
    }
  }
}

bool verify_head(SQLite::Database& db, VerifyReport& report, std::int64_t last_id, const std::string& last_hash)
{
  if (!db.tableExists("audit_head")) {
    return fail(report, last_id + 1,
                tr("the audit log's head (the record of its newest entry) was removed outside czstation"));
  }
  SQLite::Statement head(db, "SELECT last_id, last_hash FROM audit_head WHERE singleton = 1");
  if (!head.executeStep() || head.getColumn(0).getInt64() != last_id) {
    return fail(report, last_id + 1, tr("the newest audit entries were removed outside czstation"));
  }
  if (head.getColumn(1).getString() != last_hash) {
    return fail(report, last_id,
                tr("the audit log's head does not hold the newest entry's hash: it was edited outside czstation"));
  }
  SQLite::Statement seq(db, "SELECT seq FROM sqlite_sequence WHERE name = 'audit_entry'");
  const std::int64_t issued = seq.executeStep() ? seq.getColumn(0).getInt64() : 0;
  if (issued != last_id) {
    return fail(report, last_id + 1, tr("the newest audit entries were removed outside czstation"));
  }
  return true;
}

// Every chunk must belong to the entry that names it: one no entry accounts for (added with the
// sqlite3 shell) is tampering, as a row no entry records is.
bool verify_no_stray_chunks(SQLite::Database& db, std::int64_t chunks_read, VerifyReport& report)
{
  if (!db.tableExists("audit_chunk")) {
    return true;
  }
  SQLite::Statement all(db, "SELECT count(*) FROM audit_chunk");
  all.executeStep();
  if (all.getColumn(0).getInt64() == chunks_read) {
    return true;
  }
  return fail(report, 0,
              tr("the audit log holds chunks of changes that no entry accounts for: added outside czstation"));
}

// The index of import ranges that writes consult must say what the entries say: a range
// removed from it would let a later change skip the image the digest needs. `ranges` are in
// entry order, as the log pass found them.
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

// Recomputes the digests of one table's imports while its rows go by in id order: a row counts
// as it is now, or as the image the first later change kept of it (rows since deleted included).
class ImportDigests
{
public:
  // ranges: one table's, sorted by first id and disjoint.
  ImportDigests(std::vector<ImportRange> ranges, VerifyReport& report) : m_ranges(std::move(ranges)), m_report(report)
  {
  }

  // Closes the ranges that end before `id`; true when `id` lies in an import's range. False in
  // `failed` when a closed range did not match (the report says which).
  bool covers(std::int64_t id, bool& failed)
  {
    while (m_next < m_ranges.size() && id > m_ranges[m_next].last) {
      if (!close()) {
        failed = true;
        return false;
      }
    }
    return m_next < m_ranges.size() && id >= m_ranges[m_next].first;
  }

  void add(std::string_view canonical)
  {
    m_digest.add_row(canonical);
    ++m_count;
  }

  // Closes every range left; false at the first that does not match.
  bool close_all()
  {
    while (m_next < m_ranges.size()) {
      if (!close()) {
        return false;
      }
    }
    return true;
  }

private:
  bool close()
  {
    const ImportRange& range = m_ranges[m_next++];
    const bool ok = m_count == range.rows && m_digest.hex_digest() == range.digest;
    m_digest = RowDigest();
    m_count = 0;
    if (!ok) {
      return fail(m_report, range.entry,
                  trf("rows {} to {} of {}, imported by entry {}, were changed, added or deleted outside czstation",
                      range.first, range.last, range.table, range.entry));
    }
    return true;
  }

  std::vector<ImportRange> m_ranges;
  VerifyReport& m_report;
  std::size_t m_next = 0;
  RowDigest m_digest;
  std::int64_t m_count = 0;
};

// The canonical form of a row image recorded as JSON: its values in column order, quoted as
// SQLite's quote() does, the same form the import digested.
std::string canonical_from_image(SQLite::Statement& values, const std::string& image)
{
  values.reset();
  values.bind(1, image);
  std::string canonical;
  while (values.executeStep()) {
    if (!canonical.empty()) {
      canonical.push_back(',');
    }
    canonical += values.getColumn(0).getText();
  }
  return canonical;
}

// Reads `table` once in id order, merged with what the log pass noted of it (read in id order
// too): each row must be as its last change recorded it, or lie in an import's range (whose
// digest is recomputed on the way); and the rows the log says exist must all be there.
class TableCheck
{
public:
  // `number`: the table's number in the scratch tables (TableNumbers), 0 when the log never
  // named it.
  TableCheck(SQLite::Database& db, std::string table, std::int64_t number, std::vector<ImportRange> ranges,
             VerifyReport& report)
      : m_db(db), m_table(std::move(table)), m_number(number), m_imports(!ranges.empty()),
        m_digests(std::move(ranges), report), m_report(report),
        m_values(db, "SELECT quote(value) FROM json_each(?) ORDER BY id"), m_forms(db)
  {
  }

  bool run(const std::function<void(const VerifyProgress&)>& progress)
  {
    // The table in id order, merged with what the log pass noted of it, also in id order: no
    // lookup per row. The row's own columns follow its id (t.*): its image and, for the rows an
    // import's range covers, its canonical form are built here from its values, rather than by
    // SQL's json_object() and quote() for every row.
    SQLite::Statement rows(m_db, fmt::format("SELECT t.id, t.* FROM \"{}\" t ORDER BY t.id", m_table));
    m_forms.read_columns(rows, 1);
    SQLite::Statement latest(m_db,
                             "SELECT rid, entry, deleted, digest FROM temp.verify_latest WHERE tbl = ?1 ORDER BY rid");
    latest.bind(1, m_number);
    m_latest = &latest;
    m_latest_ready = latest.executeStep();
    // The first image a change kept of an imported row: of a row still there, or of one a later
    // command deleted (merged into the import's digest by id).
    SQLite::Statement before(m_db, "SELECT rid, image FROM temp.verify_before WHERE tbl = ?1 ORDER BY rid");
    before.bind(1, m_number);
    m_before = &before;
    m_before_ready = m_imports && before.executeStep();
    while (rows.executeStep()) {
      if (!check_row(rows)) {
        return false;
      }
      if (++m_report.rows % k_progress_every == 0 && progress) {
        progress({m_report.entries, m_report.rows, m_table});
      }
    }
    constexpr std::int64_t k_end = std::numeric_limits<std::int64_t>::max();
    if (!add_gone_before(k_end) || !m_digests.close_all()) {
      return false;
    }
    note_missing_before(k_end);
    return !m_missing
           || fail(m_report, m_missing->second,
                   trf("row {} of {} was deleted outside czstation (last recorded by entry {})", m_missing->first,
                       m_table, m_missing->second));
  }

private:
  bool check_row(SQLite::Statement& rows)
  {
    const std::int64_t id = rows.getColumn(0).getInt64();
    if (!add_gone_before(id)) {
      return false;
    }
    bool failed = false;
    const bool covered = m_digests.covers(id, failed);
    if (failed) {
      return false;
    }
    const bool kept = m_before_ready && m_before->getColumn(0).getInt64() == id;
    if (covered) {
      m_digests.add(kept ? canonical_from_image(m_values, m_before->getColumn(1).getString())
                         : m_forms.canonical(rows));
    }
    if (kept) {
      m_before_ready = m_before->executeStep();
    }
    note_missing_before(id);
    const bool logged = m_latest_ready && m_latest->getColumn(0).getInt64() == id;
    if (!logged) {
      return covered
             || fail(m_report, 0,
                     trf("row {} of {} was added outside czstation: no audit entry records it", id, m_table));
    }
    const std::int64_t entry = m_latest->getColumn(1).getInt64();
    if (m_latest->getColumn(2).getInt() != 0) {
      return fail(m_report, entry, trf("row {} of {} was deleted by entry {} but is back", id, m_table, entry));
    }
    if (!same_digest(m_forms.image(rows), m_latest->getColumn(3))) {
      return fail(m_report, entry,
                  trf("row {} of {} was changed outside czstation (differs from entry {})", id, m_table, entry));
    }
    m_latest_ready = m_latest->executeStep();
    return true;
  }

  // Whether `image` is the one whose digest the log pass kept.
  bool same_digest(std::string_view image, const SQLite::Column& kept)
  {
    const void* bytes = kept.getBlob(); // before getBytes, as SQLite asks
    const auto digest = m_digester.digest(image);
    return kept.getBytes() == k_image_digest_bytes && std::memcmp(bytes, digest.data(), k_image_digest_bytes) == 0;
  }

  // Passes the log's rows whose ids come before `id`, which the table does not hold: the first
  // whose last change was not a delete is kept, to be reported once the rows are all checked.
  void note_missing_before(std::int64_t id)
  {
    for (; m_latest_ready && m_latest->getColumn(0).getInt64() < id; m_latest_ready = m_latest->executeStep()) {
      if (!m_missing && m_latest->getColumn(2).getInt() == 0) {
        m_missing.emplace(m_latest->getColumn(0).getInt64(), m_latest->getColumn(1).getInt64());
      }
    }
  }

  // Feeds the digests the kept images of deleted imported rows whose ids come before `id`.
  bool add_gone_before(std::int64_t id)
  {
    // The table is read in id order: a kept image with an id before the row read now is of a
    // row no longer there.
    for (; m_before_ready && m_before->getColumn(0).getInt64() < id; m_before_ready = m_before->executeStep()) {
      bool failed = false;
      const bool covered = m_digests.covers(m_before->getColumn(0).getInt64(), failed);
      if (failed) {
        return false;
      }
      if (covered) {
        m_digests.add(canonical_from_image(m_values, m_before->getColumn(1).getString()));
        ++m_report.rows;
      }
    }
    return true;
  }

  SQLite::Database& m_db;
  std::string m_table;
  std::int64_t m_number;
  bool m_imports;
  ImportDigests m_digests;
  VerifyReport& m_report;
  SQLite::Statement m_values;
  RowForms m_forms;
  Sha256Digester m_digester;
  SQLite::Statement* m_latest = nullptr; // the log's last change of each row, by id
  bool m_latest_ready = false;
  SQLite::Statement* m_before = nullptr; // the first image kept of each imported row, by id
  bool m_before_ready = false;
  std::optional<std::pair<std::int64_t, std::int64_t>> m_missing; // a row the log has and the table lacks, its entry
};

std::vector<ImportRange> ranges_of(const std::vector<ImportRange>& imports, const std::string& table)
{
  std::vector<ImportRange> of_table;
  std::copy_if(imports.begin(), imports.end(), std::back_inserter(of_table),
               [&table](const ImportRange& r) { return r.table == table; });
  std::sort(of_table.begin(), of_table.end(),
            [](const ImportRange& a, const ImportRange& b) { return a.first < b.first; });
  return of_table;
}

// With the county's key: the log must be signed with it, every entry and the head. Without, the
// report says only whether the log is signed.
bool check_key(SQLite::Database& db, const AuditKey* key, VerifyReport& report)
{
  const Signing s = signing(db);
  report.signed_with = s.key_id;
  if (!s.keyed) {
    // The chain itself remembers a signing: its signatures removed since leave the entry behind.
    SQLite::Statement signed_once(db, "SELECT min(id) FROM audit_entry WHERE action = 'audit.sign'");
    if (signed_once.executeStep() && !signed_once.getColumn(0).isNull()) {
      report.findings.push_back(trf("entry {} signed the audit log with a key, but the log's signatures are gone: "
                                    "they were removed outside czstation",
                                    signed_once.getColumn(0).getInt64()));
      return true;
    }
  }
  if (key == nullptr) {
    return true;
  }
  if (key->world_readable) {
    report.findings.push_back(trf("the audit key file {} can be read by every user of this machine: anyone who "
                                  "can write the database can sign a forged entry",
                                  key->path));
  }
  if (!s.keyed) {
    report.findings.push_back(trf("the audit log is not signed, though the key {} is configured: it was never "
                                  "signed, or its signatures were removed outside czstation",
                                  key->path));
    return true;
  }
  if (s.key_id != key->id) {
    report.findings.push_back(trf("the audit log is signed with key id {}, but the key file {} holds key id {}: "
                                  "a key mismatch (another county's key, or a log re-signed outside czstation)",
                                  s.key_id, key->path, key->id));
    return true;
  }
  report.signatures_checked = true;
  if (auto problem = check_signatures(db, *key)) {
    return fail(report, problem->entry, problem->message);
  }
  return true;
}

} // namespace

VerifyReport verify(SQLite::Database& db, const std::function<void(const VerifyProgress&)>& progress,
                    const std::vector<Anchor>& anchors, const AuditKey* key)
{
  VerifyReport report;
  report.findings = weakened_triggers(db);
  report.anchors = static_cast<std::int64_t>(anchors.size());
  Scratch scratch(db);
  LogPass log(db, anchors);
  const bool complete = log.run(report, progress);
  check_anchors(log, complete, anchors, report);
  if (!complete || !verify_head(db, report, log.last_id(), log.last_hash()) || !check_key(db, key, report)
      || !verify_no_stray_chunks(db, log.chunks_read(), report) || !verify_import_index(db, log.imports(), report)) {
    return report;
  }
  for (const auto& table : audited_tables(db)) {
    if (!TableCheck(db, table, log.tables().find(table), ranges_of(log.imports(), table), report).run(progress)) {
      return report;
    }
  }
  return report;
}

} // namespace czs::audit
