#pragma once

#include <string>
#include <vector>

namespace czs::cli {

// What the chosen command may do to the database file (issue 11): init creates one wherever
// it is told; a command that writes may create only the default one under the XDG data
// directory; a command that reads, reports, exports, audits or assesses never creates one.
enum class DatabaseAccess
{
  create_anywhere,
  write_or_create_default,
  write_existing,
  read_only,
};

// The access of the command at `path` ({"register", "list"}); `applies` when it was given
// --apply, `reveals` when --reveal (a reveal is written to the audit log, so it writes).
DatabaseAccess access_for(const std::vector<std::string>& path, bool applies, bool reveals);

} // namespace czs::cli
