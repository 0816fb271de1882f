#include "audit/audit_query.hpp"

#include "audit/change_records.hpp"
#include "audit/chunk_chain.hpp"
#include "period/date.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace czs::audit {

namespace {

std::string utc_text(std::int64_t unix_seconds)
{
  return to_string(zone_time_at(unix_seconds, "UTC")) + "Z";
}

// Whether `changes` is the one record an entry written in chunks holds (audit/chunk_chain.hpp).
bool names_chunks(const std::string& changes)
{
  if (changes.size() > 256 || changes.find(k_chunks_op) == std::string::npos) {
    return false; // a summary record is short; anything longer is inline changes
  }
  bool chunked = false;
  std::int64_t records = 0;
  const bool parsed = for_each_change(changes, [&](const ChangeRecord& c) {
    ++records;
    chunked = c.table.empty() && c.op == k_chunks_op;
  });
  return parsed && chunked && records == 1;
}

} // namespace

std::pair<std::string, std::string> utc_bounds(int first_days, int last_days, const std::string& tz_name)
{
  return {utc_text(unix_seconds_in_zone(DateTime{from_days(first_days)}, tz_name)),
          utc_text(unix_seconds_in_zone(DateTime{from_days(last_days + 1)}, tz_name))};
}

std::string entry_query(const AuditFilter& filter)
{
  std::string where;
  auto add = [&where](std::string_view condition) {
    where += fmt::format("{} {}", where.empty() ? " WHERE" : " AND", condition);
  };
  if (!filter.station_code.empty()) {
    add("station_code = ?");
  }
  if (!filter.actor.empty()) {
    add("actor = ?");
  }
  if (!filter.from_at.empty()) {
    add("at >= ?");
  }
  if (!filter.before_at.empty()) {
    add("at < ?");
  }
  return fmt::format("SELECT id, at, actor, action, coalesce(station_code, ''), command, {}, hash "
                     "FROM audit_entry{} ORDER BY id{}{}",
                     filter.with_changes ? "changes" : "''", where, filter.newest_first ? " DESC" : "",
                     filter.limit > 0 ? " LIMIT ?" : "");
}

void for_each_entry(SQLite::Database& db, const AuditFilter& filter, const std::function<void(const AuditRow&)>& each)
{
  SQLite::Statement query(db, entry_query(filter));
  int n = 0;
  for (const std::string* value : {&filter.station_code, &filter.actor, &filter.from_at, &filter.before_at}) {
    if (!value->empty()) {
      query.bind(++n, *value);
    }
  }
  if (filter.limit > 0) {
    query.bind(++n, static_cast<std::int64_t>(filter.limit));
  }
  AuditRow row;
  while (query.executeStep()) {
    row.id = query.getColumn(0).getInt64();
    row.at = query.getColumn(1).getString();
    row.actor = query.getColumn(2).getString();
    row.action = query.getColumn(3).getString();
    row.station_code = query.getColumn(4).getString();
    row.command = query.getColumn(5).getString();
    row.changes = query.getColumn(6).getString();
    row.chunked = filter.with_changes && names_chunks(row.changes);
    row.hash = query.getColumn(7).getString();
    each(row);
  }
}

void for_each_chunk(SQLite::Database& db, std::int64_t entry, const std::function<void(std::string_view)>& each)
{
  SQLite::Statement query(db, "SELECT changes FROM audit_chunk WHERE entry_id = ? ORDER BY seq");
  query.bind(1, entry);
  while (query.executeStep()) {
    const auto text = query.getColumn(0);
    each(std::string_view(text.getText(), static_cast<std::size_t>(text.getBytes())));
  }
}

} // namespace czs::audit
