#pragma once

#include <memory>
#include <string>
#include <vector>

#include "storage/migrations.hpp"

#include <SQLiteCpp/Database.h>

namespace czs::storage {

// How a database file is opened; the defaults are SPEC.md's.
struct OpenOptions
{
  int busy_timeout_ms = 10000;
  // New files get mode 0660 instead of 0600 (for a clerks' group sharing one file).
  bool group_writable = false;
  // Permit a file on NFS/SMB; it is then used in rollback-journal mode, since WAL needs
  // shared memory that network filesystems do not provide.
  bool allow_network_filesystem = false;
};

// An open czstation database: checked to be ours, migrated to this binary's schema, with
// WAL, synchronous=FULL, foreign keys and a busy timeout set. Throws czs::Error (cant_create,
// bad_data for a file that is not ours or is newer, busy, io) when that cannot be done.
class Database
{
public:
  static Database open(const std::string& path, const OpenOptions& options);

  // The same with an explicit list of migrations instead of the embedded ones (for tests of
  // the migration machinery itself).
  static Database open(const std::string& path, const OpenOptions& options, const std::vector<Migration>& migrations);

  SQLite::Database& sql() { return *m_db; }
  const std::string& path() const { return m_path; }
  // Where the pre-migration backup went, when this open migrated an older file.
  const std::string& backup_path() const { return m_backup_path; }

private:
  Database(std::string path, std::unique_ptr<SQLite::Database> db) : m_path(std::move(path)), m_db(std::move(db)) {}

  std::string m_path;
  std::unique_ptr<SQLite::Database> m_db;
  std::string m_backup_path;
};

// The application_id that marks a SQLite file as czstation's ("CZST").
constexpr int k_application_id = 0x435a5354;

} // namespace czs::storage
