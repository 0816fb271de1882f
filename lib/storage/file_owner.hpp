#pragma once

#include <string>
#include <vector>

namespace czs::storage {

// Who owns a file and how it may be used, for messages: "root:clerks, mode 0640". Empty when
// the file cannot be examined.
std::string owner_and_mode(const std::string& path);

// The first of the database and the files SQLite keeps beside it (-wal, -shm) that exists and
// this process may not read, or empty when every existing one is readable.
std::string first_unreadable_file(const std::string& db_path);

// Gives the -wal and -shm files beside a database that this process owns the database file's
// group and mode, as SQLite itself does only when run by root: a database shared by a clerks'
// group then stays usable by every clerk whoever created those files. Failures are ignored
// (the files may belong to someone else, who then already fixed them).
void match_sidecars_to_database(const std::string& db_path);

// A process other than this one holding a POSIX lock on the database or its -shm file, as
// /proc/locks tells: "process 4242 (sqlite3)". Empty when the system cannot tell.
std::string lock_holder(const std::string& db_path);

} // namespace czs::storage
