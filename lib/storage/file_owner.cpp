#include "storage/file_owner.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <fstream>
#include <sstream>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace czs::storage {

namespace {

std::string user_name(uid_t uid)
{
  const passwd* pw = getpwuid(uid);
  return pw && pw->pw_name ? std::string(pw->pw_name) : std::to_string(uid);
}

std::string group_name(gid_t gid)
{
  const group* gr = getgrgid(gid);
  return gr && gr->gr_name ? std::string(gr->gr_name) : std::to_string(gid);
}

std::string process_name(long pid)
{
  std::ifstream comm(fmt::format("/proc/{}/comm", pid));
  std::string name;
  std::getline(comm, name);
  return name;
}

// One /proc/locks line: "1: POSIX  ADVISORY  WRITE 4242 08:01:123456 0 EOF" (device numbers in
// hex); a blocked waiter's line has "->" after the number and is skipped.
bool parse_lock_line(const std::string& line, long& pid, unsigned& major_no, unsigned& minor_no, unsigned long& inode)
{
  std::istringstream in(line);
  std::string id, kind, advisory, mode, device;
  in >> id >> kind;
  if (kind == "->") {
    return false;
  }
  in >> advisory >> mode >> pid >> device;
  return in && std::sscanf(device.c_str(), "%x:%x:%lu", &major_no, &minor_no, &inode) == 3;
}

} // namespace

std::string owner_and_mode(const std::string& path)
{
  struct stat st
  {};
  if (::stat(path.c_str(), &st) != 0) {
    return {};
  }
  return fmt::format("{}:{}, mode {:04o}", user_name(st.st_uid), group_name(st.st_gid), st.st_mode & 07777);
}

std::string first_unreadable_file(const std::string& db_path)
{
  for (const std::string& path : {db_path, db_path + "-wal", db_path + "-shm"}) {
    // One call, and only EACCES counts: a -wal another process removes meanwhile is no problem.
    if (::access(path.c_str(), R_OK) != 0 && errno == EACCES) {
      return path;
    }
  }
  return {};
}

void match_sidecars_to_database(const std::string& db_path)
{
  struct stat db
  {};
  if (::stat(db_path.c_str(), &db) != 0) {
    return;
  }
  for (const std::string& path : {db_path + "-wal", db_path + "-shm"}) {
    struct stat side
    {};
    if (::stat(path.c_str(), &side) != 0 || side.st_uid != geteuid()) {
      continue;
    }
    if (side.st_gid != db.st_gid) {
      [[maybe_unused]] const int ignored = ::chown(path.c_str(), static_cast<uid_t>(-1), db.st_gid);
    }
    const mode_t wanted = db.st_mode & 0666;
    if ((side.st_mode & 07777) != wanted) {
      ::chmod(path.c_str(), wanted);
    }
  }
}

std::string lock_holder(const std::string& db_path)
{
  std::vector<std::pair<dev_t, ino_t>> files;
  for (const std::string& path : {db_path, db_path + "-shm"}) {
    struct stat st
    {};
    if (::stat(path.c_str(), &st) == 0) {
      files.emplace_back(st.st_dev, st.st_ino);
    }
  }
  std::ifstream locks("/proc/locks");
  std::string line;
  while (std::getline(locks, line)) {
    long pid = 0;
    unsigned major_no = 0, minor_no = 0;
    unsigned long inode = 0;
    if (!parse_lock_line(line, pid, major_no, minor_no, inode) || pid == static_cast<long>(getpid())) {
      continue;
    }
    for (const auto& [dev, ino] : files) {
      if (ino == inode && major(dev) == major_no && minor(dev) == minor_no) {
        const std::string name = process_name(pid);
        return name.empty() ? fmt::format("process {}", pid) : fmt::format("process {} ({})", pid, name);
      }
    }
  }
  return {};
}

} // namespace czs::storage
