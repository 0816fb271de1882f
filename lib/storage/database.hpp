#pragma once

#include <memory>
#include <string>
#include <vector>

#include "storage/migrations.hpp"

#include <SQLiteCpp/Database.h>

namespace czs::storage {

// Whether opening may create the file, and whether the command will write.
enum class OpenMode
{
  read_write, // an existing file, for a command that writes
  create,     // the same, creating the file (mode 0600/0660) when it is missing
  read_only,  // an existing file, never written: works on a read-only file or directory and
              // leaves no file behind that belongs to the reader
};

// How a database file is opened; the defaults are SPEC.md's.
struct OpenOptions
{
  OpenMode mode = OpenMode::create; // the command line passes read_write or read_only unless allowed to create
  int busy_timeout_ms = 10000;
  // New files get mode 0660 instead of 0600 (for a clerks' group sharing one file).
  bool group_writable = false;
  // Permit a file on NFS/SMB; it is then used in rollback-journal mode, since WAL needs
  // shared memory that network filesystems do not provide.
  bool allow_network_filesystem = false;
};

// An open czstation database: checked to be ours, migrated to this binary's schema, with
// WAL, synchronous=FULL, foreign keys and a busy timeout set (read_only: checked, not migrated).
// Throws czs::Error (no_input for a missing or unreadable file, naming its owner and mode;
// cant_create, bad_data for a file that is not ours, newer, or older and read-only; busy, io)
// when that cannot be done.
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
  static Database open_read_only(const std::string& path, const OpenOptions& options, int latest);
  Database(std::string path, std::unique_ptr<SQLite::Database> db) : m_path(std::move(path)), m_db(std::move(db)) {}

  std::string m_path;
  std::unique_ptr<SQLite::Database> m_db;
  std::string m_backup_path;
};

// The application_id that marks a SQLite file as czstation's ("CZST").
constexpr int k_application_id = 0x435a5354;

} // namespace czs::storage
