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

void append_json_text(std::string& out, std::string_view text)
{
  static constexpr char k_short[32] = {0, 0, 0, 0, 0, 0, 0, 0, 'b', 't', 'n', 0, 'f', 'r', 0, 0,
                                       0, 0, 0, 0, 0, 0, 0, 0, 0,   0,   0,   0, 0,   0,   0, 0};
  static constexpr char k_hex[] = "0123456789abcdef";
  out.push_back('"');
  std::size_t run = 0; // the start of the bytes not yet appended, which need no escape
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') {
      continue;
    }
    out.append(text.substr(run, i - run));
    run = i + 1;
    out.push_back('\\');
    if (c == '"' || c == '\\') {
      out.push_back(static_cast<char>(c));
    } else if (k_short[c] != 0) {
      out.push_back(k_short[c]);
    } else {
      out += "u00";
      out.push_back(k_hex[c >> 4]);
      out.push_back(k_hex[c & 0xF]);
    }
  }
  out.append(text.substr(run));
  out.push_back('"');
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
