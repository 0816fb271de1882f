#include "storage/sqlite_errors.hpp"

#include "i18n/translate.hpp"

#include <sqlite3.h>

namespace czs::storage {

Error translate(const SQLite::Exception& e)
{
  const int primary = e.getErrorCode() & 0xff;
  switch (primary) {
  case SQLITE_BUSY:
  case SQLITE_LOCKED:
    return Error(ErrorKind::busy, tr("another czstation is writing to this database and held it past the timeout"),
                 tr("try again in a moment; if it persists, look for a stuck czstation process"));
  case SQLITE_FULL:
    return Error(ErrorKind::io, tr("the disk holding the database is full"),
                 tr("free some space and run the command again; nothing was written"));
  case SQLITE_IOERR:
  case SQLITE_CANTOPEN:
  case SQLITE_READONLY:
  case SQLITE_PERM:
    return Error(ErrorKind::io, trf("cannot read or write the database: {}", e.what()),
                 tr("check that the file and its directory are readable and writable"));
  case SQLITE_CORRUPT:
  case SQLITE_NOTADB:
    return Error(ErrorKind::bad_data, tr("the database file is damaged"),
                 tr("restore it from a backup copy of the file"));
  case SQLITE_CONSTRAINT:
    return Error(ErrorKind::bad_data, trf("the change conflicts with records already stored ({})", e.what()),
                 tr("check the values against the existing records"));
  default:
    return Error(ErrorKind::internal, trf("unexpected database error: {}", e.what()),
                 tr("please report this to the czstation maintainers"));
  }
}

} // namespace czs::storage
