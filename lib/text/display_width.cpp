#include "text/display_width.hpp"

#include "text/utf8.hpp"

#include <utf8proc.h>

namespace czs::text {

namespace {

std::string spaces_for(std::string_view s, std::size_t width)
{
  const std::size_t have = display_width(s);
  return std::string(have < width ? width - have : 0, ' ');
}

} // namespace

std::size_t code_point_width(char32_t cp)
{
  if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
    return 0;
  }
  if (cp < 0x0300) {
    return 1; // Latin, the common case
  }
  // utf8proc follows Unicode's East Asian Width and emoji presentation data: combining marks
  // and format characters 0, wide and fullwidth characters and emoji 2.
  const int width = utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp));
  return width < 0 ? 0 : static_cast<std::size_t>(width);
}

std::size_t display_width(std::string_view utf8)
{
  std::size_t width = 0;
  for (std::size_t pos = 0; pos < utf8.size();) {
    const Decoded d = decode_next(utf8, pos);
    width += code_point_width(d.code_point);
    pos += d.length;
  }
  return width;
}

std::string pad_right(std::string_view s, std::size_t width)
{
  return std::string(s) + spaces_for(s, width);
}

std::string pad_left(std::string_view s, std::size_t width)
{
  return spaces_for(s, width) + std::string(s);
}

std::string truncate_to_width(std::string_view s, std::size_t width)
{
  if (display_width(s) <= width) {
    return std::string(s);
  }
  if (width == 0) {
    return {};
  }
  // Keep whole code points within width - 1 columns, leaving one for the ellipsis. Zero-width
  // code points after the last kept one stay, so a combining mark is not split from its base.
  const std::size_t budget = width - 1;
  std::size_t used = 0;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const Decoded d = decode_next(s, pos);
    const std::size_t w = code_point_width(d.code_point);
    if (used + w > budget) {
      break;
    }
    used += w;
    pos += d.length;
  }
  return std::string(s.substr(0, pos)) + "…";
}

} // namespace czs::text
