#include "audit/audited_transaction.hpp"

#include "audit/chain.hpp"
#include "audit/keyed_chain.hpp"
#include "audit/row_image.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "text/json.hpp"

#include <ctime>
#include <optional>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace czs::audit {

std::string utc_now()
{
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

AuditedTransaction::AuditedTransaction(SQLite::Database& db, AuditContext context, std::string action)
    : m_db(db), m_tx(db, SQLite::TransactionBehavior::IMMEDIATE), m_context(std::move(context)),
      m_action(std::move(action))
{
  // A damaged log is refused before the command does any work (a database before its first
  // migration has no log yet).
  if (m_db.tableExists("audit_entry")) {
    read_head();
  }
}

std::optional<std::string> AuditedTransaction::image_of(std::string_view table, std::int64_t id)
{
  // One prepared statement per table, reused for every row the command writes there: a command
  // that writes thousands of rows (an import of posts) would otherwise prepare one per row.
  auto it = m_image_queries.find(std::string(table));
  if (it == m_image_queries.end()) {
    const std::string sql = fmt::format("SELECT {} FROM \"{}\" WHERE id = ?", row_image_expression(m_db, table), table);
    it = m_image_queries.emplace(std::string(table), std::make_unique<SQLite::Statement>(m_db, sql)).first;
  }
  SQLite::Statement& query = *it->second;
  query.reset();
  query.bind(1, id);
  if (!query.executeStep()) {
    return std::nullopt;
  }
  return query.getColumn(0).getString();
}

void AuditedTransaction::append_change(std::string_view json)
{
  if (!m_changes.empty()) {
    m_changes.push_back(',');
  }
  m_changes += json;
  ++m_records;
  if (m_changes.size() >= k_chunk_bytes) {
    flush_chunk();
  }
}

namespace {

[[noreturn]] void refuse_damaged_log(const std::string& what)
{
  throw Error(ErrorKind::bad_data, what,
              tr("run `czstation audit verify` to see what was changed, and put back the last good backup "
                 "(czstation restore FILE)"));
}

} // namespace

void AuditedTransaction::read_head()
{
  if (m_entry_id != 0) {
    return;
  }
  // Every command moves the head to its entry in the same transaction, so the head names the
  // newest entry; anything else was done outside czstation, and an entry chained onto it would
  // carry the damage on (or fail on a planted entry's key with SQLite's words).
  std::optional<SQLite::Statement> head;
  if (m_db.tableExists("audit_head")) {
    head.emplace(m_db, "SELECT last_id, last_hash FROM audit_head WHERE singleton = 1");
  }
  if (!head || !head->executeStep()) {
    refuse_damaged_log(tr("the audit log's head (the record of its newest entry) is missing: the log was changed "
                          "outside czstation; nothing was written"));
  }
  const std::int64_t last_id = head->getColumn(0).getInt64();
  const std::string last_hash = head->getColumn(1).getString();
  SQLite::Statement newest(m_db, "SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1");
  const bool any = newest.executeStep();
  const std::int64_t newest_id = any ? newest.getColumn(0).getInt64() : 0;
  if (newest_id > last_id) {
    refuse_damaged_log(trf("the audit log holds entry {}, which no czstation command wrote (the last entry written "
                           "is {}): the log was changed outside czstation; nothing was written",
                           newest_id, last_id));
  }
  if (newest_id != last_id || (any && newest.getColumn(1).getString() != last_hash)) {
    refuse_damaged_log(trf("the audit log's head records entry {} as its newest, but the log ends at entry {} or "
                           "its hash differs: the log was changed outside czstation; nothing was written",
                           last_id, newest_id));
  }
  // (A migration before schemas/0018 writes its entry before audit_chunk exists.)
  if (m_db.tableExists("audit_chunk")) {
    SQLite::Statement planted(m_db, "SELECT max(entry_id) FROM audit_chunk WHERE entry_id > ?");
    planted.bind(1, last_id);
    if (planted.executeStep() && !planted.getColumn(0).isNull()) {
      refuse_damaged_log(trf("the audit log holds changes of entry {}, which no czstation command wrote (the last "
                             "entry written is {}): the log was changed outside czstation; nothing was written",
                             planted.getColumn(0).getInt64(), last_id));
    }
  }
  m_entry_id = last_id + 1;
  m_prev_hash = last_hash;
}

void AuditedTransaction::flush_chunk()
{
  if (m_changes.empty()) {
    return;
  }
  read_head();
  if (!m_chunks) {
    m_chunks.emplace(m_entry_id);
    m_chunk_insert =
        std::make_unique<SQLite::Statement>(m_db, "INSERT INTO audit_chunk (entry_id, seq, changes) VALUES (?, ?, ?)");
  }
  // The chunk is made an array in place and bound without a copy: the buffer is reused for the
  // next chunk, so a command's records never take more than about one chunk of memory.
  m_changes.insert(m_changes.begin(), '[');
  m_changes.push_back(']');
  m_chunks->add(m_changes);
  SQLite::Statement& insert = *m_chunk_insert;
  insert.reset();
  insert.bind(1, m_entry_id);
  insert.bind(2, m_chunks->chunks());
  insert.bindNoCopy(3, m_changes);
  insert.exec();
  insert.clearBindings();
  m_changes.clear();
}

bool AuditedTransaction::imported_row(std::string_view table, std::int64_t id)
{
  // Import ranges never overlap, so the range starting nearest below id is the only candidate.
  if (!m_import_query) {
    m_import_query = std::make_unique<SQLite::Statement>(
        m_db, "SELECT last_id >= ?2 FROM audit_import WHERE table_name = ?1 AND first_id <= ?2 "
              "ORDER BY first_id DESC LIMIT 1");
  }
  SQLite::Statement& query = *m_import_query;
  query.reset();
  query.bind(1, std::string(table));
  query.bind(2, id);
  return query.executeStep() && query.getColumn(0).getInt() == 1;
}

void AuditedTransaction::updating(std::string_view table, std::int64_t id)
{
  auto key = std::make_pair(std::string(table), id);
  if (m_before.count(key) || !imported_row(table, id)) {
    return;
  }
  if (auto image = image_of(table, id)) {
    m_before.emplace(std::move(key), std::move(*image));
  }
}

void AuditedTransaction::record(std::string_view table, std::int64_t id, std::string_view op)
{
  const std::optional<std::string> current = image_of(table, id);
  const bool found = current.has_value();
  const std::string image = current.value_or(std::string());
  text::JsonWriter entry;
  entry.begin_object().key("table").value(table).key("id").value(id).key("op").value(op);
  entry.key("row");
  if (found) {
    entry.raw(image);
  } else {
    entry.null();
  }
  // A row an import wrote keeps its image from before this change (see updating()); a deleted
  // one's last image is the one before.
  const auto before = m_before.find(std::make_pair(std::string(table), id));
  if (before != m_before.end()) {
    entry.key("before").raw(before->second);
    m_before.erase(before);
  } else if (op == "delete" && found && imported_row(table, id)) {
    entry.key("before").raw(image);
  }
  entry.end_object();
  append_change(entry.str());
}

void AuditedTransaction::note(std::string_view op, std::string_view what)
{
  text::JsonWriter entry;
  entry.begin_object().key("op").value(op).key("what").value(what).end_object();
  append_change(entry.str());
}

void AuditedTransaction::imported(const ImportLog& log)
{
  text::JsonWriter entry;
  entry.begin_object().key("table").value(log.table).key("op").value("import");
  entry.key("first_id").value(log.first_id).key("last_id").value(log.last_id).key("rows").value(log.rows);
  entry.key("file").value(log.file).key("file_sha256").value(log.file_sha256);
  entry.key("digest").value(log.digest).end_object();
  append_change(entry.str());
  m_imports.push_back(log);
}

void AuditedTransaction::sign(std::int64_t id, const std::string& hash)
{
  const Signing log = signing(m_db);
  if (!log.keyed) {
    return;
  }
  if (!m_key) {
    if (m_context.key_file.empty()) {
      throw Error(ErrorKind::no_input,
                  tr("the audit log of this database is signed with a key, and no key file is "
                     "configured: nothing was written"),
                  tr("set audit_key in the config file to the key's path (the county IT office knows it)"));
    }
    m_key = load_key(m_context.key_file);
  }
  // Signed with another key, the entry would look forged to every later verify: refuse it.
  if (m_key->id != log.key_id) {
    throw Error(ErrorKind::bad_data,
                trf("the audit key {} (key id {}) is not the key this log is signed with (key id {}): nothing was "
                    "written",
                    m_key->path, m_key->id, log.key_id),
                tr("set audit_key in the config file to the key the log was signed with"));
  }
  sign_entry(m_db, *m_key, id, hash);
}

void AuditedTransaction::commit()
{
  if (m_records > 0) {
    read_head();
    EntryFields entry;
    entry.id = m_entry_id;
    const std::string& prev_hash = m_prev_hash;
    entry.at = utc_now();
    entry.actor = m_context.actor;
    entry.command = m_context.command;
    entry.action = m_action;
    entry.station_code = m_station_code;
    if (m_chunks) {
      flush_chunk();
      entry.changes = chunks_summary(*m_chunks, m_records);
    } else {
      entry.changes.reserve(m_changes.size() + 2);
      entry.changes.push_back('[');
      entry.changes += m_changes;
      entry.changes.push_back(']');
    }
    const std::string hash = entry_hash(prev_hash, entry);

    SQLite::Statement insert(m_db, "INSERT INTO audit_entry (id, at, actor, command, action, "
                                   "station_code, changes, prev_hash, hash) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, static_cast<std::int64_t>(entry.id));
    insert.bind(2, entry.at);
    insert.bind(3, entry.actor);
    insert.bind(4, entry.command);
    insert.bind(5, entry.action);
    if (entry.station_code.empty()) {
      insert.bind(6);
    } else {
      insert.bind(6, entry.station_code);
    }
    insert.bindNoCopy(7, entry.changes);
    insert.bind(8, prev_hash);
    insert.bind(9, hash);
    insert.exec();

    SQLite::Statement update(m_db, "UPDATE audit_head SET last_id = ?, last_hash = ? WHERE singleton = 1");
    update.bind(1, static_cast<std::int64_t>(entry.id));
    update.bind(2, hash);
    update.exec();

    sign(entry.id, hash);

    SQLite::Statement range(m_db, "INSERT INTO audit_import (entry_id, table_name, first_id, last_id) "
                                  "VALUES (?, ?, ?, ?)");
    for (const auto& log : m_imports) {
      range.bind(1, static_cast<std::int64_t>(entry.id));
      range.bind(2, log.table);
      range.bind(3, static_cast<std::int64_t>(log.first_id));
      range.bind(4, static_cast<std::int64_t>(log.last_id));
      range.exec();
      range.reset();
    }
  }
  m_tx.commit();
}

} // namespace czs::audit
