#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include <SQLiteCpp/Database.h>

namespace czs::audit {

// Which entries `czstation audit` lists; empty fields do not filter.
struct AuditFilter
{
  std::string station_code;
  std::string actor;
  std::string from_date;  // inclusive, YYYY-MM-DD (UTC date of the entry)
  std::string to_date;    // inclusive
  std::int64_t limit = 0; // 0: all
};

struct AuditRow
{
  std::int64_t id = 0;
  std::string at;
  std::string actor;
  std::string action;
  std::string station_code;
  std::string command;
  std::string changes; // JSON array
  std::string hash;
};

// Calls `each` for every matching entry, oldest first, streaming (one row in memory at a time).
void for_each_entry(SQLite::Database& db, const AuditFilter& filter, const std::function<void(const AuditRow&)>& each);

} // namespace czs::audit
