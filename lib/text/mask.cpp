#include "text/mask.hpp"

#include "text/utf8.hpp"

#include <cstddef>

namespace czs::text {

namespace {

bool is_phone_separator(char32_t cp)
{
  return cp == U' ' || cp == U'-' || cp == U'+' || cp == U'(' || cp == U')' || cp == U'.';
}

std::size_t count_maskable(std::u32string_view phone)
{
  std::size_t n = 0;
  for (char32_t cp : phone) {
    n += is_phone_separator(cp) ? 0 : 1;
  }
  return n;
}

struct Kept
{
  std::size_t front;
  std::size_t back;
};

// How many maskable characters stay visible at each end. Short values keep fewer so that at
// least one character is always hidden: a two-digit "phone" must not come out in clear.
Kept kept_for(std::size_t n)
{
  if (n >= 8)
    return {3, 4};
  if (n >= 3)
    return {0, 2};
  return {0, n == 0 ? 0 : n - 1};
}

} // namespace

std::string mask_name(std::string_view name)
{
  std::string out;
  for (std::size_t pos = 0; pos < name.size();) {
    const Decoded d = decode_next(name, pos);
    if (pos == 0) {
      append_utf8(out, d.code_point);
    } else {
      out.push_back('*');
    }
    pos += d.length;
  }
  return out;
}

std::string mask_phone(std::string_view phone)
{
  const std::u32string cps = decode_utf8(phone);
  const std::size_t n = count_maskable(cps);
  const Kept kept = kept_for(n);
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

} // namespace czs::text
