#include "audit/audit_query.hpp"

#include "period/date.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace czs::audit {

namespace {

std::string utc_text(std::int64_t unix_seconds)
{
  return to_string(zone_time_at(unix_seconds, "UTC")) + "Z";
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
    row.hash = query.getColumn(7).getString();
    each(row);
  }
}

} // namespace czs::audit
