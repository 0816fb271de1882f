#include "text/json.hpp"

#include <cassert>
#include <iterator>
#include <ostream>

#include <fmt/format.h>

namespace czs::text {

namespace {

// Whether byte c must be escaped inside a JSON string.
bool needs_escape(char c)
{
  return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
}

} // namespace

void append_json_quoted(std::string& out, std::string_view s)
{
  out.push_back('"');
  // Runs of bytes that need no escape (nearly all of any real text) are appended whole.
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (!needs_escape(c)) {
      continue;
    }
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    default:
      fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<unsigned>(c));
    }
  }
  out.append(s.data() + run, s.size() - run);
  out.push_back('"');
}

std::string json_quote(std::string_view s)
{
  std::string out;
  out.reserve(s.size() + 2);
  append_json_quoted(out, s);
  return out;
}

void JsonWriter::before_value()
{
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (!m_first.empty()) {
    if (!m_first.back()) {
      m_out.push_back(',');
    }
    m_first.back() = false;
  }
}

JsonWriter& JsonWriter::begin_object()
{
  before_value();
  m_out.push_back('{');
  m_first.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::end_object()
{
  assert(!m_first.empty() && !m_after_key);
  m_first.pop_back();
  m_out.push_back('}');
  return *this;
}

JsonWriter& JsonWriter::begin_array()
{
  before_value();
  m_out.push_back('[');
  m_first.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::end_array()
{
  assert(!m_first.empty());
  m_first.pop_back();
  m_out.push_back(']');
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name)
{
  before_value();
  append_json_quoted(m_out, name);
  m_out.push_back(':');
  m_after_key = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s)
{
  before_value();
  append_json_quoted(m_out, s);
  return *this;
}

JsonWriter& JsonWriter::value(std::int64_t n)
{
  before_value();
  fmt::format_to(std::back_inserter(m_out), "{}", n);
  return *this;
}

JsonWriter& JsonWriter::value(bool b)
{
  before_value();
  m_out += b ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null()
{
  before_value();
  m_out += "null";
  return *this;
}

JsonWriter& JsonWriter::raw(std::string_view json)
{
  before_value();
  m_out += json;
  return *this;
}

void JsonWriter::flush_to(std::ostream& out)
{
  out << m_out;
  m_out.clear();
}

} // namespace czs::text
