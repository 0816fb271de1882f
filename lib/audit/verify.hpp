#pragma once

#include <cstdint>
#include <string>

#include <SQLiteCpp/Database.h>

namespace czs::audit {

// The outcome of checking the audit log against itself and against the data it describes.
struct VerifyReport
{
  bool ok = true;
  std::int64_t entries = 0;   // entries whose hash was checked
  std::int64_t rows = 0;      // data rows compared with their last recorded image
  std::int64_t bad_entry = 0; // the first entry that does not match (0: none, or not an entry)
  std::string problem;        // what is wrong, translated; empty when ok
};

// Walks the chain from the first entry, recomputing each hash; checks that the head matches
// the last entry (so entries removed from the end are found); then checks that every data row
// is exactly as the last entry that touched it recorded, and that no row exists that no entry
// recorded. Stops at the first problem.
VerifyReport verify(SQLite::Database& db);

} // namespace czs::audit
