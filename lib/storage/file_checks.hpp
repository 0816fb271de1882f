#pragma once

#include <string>

namespace czs::storage {

// What the first bytes of a file say it is.
enum class FileKind
{
  missing,
  empty,
  sqlite,
  other
};

// Looks at the file's header without opening it as a database (so nothing is written).
FileKind classify_file(const std::string& path);

// True when statfs() f_type names a network filesystem (NFS, SMB/CIFS, AFS, Ceph, ...),
// where SQLite's locking and WAL are unreliable.
bool is_network_filesystem_type(long f_type);

// True when the directory holding path is on a network filesystem.
bool is_on_network_filesystem(const std::string& path);

// Creates an empty file with mode 0600 (0660 when group_writable), failing if it exists.
// Throws czs::Error(cant_create) with the reason when the directory is missing or read-only.
void create_private_file(const std::string& path, bool group_writable);

} // namespace czs::storage
