#pragma once

#include "audit/audit_key.hpp"
#include "audit/chunk_chain.hpp"
#include "audit/import_digest.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

namespace czs::audit {

// Who is changing the database, through which command line, and the audit key file the
// configuration names (empty: none), which signs each entry of a keyed log.
struct AuditContext
{
  std::string actor;
  std::string command;
  std::string key_file = {};
};

// One command's write: a BEGIN IMMEDIATE transaction that also appends one audit entry
// recording every row the command changed. Either the changes and their entry land together
// at commit(), or neither does (the destructor rolls back). Memory stays bounded however many
// rows a command changes: once its change records pass k_chunk_bytes they are written as they
// go, in chunks chained into the entry's hash (audit/chunk_chain.hpp), never held whole.
class AuditedTransaction
{
public:
  // Begins the transaction; `action` names what the command does ("station.add").
  AuditedTransaction(SQLite::Database& db, AuditContext context, std::string action);

  AuditedTransaction(const AuditedTransaction&) = delete;
  AuditedTransaction& operator=(const AuditedTransaction&) = delete;

  SQLite::Database& db() { return m_db; }

  // Names the station the entry concerns, for `czstation audit --station`.
  void set_station(std::string code) { m_station_code = std::move(code); }

  // Record row `id` of `table` after it was inserted or updated (its new image is stored).
  void inserted(std::string_view table, std::int64_t id) { record(table, id, "insert"); }
  void updated(std::string_view table, std::int64_t id) { record(table, id, "update"); }
  // Call before updating row `id` of a table that bulk imports write: when an import wrote the
  // row, its image before this change is kept with the change, so `audit verify` can still
  // recompute the import's digest.
  void updating(std::string_view table, std::int64_t id);
  // Record row `id` of `table` just before deleting it (its last image is stored).
  void deleting(std::string_view table, std::int64_t id) { record(table, id, "delete"); }

  // Records an event that changes no row but must be accountable (a --reveal of private data).
  void note(std::string_view op, std::string_view what);

  // Records a bulk import of rows first_id..last_id of a table as one change (no row images).
  void imported(const ImportLog& log);

  // Signs the entry with `key` rather than with the configured key file (`audit sign`, `init
  // --audit-key`: the key is given on the command line).
  void use_key(const AuditKey& key) { m_key = key; }

  // Appends the audit entry (when anything was recorded), signs it when the log is keyed, and
  // commits. Throws Error(no_input) when the log is keyed and the key cannot be read, and
  // Error(bad_data) when the key is not the log's (nothing is written then).
  void commit();

private:
  void record(std::string_view table, std::int64_t id, std::string_view op);
  void append_change(std::string_view json);
  // The id the entry will have and its predecessor's hash, read once from the head (the
  // transaction is IMMEDIATE: no other writer can move it).
  void read_head();
  // Writes the records held so far as the entry's next chunk.
  void flush_chunk();
  // The row's JSON image, or nullopt when there is no such row.
  std::optional<std::string> image_of(std::string_view table, std::int64_t id);
  bool imported_row(std::string_view table, std::int64_t id);
  // Signs the new entry when the log is keyed (schemas/0010_keyed_chain.sql).
  void sign(std::int64_t id, const std::string& hash);

  SQLite::Database& m_db;
  SQLite::Transaction m_tx;
  AuditContext m_context;
  std::string m_action;
  std::string m_station_code;
  std::string m_changes;      // JSON array body, without the brackets: the records not yet in a chunk
  std::int64_t m_records = 0; // change records of the entry, in chunks or not
  std::int64_t m_entry_id = 0;
  std::string m_prev_hash;
  std::optional<ChunkChain> m_chunks; // set once the first chunk is written
  std::unique_ptr<SQLite::Statement> m_chunk_insert;
  std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> m_image_queries;
  std::unique_ptr<SQLite::Statement> m_import_query;
  std::map<std::pair<std::string, std::int64_t>, std::string> m_before; // images kept by updating()
  std::vector<ImportLog> m_imports;
  std::optional<AuditKey> m_key;
};

// The current time in UTC as ISO 8601 ("2026-03-15T08:30:00Z"), for audit entries.
std::string utc_now();

} // namespace czs::audit
