#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

namespace czs::storage {

// Binds text, or NULL when it is empty (optional dates are NULL in the database, empty here).
inline void bind_text_or_null(SQLite::Statement& q, int index, const std::string& text)
{
  if (text.empty()) {
    q.bind(index);
  } else {
    q.bind(index, text);
  }
}

// The text of a column, or an empty string for NULL (optional dates and notes).
inline std::string text_or_empty(const SQLite::Column& column)
{
  return column.isNull() ? std::string() : column.getString();
}

// Binds an id, or NULL when there is none (a filter that does not filter).
inline void bind_id_or_null(SQLite::Statement& q, int index, const std::optional<std::int64_t>& id)
{
  if (id) {
    q.bind(index, *id);
  } else {
    q.bind(index);
  }
}

} // namespace czs::storage
