#include "storage/sqlite_errors.hpp"

#include "i18n/translate.hpp"
#include "storage/file_owner.hpp"
#include "storage/temp_files.hpp"

#include <sqlite3.h>

namespace czs::storage {

namespace {

// Busy means some process held a lock past the timeout; it may be another czstation, a
// sqlite3 shell or a backup tool, so the message names it only when the system can tell.
Error busy_error(const std::string& db_path)
{
  const std::string holder = db_path.empty() ? std::string() : lock_holder(db_path);
  if (holder.empty()) {
    return Error(ErrorKind::busy, tr("the database is busy: another program held a lock on it past the timeout"),
                 tr("try again in a moment; if it persists, look for a process that has the database open "
                    "(fuser DATABASE)"));
  }
  return Error(ErrorKind::busy, trf("the database is busy: {} held a lock on it past the timeout", holder),
               tr("try again once that process has finished; if it is stuck, stop it"));
}

} // namespace

Error translate(const SQLite::Exception& e, const std::string& db_path)
{
  const int primary = e.getErrorCode() & 0xff;
  switch (primary) {
  case SQLITE_BUSY:
  case SQLITE_LOCKED:
    return busy_error(db_path);
  case SQLITE_FULL:
    // SQLite reports a full temporary directory as it reports a full database disk.
    return disk_full_error(database_disk_room(db_path), temp_disk_room());
  case SQLITE_IOERR:
    if (e.getExtendedErrorCode() == SQLITE_IOERR_GETTEMPPATH) {
      return Error(ErrorKind::io,
                   tr("SQLite found no directory it may write its temporary files into (SQLITE_TMPDIR, TMPDIR, "
                      "/var/tmp, /usr/tmp, /tmp and the working directory were tried)"),
                   tr("set SQLITE_TMPDIR to a writable directory on a disk with room, and run the command again; "
                      "nothing was written"));
    }
    // Only the database's own disk: an I/O error while the temporary directory is nearly full
    // may be a failing disk, which "make room" would not mend.
    if (const auto room = database_disk_room(db_path); nearly_full(room)) {
      return disk_full_error(room, std::nullopt);
    }
    [[fallthrough]];
  case SQLITE_CANTOPEN:
  case SQLITE_READONLY:
  case SQLITE_PERM:
    if (!db_path.empty()) {
      return Error(ErrorKind::io,
                   trf("cannot read or write the database {} ({}): {}", db_path, owner_and_mode(db_path), e.what()),
                   tr("check that the file and its directory are readable and writable"));
    }
    return Error(ErrorKind::io, trf("cannot read or write the database: {}", e.what()),
                 tr("check that the file and its directory are readable and writable"));
  case SQLITE_CORRUPT:
  case SQLITE_NOTADB:
    if (!db_path.empty()) {
      return Error(ErrorKind::bad_data, trf("the database {} is damaged", db_path),
                   tr("restore the latest copy with czstation restore FILE (czstation backup makes them)"));
    }
    return Error(ErrorKind::bad_data, tr("the database file is damaged"),
                 tr("restore the latest copy with czstation restore FILE (czstation backup makes them)"));
  case SQLITE_CONSTRAINT:
    return Error(ErrorKind::bad_data, trf("the change conflicts with records already stored ({})", e.what()),
                 tr("check the values against the existing records"));
  default:
    return Error(ErrorKind::internal, trf("unexpected database error: {}", e.what()),
                 tr("please report this to the czstation maintainers"));
  }
}

bool is_about_room(const SQLite::Exception& e)
{
  switch (e.getErrorCode() & 0xff) {
  case SQLITE_FULL:
    return true;
  case SQLITE_IOERR:
    return e.getExtendedErrorCode() == SQLITE_IOERR_GETTEMPPATH;
  default:
    return false;
  }
}

} // namespace czs::storage
