#include "storage/temp_files.hpp"

#include "i18n/translate.hpp"

#include <array>
#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace czs::storage {

std::string sqlite_temp_directory()
{
  // sqlite3.c (3.40, unixTempFileDir): the environment is read on each call, and a candidate
  // must be a directory this process may write into and search.
  const std::array<const char*, 6> candidates{
      std::getenv("SQLITE_TMPDIR"), std::getenv("TMPDIR"), "/var/tmp", "/usr/tmp", "/tmp", "."};
  for (const char* dir : candidates) {
    struct stat info
    {};
    if (dir != nullptr && stat(dir, &info) == 0 && S_ISDIR(info.st_mode) && access(dir, W_OK | X_OK) == 0) {
      return dir;
    }
  }
  return {};
}

std::optional<DiskRoom> disk_room(const std::string& directory)
{
  struct stat info
  {};
  struct statvfs room
  {};
  if (stat(directory.c_str(), &info) != 0 || statvfs(directory.c_str(), &room) != 0) {
    return std::nullopt;
  }
  const auto block = static_cast<std::uint64_t>(room.f_frsize);
  return DiskRoom{directory, static_cast<std::uint64_t>(info.st_dev), static_cast<std::uint64_t>(room.f_bavail) * block,
                  static_cast<std::uint64_t>(room.f_blocks) * block};
}

std::optional<DiskRoom> database_disk_room(const std::string& db_path)
{
  if (db_path.empty()) {
    return std::nullopt;
  }
  std::error_code ec;
  const auto file = std::filesystem::weakly_canonical(db_path, ec);
  return ec ? std::nullopt : disk_room(file.parent_path().string());
}

std::optional<DiskRoom> temp_disk_room()
{
  const std::string dir = sqlite_temp_directory();
  if (dir.empty()) {
    return std::nullopt;
  }
  std::error_code ec;
  auto absolute = std::filesystem::absolute(dir, ec).lexically_normal();
  if (!absolute.has_filename() && absolute != absolute.root_path()) {
    absolute = absolute.parent_path(); // "." was "/srv/county/", shown without the slash
  }
  return disk_room(ec ? dir : absolute.string());
}

bool nearly_full(const std::optional<DiskRoom>& disk)
{
  constexpr std::uint64_t k_nearly_full = 1024 * 1024;
  return disk && disk->free_bytes < k_nearly_full;
}

std::string byte_size_text(std::uint64_t bytes)
{
  constexpr std::array<const char*, 5> units{"B", "KiB", "MiB", "GiB", "TiB"};
  if (bytes < 1024) {
    return fmt::format("{} B", bytes);
  }
  double size = static_cast<double>(bytes) / 1024;
  std::size_t unit = 1;
  // Up a unit from what would print as 1024.0, so that 1 MiB less a byte reads 1.0 MiB.
  while (size >= 1023.95 && unit + 1 < units.size()) {
    size /= 1024;
    ++unit;
  }
  return fmt::format("{:.1f} {}", size, units[unit]);
}

Error disk_full_error(const std::optional<DiskRoom>& database, const std::optional<DiskRoom>& temp)
{
  if (database && temp && database->device != temp->device) {
    return Error(ErrorKind::io,
                 trf("the disk holding the database ({} free of {}) or the one holding SQLite's temporary directory "
                     "{} ({} free of {}) ran out of room",
                     byte_size_text(database->free_bytes), byte_size_text(database->total_bytes), temp->directory,
                     byte_size_text(temp->free_bytes), byte_size_text(temp->total_bytes)),
                 tr("make room on the disk that ran out (SQLite removed its temporary files when the command "
                    "failed), or set SQLITE_TMPDIR to a directory on a disk with more room, and run the command "
                    "again; nothing was written"));
  }
  return Error(ErrorKind::io, tr("the disk holding the database is full"),
               tr("free some space and run the command again; nothing was written"));
}

Error no_room_to_check_error(const std::string& copy_path, const std::optional<DiskRoom>& temp)
{
  if (!temp) {
    return Error(ErrorKind::io, trf("there was no room to check the copy {}", copy_path),
                 tr("set SQLITE_TMPDIR to a writable directory on a disk with room, and run the command again; "
                    "the database was not changed"));
  }
  return Error(ErrorKind::io,
               trf("there was no room to check the copy {}: checking it verifies its audit log, in SQLite's "
                   "temporary directory {} ({} free of {} with the copy in place)",
                   copy_path, temp->directory, byte_size_text(temp->free_bytes), byte_size_text(temp->total_bytes)),
               tr("make room there, or set SQLITE_TMPDIR to a directory on a disk with more room, and run the "
                  "command again; the database was not changed"));
}

} // namespace czs::storage
