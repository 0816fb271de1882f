#pragma once

#include "base/error.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace czs::storage {

// Where SQLite writes its temporary files (sorts and temporary tables that outgrow memory, as
// `audit verify` on a province's log): the first writable directory of SQLITE_TMPDIR, TMPDIR,
// /var/tmp, /usr/tmp, /tmp and the working directory, as unixTempFileDir() in sqlite3.c picks
// it; empty when none is writable (SQLite then fails with SQLITE_IOERR_GETTEMPPATH).
std::string sqlite_temp_directory();

// The room on the filesystem holding a directory: its device (stat st_dev), its size, and the
// bytes an unprivileged writer may still use (statvfs f_blocks and f_bavail × f_frsize).
struct DiskRoom
{
  std::string directory;
  std::uint64_t device = 0;
  std::uint64_t free_bytes = 0;
  std::uint64_t total_bytes = 0;
};

// The room on the filesystem holding `directory`; nullopt when stat or statvfs fails.
std::optional<DiskRoom> disk_room(const std::string& directory);

// The room on the disk of the database at db_path (its directory, after symbolic links, as SQLite
// opens it; nullopt when db_path is empty or unknown) and on that of SQLite's temporary directory
// (made absolute; nullopt when there is none).
std::optional<DiskRoom> database_disk_room(const std::string& db_path);
std::optional<DiskRoom> temp_disk_room();

// True when the disk has less than 1 MiB left. SQLite reports some writes that find no room as
// I/O errors, not as SQLITE_FULL: extending the -shm file beside a database on a full disk.
bool nearly_full(const std::optional<DiskRoom>& disk);

// A byte count as a clerk reads it, in binary units with one decimal: "512 B", "3.4 MiB", "45.2 GiB".
std::string byte_size_text(std::uint64_t bytes);

// What SQLITE_FULL means to a clerk (exit 74): the database's disk is full or, when SQLite's
// temporary directory is on another filesystem, one of the two, each with its room as it is now
// (SQLite has removed its temporary files by then, so which one ran out cannot be told for sure).
// Either room may be unknown (nullopt): then the database's disk is named alone.
Error disk_full_error(const std::optional<DiskRoom>& database, const std::optional<DiskRoom>& temp);

// What no room for SQLite's temporary files means while checking the copy at copy_path (backup
// and restore verify a copy's audit log, which needs room in SQLite's temporary directory), exit 74.
Error no_room_to_check_error(const std::string& copy_path, const std::optional<DiskRoom>& temp);

} // namespace czs::storage
