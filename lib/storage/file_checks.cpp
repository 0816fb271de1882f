#include "storage/file_checks.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace czs::storage {

FileKind classify_file(const std::string& path)
{
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    return FileKind::missing;
  }
  std::ifstream in(path, std::ios::binary);
  char header[16] = {};
  in.read(header, sizeof header);
  if (in.gcount() == 0) {
    return FileKind::empty;
  }
  static const char k_magic[16] = "SQLite format 3";
  return in.gcount() == 16 && std::memcmp(header, k_magic, 16) == 0 ? FileKind::sqlite : FileKind::other;
}

bool is_network_filesystem_type(long f_type)
{
  // Magic numbers from linux/magic.h and statfs(2).
  switch (static_cast<unsigned long>(f_type) & 0xffffffffUL) {
  case 0x6969UL:     // NFS
  case 0x517bUL:     // SMB
  case 0xff534d42UL: // CIFS
  case 0xfe534d42UL: // SMB2
  case 0x5346414fUL: // AFS
  case 0x00c36400UL: // Ceph
  case 0x47504653UL: // GPFS
  case 0x0bd00bd0UL: // Lustre
    return true;
  default:
    return false;
  }
}

bool is_on_network_filesystem(const std::string& path)
{
  std::filesystem::path dir = std::filesystem::absolute(path).parent_path();
  struct statfs info
  {};
  if (statfs(dir.c_str(), &info) != 0) {
    return false;
  }
  return is_network_filesystem_type(static_cast<long>(info.f_type));
}

void create_private_file(const std::string& path, bool group_writable)
{
  const mode_t mode = group_writable ? 0660 : 0600;
  const int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode);
  if (fd < 0) {
    const int err = errno;
    const std::string dir = std::filesystem::absolute(path).parent_path().string();
    if (err == ENOENT) {
      throw Error(ErrorKind::cant_create,
                  trf("cannot create the database {}: the directory {} does not exist", path, dir),
                  tr("create the directory first, or give another path with --db"));
    }
    throw Error(ErrorKind::cant_create, trf("cannot create the database {}: {}", path, std::strerror(err)),
                tr("check the directory's permissions, or give another path with --db"));
  }
  // The umask may have taken the group bits we asked for; set them explicitly.
  ::fchmod(fd, mode);
  ::close(fd);
}

} // namespace czs::storage
