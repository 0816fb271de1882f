#include "text/utf8.hpp"

#include <cstdint>

namespace czs::text {

namespace {

std::uint8_t byte_at(std::string_view s, std::size_t pos)
{
  return static_cast<std::uint8_t>(s[pos]);
}

bool in_range(std::uint8_t b, std::uint8_t lo, std::uint8_t hi)
{
  return b >= lo && b <= hi;
}

// The bytes allowed right after a lead byte (Unicode Table 3-7). Narrowing the second byte's
// range is what rules out overlong forms, surrogates and values above U+10FFFF.
struct Lead
{
  std::size_t length; // 0: not a lead byte
  std::uint8_t second_lo;
  std::uint8_t second_hi;
};

Lead lead_of(std::uint8_t b)
{
  if (in_range(b, 0xC2, 0xDF))
    return {2, 0x80, 0xBF};
  if (b == 0xE0)
    return {3, 0xA0, 0xBF};
  if (b == 0xED)
    return {3, 0x80, 0x9F};
  if (in_range(b, 0xE1, 0xEF))
    return {3, 0x80, 0xBF};
  if (b == 0xF0)
    return {4, 0x90, 0xBF};
  if (b == 0xF4)
    return {4, 0x80, 0x8F};
  if (in_range(b, 0xF1, 0xF3))
    return {4, 0x80, 0xBF};
  return {0, 0, 0};
}

} // namespace

Decoded decode_next(std::string_view s, std::size_t pos)
{
  const std::uint8_t first = byte_at(s, pos);
  if (first < 0x80) {
    return {first, 1, true};
  }
  const Lead lead = lead_of(first);
  if (lead.length == 0) {
    return {k_replacement_char, 1, false};
  }
  char32_t cp = first & (0xFFu >> (lead.length + 1));
  for (std::size_t i = 1; i < lead.length; ++i) {
    const bool more = pos + i < s.size();
    const std::uint8_t b = more ? byte_at(s, pos + i) : 0;
    const bool ok = i == 1 ? in_range(b, lead.second_lo, lead.second_hi) : in_range(b, 0x80, 0xBF);
    if (!more || !ok) {
      return {k_replacement_char, i, false};
    }
    cp = (cp << 6) | (b & 0x3Fu);
  }
  return {cp, lead.length, true};
}

bool is_valid_utf8(std::string_view s)
{
  for (std::size_t pos = 0; pos < s.size();) {
    // ASCII runs are the common case in CSV files; skip them without decoding.
    if (byte_at(s, pos) < 0x80) {
      ++pos;
      continue;
    }
    const Decoded d = decode_next(s, pos);
    if (!d.valid) {
      return false;
    }
    pos += d.length;
  }
  return true;
}

std::u32string decode_utf8(std::string_view s)
{
  std::u32string out;
  out.reserve(s.size());
  for (std::size_t pos = 0; pos < s.size();) {
    const Decoded d = decode_next(s, pos);
    out.push_back(d.code_point);
    pos += d.length;
  }
  return out;
}

void append_utf8(std::string& out, char32_t cp)
{
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    cp = k_replacement_char;
  }
  auto put = [&out](char32_t byte) { out.push_back(static_cast<char>(byte)); };
  if (cp < 0x80) {
    put(cp);
  } else if (cp < 0x800) {
    put(0xC0 | (cp >> 6));
    put(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    put(0xE0 | (cp >> 12));
    put(0x80 | ((cp >> 6) & 0x3F));
    put(0x80 | (cp & 0x3F));
  } else {
    put(0xF0 | (cp >> 18));
    put(0x80 | ((cp >> 12) & 0x3F));
    put(0x80 | ((cp >> 6) & 0x3F));
    put(0x80 | (cp & 0x3F));
  }
}

std::string encode_utf8(std::u32string_view s)
{
  std::string out;
  out.reserve(s.size());
  for (char32_t cp : s) {
    append_utf8(out, cp);
  }
  return out;
}

std::size_t code_point_count(std::string_view s)
{
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < s.size(); pos += decode_next(s, pos).length) {
    ++count;
  }
  return count;
}

std::string printable(std::string_view s)
{
  std::string out;
  for (std::size_t pos = 0; pos < s.size();) {
    const Decoded d = decode_next(s, pos);
    const char32_t cp = d.code_point;
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
      static constexpr char k_digits[] = "0123456789abcdef";
      out += "\\x";
      out.push_back(k_digits[(cp >> 4) & 0xF]);
      out.push_back(k_digits[cp & 0xF]);
    } else {
      append_utf8(out, cp);
    }
    pos += d.length;
  }
  return out;
}

} // namespace czs::text
