#pragma once

#include "base/error.hpp"

#include <string>

#include <SQLiteCpp/Exception.h>

namespace czs::storage {

// The czs::Error a SQLite failure on the database at db_path means to a clerk: busy becomes
// "the database is busy" naming the process holding the lock when /proc/locks tells (exit 75),
// a full disk (naming SQLite's temporary directory too when it is on another disk: see
// temp_files.hpp) or an I/O failure an I/O error, a corrupt file bad data, a constraint a conflict.
// The raw SQLite text is kept only as a detail. db_path may be empty when unknown.
Error translate(const SQLite::Exception& e, const std::string& db_path = {});

// True when e is SQLite finding no room for its temporary files (SQLITE_FULL, or no temporary
// directory at all) rather than a fault of the file it was reading: a check of a backup copy,
// which writes nothing but those files, reports them as no room, not as a bad copy.
bool is_about_room(const SQLite::Exception& e);

} // namespace czs::storage
