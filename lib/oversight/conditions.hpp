#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include <SQLiteCpp/Statement.h>

namespace czs::oversight {

// The WHERE clause of a listing, built from the filters that were given, so that SQLite plans
// each listing with only its real conditions (and can use the index they allow). Conditions
// are fixed SQL written here; values are always bound, never spliced.
class Conditions
{
public:
  // Adds a condition with no value, or with one '?' bound to `value`.
  void add(std::string sql) { m_sql.push_back(std::move(sql)); }
  void add(std::string sql, std::string value);
  void add(std::string sql, std::int64_t value);

  // " WHERE a AND b", or "" when nothing filters.
  std::string where() const;
  // Binds the values in the order the conditions were added.
  void bind(SQLite::Statement& q) const;

private:
  std::vector<std::string> m_sql;
  std::vector<std::variant<std::int64_t, std::string>> m_values;
};

} // namespace czs::oversight
