#include "backup/copies.hpp"

#include "audit/sha256.hpp"
#include "audit/verify.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "storage/database.hpp"
#include "storage/file_checks.hpp"
#include "storage/file_owner.hpp"
#include "storage/migrations.hpp"
#include "storage/sqlite_errors.hpp"
#include "storage/temp_files.hpp"
#include "text/json.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <SQLiteCpp/Backup.h>
#include <sqlite3.h>

namespace czs::backup {

namespace fs = std::filesystem;

namespace {

std::string utc_stamp()
{
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &utc);
  return stamp;
}

// "county" for /srv/county.db: the copies of one database share it, so --keep prunes only those.
std::string stem_of(const std::string& db_path)
{
  return fs::path(db_path).stem().string();
}

bool is_copy_name(const std::string& name, const std::string& stem)
{
  // <stem>-YYYYmmddTHHMMSSZ.db, and nothing else: a clerk's own files in the directory stay.
  const std::string prefix = stem + "-";
  if (name.size() != prefix.size() + 16 + 3 || name.rfind(prefix, 0) != 0 || !name.ends_with(".db")) {
    return false;
  }
  const std::string stamp = name.substr(prefix.size(), 16);
  return stamp[8] == 'T' && stamp[15] == 'Z'
         && std::all_of(stamp.begin(), stamp.begin() + 8, [](char c) { return c >= '0' && c <= '9'; });
}

std::string file_uri(const std::string& path)
{
  std::string uri = "file:";
  for (const char c : fs::absolute(path).string()) {
    uri +=
        (c == '?' || c == '#' || c == '%') ? fmt::format("%{:02X}", static_cast<unsigned char>(c)) : std::string(1, c);
  }
  return uri;
}

// Opens a copy to read without writing it or creating anything beside it, whoever owns it.
SQLite::Database open_copy(const std::string& path)
{
  return SQLite::Database(file_uri(path) + "?mode=ro&immutable=1", SQLite::OPEN_READONLY | SQLite::OPEN_URI);
}

std::string sha256_of_file(const std::string& path)
{
  std::ifstream in(path, std::ios::binary);
  audit::Sha256 hash;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    hash.update(std::string_view(buffer, static_cast<std::size_t>(in.gcount())));
  }
  return hash.hex_digest();
}

// The reason a write into `dir` failed, from the connection's errno.
Error write_failed(SQLite::Database& db, const std::string& dir, const SQLite::Exception& e)
{
  const int err = sqlite3_system_errno(db.getHandle());
  const int primary = e.getErrorCode() & 0xff;
  if (primary == SQLITE_FULL || err == ENOSPC || err == EFBIG || err == EDQUOT) {
    return Error(ErrorKind::io,
                 trf("the backup could not be written to {}: {}", dir, std::strerror(err ? err : ENOSPC)),
                 tr("free some space there or give another directory with --to; the database was not changed"));
  }
  return Error(ErrorKind::io,
               trf("the backup could not be written to {}: {}", dir, err ? std::strerror(err) : e.what()),
               tr("check the directory, or give another one with --to; the database was not changed"));
}

void prepare_directory(const std::string& dir)
{
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (!fs::is_directory(dir)) {
    throw Error(ErrorKind::cant_create, trf("cannot make the backup directory {}: {}", dir, ec.message()),
                tr("create it first, or give another directory with --to"));
  }
  if (::access(dir.c_str(), W_OK | X_OK) != 0) {
    throw Error(ErrorKind::cant_create,
                trf("cannot write into the backup directory {} ({})", dir, storage::owner_and_mode(dir)),
                tr("give a directory you may write with --to"));
  }
}

// The copy, written beside its final name and renamed only once it passed its check.
void write_copy(SQLite::Database& db, const std::string& db_path, const std::string& partial, const std::string& dir)
{
  struct stat st
  {};
  const bool group = ::stat(db_path.c_str(), &st) == 0 && (st.st_mode & 0060) != 0;
  storage::create_private_file(partial, group);
  SQLite::Database copy(partial, SQLite::OPEN_READWRITE);
  try {
    SQLite::Backup backup(copy, db);
    backup.executeStep(-1);
    copy.exec("PRAGMA journal_mode = DELETE");
  } catch (const SQLite::Exception& e) {
    throw write_failed(copy, dir, e);
  }
}

} // namespace

CopyCheck check_copy(const std::string& path)
{
  if (::access(path.c_str(), F_OK) != 0) {
    throw Error(ErrorKind::no_input, trf("{} does not exist", path), tr("give the path of a backup copy"));
  }
  if (::access(path.c_str(), R_OK) != 0) {
    throw Error(ErrorKind::no_input, trf("cannot read {}: it belongs to {}", path, storage::owner_and_mode(path)),
                tr("ask its owner for read access, or copy it somewhere you may read it"));
  }
  CopyCheck check;
  if (storage::classify_file(path) != storage::FileKind::sqlite) {
    check.problem = tr("it is not a SQLite database");
    return check;
  }
  try {
    SQLite::Database db = open_copy(path);
    const std::string integrity = db.execAndGet("PRAGMA integrity_check").getString();
    if (integrity != "ok") {
      check.problem = trf("it is damaged (SQLite's integrity check: {})", integrity);
      return check;
    }
    if (db.execAndGet("PRAGMA application_id").getInt() != storage::k_application_id) {
      check.problem = tr("it is a SQLite database, but not a czstation one");
      return check;
    }
    check.schema_version = db.execAndGet("PRAGMA user_version").getInt();
    if (check.schema_version > storage::latest_schema_version()) {
      check.problem = trf("it was written by a newer czstation (schema version {})", check.schema_version);
      return check;
    }
    const audit::VerifyReport report = audit::verify(db);
    check.audit_entries = report.entries;
    if (!report.ok) {
      check.problem = trf("its audit log does not verify: {}", report.problem);
      return check;
    }
  } catch (const SQLite::Exception& e) {
    // Checking a copy writes SQLite's temporary files (verify's tables); no room for them is
    // no fault of the copy.
    if (storage::is_about_room(e)) {
      throw storage::no_room_to_check_error(path, storage::temp_disk_room());
    }
    check.problem = trf("SQLite cannot read it ({})", e.what());
    return check;
  }
  check.ok = true;
  return check;
}

std::vector<std::string> copies_in(const std::string& dir, const std::string& db_path)
{
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && is_copy_name(entry.path().filename().string(), stem_of(db_path))) {
      names.push_back(entry.path().string());
    }
  }
  std::sort(names.begin(), names.end()); // the stamp sorts by time
  return names;
}

BackupResult back_up(SQLite::Database& db, const std::string& db_path, const std::string& dir, int keep)
{
  prepare_directory(dir);
  BackupResult result;
  result.path = (fs::path(dir) / (stem_of(db_path) + "-" + utc_stamp() + ".db")).string();
  if (fs::exists(result.path)) {
    throw Error(ErrorKind::cant_create, trf("the backup {} already exists", result.path),
                tr("wait a second and run the backup again"));
  }
  const std::string partial = result.path + ".partial";
  try {
    write_copy(db, db_path, partial, dir);
    const CopyCheck check = check_copy(partial);
    if (!check.ok) {
      throw Error(ErrorKind::bad_data, trf("the copy of {} failed its check: {}", db_path, check.problem),
                  tr("run czstation audit verify on the database; the copy was removed"));
    }
    result.audit_entries = check.audit_entries;
    fs::rename(partial, result.path);
  } catch (...) {
    std::error_code ec;
    fs::remove(partial, ec);
    fs::remove(partial + "-journal", ec);
    throw;
  }
  result.bytes = static_cast<std::int64_t>(fs::file_size(result.path));
  if (keep > 0) {
    const std::vector<std::string> copies = copies_in(dir, db_path);
    for (std::size_t i = 0; i + static_cast<std::size_t>(keep) < copies.size(); ++i) {
      std::error_code ec;
      if (fs::remove(copies[i], ec)) {
        result.pruned.push_back(copies[i]);
      }
    }
  }
  return result;
}

RestoreResult restore(const std::string& file, const std::string& db_path, bool group_writable,
                      const audit::AuditContext& context)
{
  const CopyCheck check = check_copy(file);
  if (!check.ok) {
    throw Error(ErrorKind::bad_data, trf("{} cannot be restored: {}", file, check.problem),
                tr("the database was not changed; give another copy (czstation backup names them by date and time)"));
  }
  if (fs::exists(db_path) && fs::equivalent(file, db_path)) {
    throw Error(ErrorKind::usage, trf("{} is the database itself", file), tr("give the path of a backup copy"));
  }
  RestoreResult result;
  try {
    SQLite::Database source = open_copy(file);
    if (storage::classify_file(db_path) == storage::FileKind::missing) {
      storage::create_private_file(db_path, group_writable);
    } else {
      // Keep the file being replaced, whole and consistent, before anything is written to it.
      storage::Database live = storage::Database::open(db_path, storage::OpenOptions{});
      result.kept = fs::absolute(db_path).string() + ".replaced-" + utc_stamp() + ".db";
      write_copy(live.sql(), db_path, result.kept, fs::path(db_path).parent_path().string());
    }
    {
      SQLite::Database target(db_path, SQLite::OPEN_READWRITE);
      target.setBusyTimeout(10000);
      SQLite::Backup backup(target, source);
      backup.executeStep(-1);
    }
    storage::Database restored = storage::Database::open(db_path, storage::OpenOptions{});
    audit::AuditedTransaction tx(restored.sql(), context, "database.restore");
    text::JsonWriter what;
    what.begin_object().key("file").value(fs::absolute(file).string()).key("sha256").value(sha256_of_file(file));
    what.key("kept").value(result.kept).end_object();
    tx.note("restore", what.str());
    tx.commit();
    result.audit_entries = audit::verify(restored.sql()).entries;
  } catch (const SQLite::Exception& e) {
    throw storage::translate(e, db_path);
  }
  return result;
}

} // namespace czs::backup
