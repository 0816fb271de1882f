#include "audit/change_records.hpp"

#include <charconv>

namespace czs::audit {

namespace {

// A cursor over JSON text that only finds where values start and end: `audit verify` reads a
// province's whole log, and SQLite's json_each re-parses each element once per field asked.
class Scanner
{
public:
  explicit Scanner(std::string_view text) : m_text(text) {}

  void skip_space()
  {
    while (m_at < m_text.size()
           && (m_text[m_at] == ' ' || m_text[m_at] == '\n' || m_text[m_at] == '\r' || m_text[m_at] == '\t')) {
      ++m_at;
    }
  }
  bool take(char c)
  {
    skip_space();
    if (m_at < m_text.size() && m_text[m_at] == c) {
      ++m_at;
      return true;
    }
    return false;
  }
  bool peek(char c)
  {
    skip_space();
    return m_at < m_text.size() && m_text[m_at] == c;
  }
  // The text of the next value, whole (strings with their quotes).
  bool value(std::string_view& out)
  {
    skip_space();
    const std::size_t start = m_at;
    if (!skip_value()) {
      return false;
    }
    out = m_text.substr(start, m_at - start);
    return true;
  }

private:
  bool skip_string()
  {
    for (++m_at; m_at < m_text.size(); ++m_at) {
      if (m_text[m_at] == '\\') {
        ++m_at;
      } else if (m_text[m_at] == '"') {
        ++m_at;
        return true;
      }
    }
    return false;
  }
  bool skip_value()
  {
    if (m_at >= m_text.size()) {
      return false;
    }
    const char c = m_text[m_at];
    if (c == '"') {
      return skip_string();
    }
    if (c == '{' || c == '[') {
      int depth = 0;
      while (m_at < m_text.size()) {
        const char d = m_text[m_at];
        if (d == '"') {
          if (!skip_string()) {
            return false;
          }
          continue;
        }
        depth += (d == '{' || d == '[') ? 1 : (d == '}' || d == ']') ? -1 : 0;
        ++m_at;
        if (depth == 0) {
          return true;
        }
      }
      return false;
    }
    const std::size_t start = m_at;
    while (m_at < m_text.size() && m_text[m_at] != ',' && m_text[m_at] != '}' && m_text[m_at] != ']'
           && m_text[m_at] != ' ' && m_text[m_at] != '\n') {
      ++m_at;
    }
    return m_at > start;
  }

  std::string_view m_text;
  std::size_t m_at = 0;
};

// A JSON string's contents; our keys and the names of tables and operations have no escapes.
std::string_view unquote(std::string_view v)
{
  return v.size() >= 2 && v.front() == '"' ? v.substr(1, v.size() - 2) : v;
}

std::int64_t integer(std::string_view v)
{
  std::int64_t n = 0;
  std::from_chars(v.data(), v.data() + v.size(), n);
  return n;
}

void assign(ChangeRecord& r, std::string_view key, std::string_view value)
{
  if (key == "table") {
    r.table = value == "null" ? std::string_view() : unquote(value);
  } else if (key == "op") {
    r.op = unquote(value);
  } else if (key == "id") {
    r.id = integer(value);
  } else if (key == "row") {
    r.row = value == "null" ? std::string_view() : value;
  } else if (key == "before") {
    r.before = value == "null" ? std::string_view() : value;
  } else if (key == "first_id") {
    r.first_id = integer(value);
  } else if (key == "last_id") {
    r.last_id = integer(value);
  } else if (key == "rows") {
    r.rows = integer(value);
  } else if (key == "digest") {
    r.digest = unquote(value);
  } else if (key == "chunks") {
    r.chunks = integer(value);
  } else if (key == "records") {
    r.records = integer(value);
  }
}

} // namespace

bool for_each_change(std::string_view changes, const std::function<void(const ChangeRecord&)>& each)
{
  Scanner s(changes);
  if (!s.take('[')) {
    return false;
  }
  if (s.take(']')) {
    return true;
  }
  do {
    if (!s.take('{')) {
      return false;
    }
    ChangeRecord record;
    if (!s.peek('}')) {
      do {
        std::string_view key;
        std::string_view value;
        if (!s.value(key) || !s.take(':') || !s.value(value)) {
          return false;
        }
        assign(record, unquote(key), value);
      } while (s.take(','));
    }
    if (!s.take('}')) {
      return false;
    }
    each(record);
  } while (s.take(','));
  return s.take(']');
}

} // namespace czs::audit
