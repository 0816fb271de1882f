#include "storage/database.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "storage/file_checks.hpp"
#include "storage/file_owner.hpp"
#include "storage/migrations.hpp"
#include "storage/sqlite_errors.hpp"

#include <chrono>
#include <ctime>
#include <filesystem>

#include <unistd.h>

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

namespace czs::storage {

namespace {

// Each connection is used by one thread only (the import's reading thread parses, it never
// touches the database), so SQLite's serialized mutex, taken on every call, is only a cost.
const int k_one_thread = SQLite::OPEN_NOMUTEX;

// SQLite counts every allocation under a global mutex for sqlite3_memory_used(), which nothing
// here reads: seven locks a row of an import. Switched off once, before SQLite initialises
// (https://sqlite.org/c3ref/c_config_covering_index_scan.html#sqliteconfigmemstatus); where
// something initialised it first (a test opening a file directly), the call is refused and
// changes nothing.
void without_memory_statistics()
{
  static const int once = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)once;
}

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
  // A migration may rebuild a table others refer to (create, copy, drop, rename: SQLite's way
  // of changing a constraint), which foreign key enforcement would refuse half-way; they are
  // off while it runs and checked whole before it commits.
  db.exec("PRAGMA foreign_keys = OFF");
  struct KeysBackOn
  {
    SQLite::Database& db;
    ~KeysBackOn() { sqlite3_exec(db.getHandle(), "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr); }
  } keys_back_on{db};
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
  SQLite::Statement broken(db, "PRAGMA foreign_key_check");
  if (broken.executeStep()) {
    throw Error(ErrorKind::io,
                trf("the migration left a row of {} referring to a missing row; nothing was changed",
                    broken.getColumn(0).getString()),
                tr("report this with the database file; the file is as it was"));
  }
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
    if (options.mode != OpenMode::create) {
      throw Error(ErrorKind::no_input, trf("the database {} does not exist", path),
                  tr("check the path, or create the database with czstation init"));
    }
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

void refuse_unreadable(const std::string& path)
{
  if (const std::string file = first_unreadable_file(path); !file.empty()) {
    throw Error(ErrorKind::no_input, trf("cannot read {}: it belongs to {}", file, owner_and_mode(file)),
                tr("ask its owner for read access (for example through the clerks' group), or run the "
                   "command as a user who may read it"));
  }
}

std::string file_uri(const std::string& path)
{
  std::string uri = "file:";
  for (const char c : std::filesystem::absolute(path).string()) {
    if (c == '?' || c == '#' || c == '%') {
      uri += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    } else {
      uri += c;
    }
  }
  return uri;
}

bool has_sidecars(const std::string& path)
{
  return ::access((path + "-wal").c_str(), F_OK) == 0 || ::access((path + "-shm").c_str(), F_OK) == 0;
}

// Opens read-only and reads the header, so that a file SQLite cannot use shows here.
std::unique_ptr<SQLite::Database> open_ro(const std::string& uri, const OpenOptions& options)
{
  without_memory_statistics();
  auto db = std::make_unique<SQLite::Database>(uri, SQLite::OPEN_READONLY | SQLite::OPEN_URI | k_one_thread);
  db->setBusyTimeout(options.busy_timeout_ms);
  pragma_int(*db, "user_version");
  return db;
}

// How a command that only reads opens the file (https://sqlite.org/wal.html, "read-only
// databases"). A reader that may write the file and its directory takes part in WAL locking
// like any clerk, with writes switched off (query_only), so that closing tidies the -wal and
// -shm away as a writer's close does. One that may not must never create those files, which
// would then belong to it and lock the owner out: it uses them read-only when they exist, and
// otherwise reads the file as immutable. Without a -wal every committed change is in the file;
// a writer starting meanwhile puts its changes in a new -wal, and only its checkpoint could
// change the file during the read, which a reader without write access cannot prevent.
std::unique_ptr<SQLite::Database> open_for_reading(const std::string& path, const OpenOptions& options)
{
  const std::string dir = std::filesystem::absolute(path).parent_path().string();
  if (::access(path.c_str(), W_OK) == 0 && ::access(dir.c_str(), W_OK) == 0) {
    without_memory_statistics();
    auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | k_one_thread);
    db->setBusyTimeout(options.busy_timeout_ms);
    db->exec("PRAGMA query_only = ON");
    pragma_int(*db, "user_version");
    match_sidecars_to_database(path);
    return db;
  }
  const std::string uri = file_uri(path) + "?mode=ro";
  if (!has_sidecars(path)) {
    return open_ro(uri + "&immutable=1", options);
  }
  try {
    return open_ro(uri, options);
  } catch (const SQLite::Exception& e) {
    const int primary = e.getErrorCode() & 0xff;
    if (primary != SQLITE_CANTOPEN && primary != SQLITE_READONLY) {
      throw;
    }
    return open_ro(uri + "&immutable=1", options); // a -shm that cannot be read or made
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
  refuse_unreadable(path);
  refuse_unusable_path(path, options);
  if (options.mode == OpenMode::read_only) {
    return open_read_only(path, options, latest);
  }
  try {
    without_memory_statistics();
    auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | k_one_thread);
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
    match_sidecars_to_database(path);
    Database result(path, std::move(db));
    if (version < latest) {
      if (version > 0) {
        result.m_backup_path = back_up(*result.m_db, path, version);
      }
      migrate(*result.m_db, migrations);
    }
    return result;
  } catch (const SQLite::Exception& e) {
    throw translate(e, path);
  }
}

Database Database::open_read_only(const std::string& path, const OpenOptions& options, int latest)
{
  try {
    auto db = open_for_reading(path, options);
    refuse_foreign_or_newer(*db, path, latest);
    const int version = pragma_int(*db, "user_version");
    if (version < latest) {
      throw Error(ErrorKind::bad_data,
                  trf("{} has schema version {} and this czstation reads version {}; a command that only "
                      "reads does not upgrade it",
                      path, version, latest),
                  tr("run czstation init once as someone who may write the database, then try again"));
    }
    return Database(path, std::move(db));
  } catch (const SQLite::Exception& e) {
    throw translate(e, path);
  }
}

} // namespace czs::storage
