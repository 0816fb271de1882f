#include "audit/row_forms.hpp"

#include "audit/row_image.hpp"

#include <charconv>

#include <sqlite3.h>

namespace czs::audit {

RowForms::RowForms(SQLite::Database& db) : m_quote(db, "SELECT quote(?)"), m_json_real(db, "SELECT json_quote(?)") {}

void RowForms::read_columns(SQLite::Statement& rows, int first)
{
  m_first = first;
  m_keys.clear();
  for (int i = first; i < rows.getColumnCount(); ++i) {
    std::string key = i == first ? "{" : ",";
    append_json_text(key, rows.getColumnName(i));
    key.push_back(':');
    m_keys.push_back(std::move(key));
  }
}

const std::string& RowForms::canonical(SQLite::Statement& rows)
{
  m_canonical.clear();
  for (int i = m_first; i < rows.getColumnCount(); ++i) {
    const SQLite::Column value = rows.getColumn(i);
    switch (value.getType()) {
    case SQLITE_INTEGER:
      m_canonical.add(value.getInt64());
      break;
    case SQLITE_TEXT: {
      const char* text = value.getText(); // before getBytes, as SQLite asks
      m_canonical.add(std::string_view(text, static_cast<std::size_t>(value.getBytes())));
      break;
    }
    case SQLITE_NULL:
      m_canonical.add_null();
      break;
    default:
      // A real or a blob: an import binds neither, so such a value was written outside
      // czstation; SQL's quote() shows it, and the digest tells it from what was imported.
      m_canonical.append_canonical(quoted(value));
      break;
    }
  }
  return m_canonical.text();
}

const std::string& RowForms::image(SQLite::Statement& rows)
{
  m_image.clear();
  for (int i = m_first; i < rows.getColumnCount(); ++i) {
    m_image += m_keys[static_cast<std::size_t>(i - m_first)];
    const SQLite::Column value = rows.getColumn(i);
    switch (value.getType()) {
    case SQLITE_INTEGER: {
      char digits[24];
      m_image.append(digits, std::to_chars(digits, digits + sizeof digits, value.getInt64()).ptr);
      break;
    }
    case SQLITE_TEXT: {
      const char* text = value.getText(); // before getBytes, as SQLite asks
      append_json_text(m_image, std::string_view(text, static_cast<std::size_t>(value.getBytes())));
      break;
    }
    case SQLITE_NULL:
      m_image += "null";
      break;
    case SQLITE_FLOAT:
      m_json_real.reset();
      m_json_real.bind(1, value.getDouble());
      m_image += m_json_real.executeStep() ? m_json_real.getColumn(0).getString() : std::string();
      break;
    default:
      m_image.clear();
      return m_image;
    }
  }
  m_image.push_back('}');
  return m_image;
}

std::string RowForms::quoted(const SQLite::Column& value)
{
  m_quote.reset();
  if (value.getType() == SQLITE_FLOAT) {
    m_quote.bind(1, value.getDouble());
  } else {
    const void* blob = value.getBlob(); // before getBytes, as SQLite asks
    m_quote.bind(1, blob, value.getBytes());
  }
  return m_quote.executeStep() ? m_quote.getColumn(0).getString() : std::string();
}

} // namespace czs::audit
