#include "audit/row_image.hpp"

#include "base/error.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace czs::audit {

namespace {

// Table and column names come from sqlite_schema, never from users; still, they are
// spliced into SQL, so anything but a plain identifier is a bug.
void require_identifier(std::string_view name)
{
  for (const char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok || name.empty()) {
      throw Error(ErrorKind::internal, fmt::format("not an identifier: {}", name));
    }
  }
}

} // namespace

std::string row_image_expression(SQLite::Database& db, std::string_view table)
{
  require_identifier(table);
  SQLite::Statement columns(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
  columns.bind(1, std::string(table));
  std::string expr = "json_object(";
  bool first = true;
  while (columns.executeStep()) {
    const std::string name = columns.getColumn(0).getString();
    require_identifier(name);
    expr += fmt::format("{}'{}', \"{}\"", first ? "" : ", ", name, name);
    first = false;
  }
  if (first) {
    throw Error(ErrorKind::internal, fmt::format("no such table: {}", table));
  }
  return expr + ")";
}

std::string row_image(SQLite::Database& db, std::string_view table, std::int64_t id)
{
  SQLite::Statement query(db,
                          fmt::format("SELECT {} FROM \"{}\" WHERE id = ?", row_image_expression(db, table), table));
  query.bind(1, static_cast<std::int64_t>(id));
  return query.executeStep() ? query.getColumn(0).getString() : std::string();
}

std::vector<std::string> audited_tables(SQLite::Database& db)
{
  SQLite::Statement query(db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                              "AND name NOT LIKE 'audit\\_%' ESCAPE '\\' ORDER BY name");
  std::vector<std::string> tables;
  while (query.executeStep()) {
    tables.push_back(query.getColumn(0).getString());
  }
  return tables;
}

} // namespace czs::audit
