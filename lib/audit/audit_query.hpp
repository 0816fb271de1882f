#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include <SQLiteCpp/Database.h>

namespace czs::audit {

// Which entries `czstation audit` lists; empty fields do not filter.
struct AuditFilter
{
  std::string station_code;
  std::string actor;
  std::string from_at;       // inclusive, UTC ISO 8601 as entries store it (2026-02-28T16:00:00Z)
  std::string before_at;     // exclusive
  std::int64_t limit = 0;    // 0: all
  bool newest_first = false; // --last: the newest `limit` entries, newest first
  bool with_changes = true;  // false: `changes` is not read (a table does not show it)
};

struct AuditRow
{
  std::int64_t id = 0;
  std::string at;
  std::string actor;
  std::string action;
  std::string station_code;
  std::string command;
  std::string changes; // JSON array; empty when the filter asked for none. For an entry written in
                       // chunks (schemas/0018) the one record naming them: read them with for_each_chunk.
  std::string hash;
  bool chunked = false; // written in chunks: its records are its chunks', in order
};

// The UTC bounds [from, before) of the county's days first..last in IANA zone `tz_name`, as
// entries store times, so that `--period 2026-03` means March on the county's clock.
std::pair<std::string, std::string> utc_bounds(int first_days, int last_days, const std::string& tz_name);

// The SQL that lists the entries `filter` asks for, with a condition only for each filter given
// (so each uses its index); its parameters are bound by for_each_entry in the order given.
std::string entry_query(const AuditFilter& filter);

// Calls `each` for every matching entry, oldest first (newest first for --last), streaming
// (one row in memory at a time; an entry written in chunks holds only the record naming them).
void for_each_entry(SQLite::Database& db, const AuditFilter& filter, const std::function<void(const AuditRow&)>& each);

// Calls `each` with the text of every chunk of entry `entry` in order, each a JSON array of change
// records (at most about k_chunk_bytes): the entry's records are theirs joined, in this order.
// Holds one chunk in memory at a time; an entry not written in chunks has none.
void for_each_chunk(SQLite::Database& db, std::int64_t entry, const std::function<void(std::string_view)>& each);

} // namespace czs::audit
