#include "audit/audit_query.hpp"

#include <SQLiteCpp/Statement.h>

namespace czs::audit {

void for_each_entry(SQLite::Database& db, const AuditFilter& filter, const std::function<void(const AuditRow&)>& each)
{
  // Each filter is "?N = '' OR column matches ?N", so one prepared statement serves all.
  SQLite::Statement query(db, R"(
    SELECT id, at, actor, action, coalesce(station_code, ''), command, changes, hash
    FROM audit_entry
    WHERE (?1 = '' OR station_code = ?1)
      AND (?2 = '' OR actor = ?2)
      AND (?3 = '' OR substr(at, 1, 10) >= ?3)
      AND (?4 = '' OR substr(at, 1, 10) <= ?4)
    ORDER BY id
    LIMIT CASE WHEN ?5 > 0 THEN ?5 ELSE -1 END)");
  query.bind(1, filter.station_code);
  query.bind(2, filter.actor);
  query.bind(3, filter.from_date);
  query.bind(4, filter.to_date);
  query.bind(5, static_cast<std::int64_t>(filter.limit));
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
