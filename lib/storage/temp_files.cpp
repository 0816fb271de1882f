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
  return DiskRoom{directory, static_cast<std::uint64_t>(info.st_dev),
                  static_cast<std::uint64_t>(room.f_bavail) * static_cast<std::uint64_t>(room.f_frsize)};
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
                 trf("the disk holding the database ({} free now) or the one holding SQLite's temporary directory "
                     "{} ({} free now) is full",
                     byte_size_text(database->free_bytes), temp->directory, byte_size_text(temp->free_bytes)),
                 tr("free some space on the disk that filled up, or set SQLITE_TMPDIR to a directory on a disk "
                    "with more room, and run the command again; nothing was written"));
  }
  return Error(ErrorKind::io, tr("the disk holding the database is full"),
               tr("free some space and run the command again; nothing was written"));
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

bool a_disk_is_nearly_full(const std::optional<DiskRoom>& database, const std::optional<DiskRoom>& temp)
{
  constexpr std::uint64_t k_nearly_full = 1024 * 1024;
  return (database && database->free_bytes < k_nearly_full) || (temp && temp->free_bytes < k_nearly_full);
}

} // namespace czs::storage
