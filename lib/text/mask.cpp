#include "text/mask.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <cstddef>

namespace czs::text {

namespace {

bool is_phone_separator(char32_t cp)
{
  return cp == U' ' || cp == U'-' || cp == U'+' || cp == U'(' || cp == U')' || cp == U'.';
}

// The dots written between the parts of a transliterated name (Uyghur, Tibetan, foreign names):
// U+00B7 MIDDLE DOT and its look-alikes an input method may give instead.
bool is_name_dot(char32_t cp)
{
  return cp == U'\u00B7' || cp == U'\u30FB' || cp == U'\u2022' || cp == U'\u2027' || cp == U'\uFF65';
}

struct Kept
{
  std::size_t front;
  std::size_t back;
};

// How many maskable characters stay visible at each end. A mainland mobile number keeps the
// usual 3 + 4 (4 hidden); a landline keeps its area code, which only names a county, and 2; short
// values keep 2 or nothing, so that most of a number is always hidden.
Kept kept_for(std::u32string_view maskable)
{
  const std::size_t n = maskable.size();
  if (n >= 10 && maskable.front() == U'0') {
    const bool short_area = maskable[1] == U'1' || maskable[1] == U'2'; // 010, 020-029
    return {short_area ? 3U : 4U, 2};
  }
  if (n >= 11)
    return {3, 4};
  if (n >= 3)
    return {0, 2};
  return {0, 0};
}

} // namespace

std::string mask_name(std::string_view name)
{
  std::string out;
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < name.size();) {
    const Decoded d = decode_next(name, pos);
    if (pos == 0) {
      append_utf8(out, d.code_point);
    } else if (is_name_dot(d.code_point)) {
      append_utf8(out, d.code_point);
    } else {
      out.push_back('*');
    }
    ++count;
    pos += d.length;
  }
  return count == 1 ? std::string("*") : out;
}

std::string mask_phone(std::string_view phone)
{
  const std::u32string cps = decode_utf8(phone);
  std::u32string maskable;
  for (char32_t cp : cps) {
    if (!is_phone_separator(cp)) {
      maskable.push_back(cp);
    }
  }
  const std::size_t n = maskable.size();
  // A value with no digit is no phone number (a name typed in the wrong field): nothing of it
  // shows, since its last two characters could be most of a name.
  const bool digits = std::any_of(maskable.begin(), maskable.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
  const Kept kept = digits ? kept_for(maskable) : Kept{0, 0};
  std::string out;
  std::size_t index = 0; // position among the maskable characters
  for (char32_t cp : cps) {
    if (is_phone_separator(cp)) {
      append_utf8(out, cp);
      continue;
    }
    const bool visible = index < kept.front || index >= n - kept.back;
    if (visible) {
      append_utf8(out, cp);
    } else {
      out.push_back('*');
    }
    ++index;
  }
  return out;
}

std::string mask_code(std::string_view code)
{
  return std::string(decode_utf8(code).size(), '*');
}

} // namespace czs::text
