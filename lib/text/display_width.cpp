#include "text/display_width.hpp"

#include "text/utf8.hpp"

#include <cstdint>

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
  // Keep whole grapheme clusters (a letter with its combining marks, a flag, an emoji with its
  // modifiers) within width - 1 columns, leaving one for the ellipsis: a cut inside a cluster
  // would show a different character than the clerk wrote.
  const std::size_t budget = width - 1;
  std::size_t used = 0;
  std::size_t kept = 0; // bytes of the whole clusters that fit
  std::size_t pos = 0;
  std::int32_t state = 0;
  char32_t previous = 0;
  std::size_t cluster_width = 0;
  while (pos < s.size()) {
    const Decoded d = decode_next(s, pos);
    const bool starts_cluster =
        pos == 0
        || utf8proc_grapheme_break_stateful(static_cast<utf8proc_int32_t>(previous),
                                            static_cast<utf8proc_int32_t>(d.code_point), &state);
    if (starts_cluster) {
      if (used + cluster_width > budget) {
        break;
      }
      used += cluster_width;
      kept = pos;
      cluster_width = 0;
    }
    cluster_width += code_point_width(d.code_point);
    previous = d.code_point;
    pos += d.length;
  }
  if (pos == s.size() && used + cluster_width <= budget) {
    kept = pos;
  }
  return std::string(s.substr(0, kept)) + "…";
}

} // namespace czs::text
