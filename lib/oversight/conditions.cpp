#include "oversight/conditions.hpp"

namespace czs::oversight {

void Conditions::add(std::string sql, std::string value)
{
  m_sql.push_back(std::move(sql));
  m_values.emplace_back(std::move(value));
}

void Conditions::add(std::string sql, std::int64_t value)
{
  m_sql.push_back(std::move(sql));
  m_values.emplace_back(value);
}

std::string Conditions::where() const
{
  std::string out;
  for (const auto& c : m_sql) {
    out += out.empty() ? " WHERE " : " AND ";
    out += c;
  }
  return out;
}

void Conditions::bind(SQLite::Statement& q) const
{
  int index = 1;
  for (const auto& v : m_values) {
    if (const auto* n = std::get_if<std::int64_t>(&v)) {
      q.bind(index++, *n);
    } else {
      q.bind(index++, std::get<std::string>(v));
    }
  }
}

} // namespace czs::oversight
