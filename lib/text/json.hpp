#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace czs::text {

// JSON string literal for s (quotes included); s must be valid UTF-8. Non-ASCII is written
// as is (JSON is UTF-8 here); control characters are escaped.
std::string json_quote(std::string_view s);

// The same literal appended to `out` (no string of its own: for writers of many values).
void append_json_quoted(std::string& out, std::string_view s);

// A streaming JSON writer producing compact, deterministic output: keys in the order written,
// integers exact, no locale involved. Misuse (a value where a key is due) is a programming
// error and is caught by assertions in debug builds.
class JsonWriter
{
public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(std::int64_t n);
  JsonWriter& value(int n) { return value(static_cast<std::int64_t>(n)); }
  JsonWriter& value(bool b);
  JsonWriter& null();
  // Inserts already-serialised JSON (a nested document built elsewhere).
  JsonWriter& raw(std::string_view json);

  const std::string& str() const { return m_out; }
  // Writes the text built so far to `out` and forgets it; the writer goes on where it was, so a
  // long document (an assessment's 50,000 findings) is streamed rather than held whole.
  void flush_to(std::ostream& out);

private:
  void before_value();

  std::string m_out;
  std::vector<bool> m_first; // per open container: nothing written in it yet
  bool m_after_key = false;
};

} // namespace czs::text
