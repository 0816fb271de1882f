#pragma once

#include "audit/audited_transaction.hpp"

#include <cstdint>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::backup {

// What checking a copy of a database found.
struct CopyCheck
{
  bool ok = false;
  std::string problem;    // what is wrong, translated; empty when ok
  int schema_version = 0; // PRAGMA user_version of the copy
  std::int64_t audit_entries = 0;
};

// Checks a database file without writing it: SQLite's integrity_check, czstation's
// application_id, a schema no newer than this binary's, and the audit chain (audit::verify).
// Throws czs::Error(no_input) when the file is missing or unreadable.
CopyCheck check_copy(const std::string& path);

// A copy made by back_up.
struct BackupResult
{
  std::string path;
  std::int64_t bytes = 0;
  std::int64_t audit_entries = 0;
  std::vector<std::string> pruned; // older copies removed, oldest first
};

// Copies the open database `db` (whose file is `db_path`) into directory `dir` as
// <name>-<YYYYmmddTHHMMSSZ>.db with SQLite's online backup API (consistent while others keep
// writing), in rollback-journal mode so the copy is one file, with the database file's mode;
// checks it with check_copy; then removes all but the newest `keep` copies of this database in
// `dir` (keep 0: none removed). A failed copy is removed. Throws czs::Error: cant_create when
// `dir` cannot be made or written, io when the disk is full, bad_data when the copy fails its check.
BackupResult back_up(SQLite::Database& db, const std::string& db_path, const std::string& dir, int keep);

// The file names of the copies of the database at db_path in `dir`, oldest first.
std::vector<std::string> copies_in(const std::string& dir, const std::string& db_path);

// What restore did.
struct RestoreResult
{
  std::string kept; // where the replaced database was kept; empty when there was none
  std::int64_t audit_entries = 0;
};

// Replaces the database at db_path with the copy `file` after check_copy passes: the file it
// replaces is first kept as <db_path>.replaced-<stamp>.db; the copy is then written into the
// database with the online backup API (so other processes see the old or the new one whole),
// brought up to this binary's schema, and an audit entry "database.restore" naming the file
// and its SHA-256 is appended. Throws czs::Error: no_input for a missing file, bad_data for
// one that is not a czstation database or fails its check (the live database untouched),
// busy, io.
RestoreResult restore(const std::string& file, const std::string& db_path, bool group_writable,
                      const audit::AuditContext& context);

} // namespace czs::backup
