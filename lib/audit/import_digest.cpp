#include "audit/import_digest.hpp"

#include "base/error.hpp"
#include "text/csv.hpp"

#include <charconv>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace czs::audit {

void CanonicalRow::separate()
{
  if (!m_text.empty()) {
    m_text.push_back(',');
  }
}

void CanonicalRow::add(std::int64_t value)
{
  separate();
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  m_text.append(digits, end);
}

void CanonicalRow::add(std::string_view text)
{
  separate();
  m_text.push_back('\'');
  text::append_doubling(m_text, text, '\'');
  m_text.push_back('\'');
}

void CanonicalRow::append_canonical(std::string_view canonical)
{
  separate();
  m_text.append(canonical);
}

void CanonicalRow::add_null()
{
  separate();
  m_text += "NULL";
}

void RowDigest::add_row(std::string_view canonical)
{
  char prefix[24];
  char* end = std::to_chars(prefix, prefix + sizeof prefix - 1, canonical.size()).ptr;
  *end++ = ':';
  m_pending.append(prefix, end);
  m_pending.append(canonical);
  if (m_pending.size() >= k_pending_bytes) {
    flush();
  }
}

void RowDigest::flush()
{
  m_hasher.update(m_pending);
  m_pending.clear();
}

std::string RowDigest::hex_digest()
{
  flush();
  return m_hasher.hex_digest();
}

std::string canonical_row_expression(SQLite::Database& db, std::string_view table)
{
  SQLite::Statement columns(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
  columns.bind(1, std::string(table));
  std::string expr;
  while (columns.executeStep()) {
    const std::string name = columns.getColumn(0).getString();
    // Names come from the schema; anything but a plain identifier is a bug.
    if (name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos) {
      throw Error(ErrorKind::internal, fmt::format("not an identifier: {}", name));
    }
    expr += fmt::format("{}quote(\"{}\")", expr.empty() ? "" : " || ',' || ", name);
  }
  if (expr.empty()) {
    throw Error(ErrorKind::internal, fmt::format("no such table: {}", table));
  }
  return expr;
}

} // namespace czs::audit
