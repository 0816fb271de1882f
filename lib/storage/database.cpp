#include "storage/database.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "storage/file_checks.hpp"
#include "storage/migrations.hpp"
#include "storage/sqlite_errors.hpp"

#include <chrono>
#include <ctime>

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Transaction.h>

namespace czs::storage {

namespace {

int pragma_int(SQLite::Database& db, const char* name)
{
  return db.execAndGet(std::string("PRAGMA ") + name).getInt();
}

bool has_any_table(SQLite::Database& db)
{
  return db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt() > 0;
}

int last_version(const std::vector<Migration>& migrations)
{
  return migrations.empty() ? 0 : migrations.back().version;
}

void refuse_foreign_or_newer(SQLite::Database& db, const std::string& path, int latest)
{
  const int app_id = pragma_int(db, "application_id");
  const int version = pragma_int(db, "user_version");
  if (app_id == 0 && version == 0 && !has_any_table(db)) {
    return; // an empty SQLite file: ours to initialise
  }
  if (app_id != k_application_id) {
    throw Error(ErrorKind::bad_data, trf("{} is a SQLite database, but not a czstation one", path),
                tr("give the path of a czstation database with --db, or a new file name"));
  }
  if (version > latest) {
    throw Error(ErrorKind::bad_data,
                trf("{} was written by a newer czstation (schema version {}; this czstation knows "
                    "up to {})",
                    path, version, latest),
                tr("upgrade czstation; the file has not been touched"));
  }
}

std::string backup_name(const std::string& path, int version)
{
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &utc);
  return fmt::format("{}.v{}-{}.bak", path, version, stamp);
}

// Copies the live database with SQLite's online backup API, which is consistent even while
// another process writes, then migrates only after the copy is complete.
std::string back_up(SQLite::Database& db, const std::string& path, int version)
{
  const std::string target = backup_name(path, version);
  create_private_file(target, false);
  SQLite::Database copy(target, SQLite::OPEN_READWRITE);
  SQLite::Backup backup(copy, db);
  backup.executeStep(-1);
  return target;
}

void migrate(SQLite::Database& db, const std::vector<Migration>& migrations)
{
  SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
  // Another process may have migrated between our check and our lock: read again.
  const int current = pragma_int(db, "user_version");
  for (const auto& m : migrations) {
    if (m.version > current) {
      db.exec(m.sql);
      db.exec(fmt::format("PRAGMA user_version = {}", m.version));
    }
  }
  db.exec(fmt::format("PRAGMA application_id = {}", k_application_id));
  tx.commit();
}

void refuse_unusable_path(const std::string& path, const OpenOptions& options)
{
  if (!options.allow_network_filesystem && is_on_network_filesystem(path)) {
    throw Error(ErrorKind::config,
                trf("{} is on a network filesystem (NFS or SMB), where SQLite's locking is "
                    "unreliable and records could be lost",
                    path),
                tr("keep the database on a local disk, or set allow_network_filesystem = true "
                   "in the config file to use it in rollback-journal mode"));
  }
  switch (classify_file(path)) {
  case FileKind::missing:
    create_private_file(path, options.group_writable);
    break;
  case FileKind::other:
    throw Error(ErrorKind::bad_data, trf("{} is not a czstation database (not SQLite at all)", path),
                tr("give the path of a czstation database with --db, or a new file name"));
  case FileKind::empty:
  case FileKind::sqlite:
    break;
  }
}

} // namespace

Database Database::open(const std::string& path, const OpenOptions& options)
{
  return open(path, options, embedded_migrations());
}

Database Database::open(const std::string& path, const OpenOptions& options, const std::vector<Migration>& migrations)
{
  const int latest = last_version(migrations);
  refuse_unusable_path(path, options);
  try {
    auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE);
    db->setBusyTimeout(options.busy_timeout_ms);
    refuse_foreign_or_newer(*db, path, latest);
    const int version = pragma_int(*db, "user_version");
    const bool wal = !options.allow_network_filesystem || !is_on_network_filesystem(path);
    // Setting the journal mode writes the file header, so it is done only when it differs:
    // a refused command must leave the file byte-for-byte as it was.
    const std::string mode = db->execAndGet("PRAGMA journal_mode").getString();
    const std::string wanted = wal ? "wal" : "delete";
    if (mode != wanted) {
      db->exec("PRAGMA journal_mode = " + wanted);
    }
    db->exec("PRAGMA synchronous = FULL");
    db->exec("PRAGMA foreign_keys = ON");
    Database result(path, std::move(db));
    if (version < latest) {
      if (version > 0) {
        result.m_backup_path = back_up(*result.m_db, path, version);
      }
      migrate(*result.m_db, migrations);
    }
    return result;
  } catch (const SQLite::Exception& e) {
    throw translate(e);
  }
}

} // namespace czs::storage
