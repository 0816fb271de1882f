#include "text/display_width.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <iterator>

namespace czs::text {

namespace {

struct Range
{
  char32_t first;
  char32_t last;
};

// Code points that take no column: combining marks (they draw over the previous character),
// Hangul medial and final jamo (they join the leading one), zero-width spaces and joiners,
// bidi and invisible format characters, variation selectors and the byte order mark.
// Sorted, so a binary search works.
constexpr Range k_zero_width[] = {
    {0x0300, 0x036F},   {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x05BF, 0x05BF}, {0x05C1, 0x05C2}, {0x05C4, 0x05C5},
    {0x05C7, 0x05C7},   {0x0610, 0x061A}, {0x064B, 0x065F}, {0x0670, 0x0670}, {0x06D6, 0x06DC}, {0x06DF, 0x06E4},
    {0x06E7, 0x06E8},   {0x06EA, 0x06ED}, {0x0E31, 0x0E31}, {0x0E34, 0x0E3A}, {0x0E47, 0x0E4E}, {0x0F71, 0x0F84},
    {0x1160, 0x11FF},   {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x2064},
    {0x20D0, 0x20FF},   {0x302A, 0x302D}, {0x3099, 0x309A}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF},
    {0xE0100, 0xE01EF},
};

// East Asian Wide (W) and Fullwidth (F) blocks, sorted. The emoji blocks are taken whole, as
// most terminals draw them two columns wide even where Unicode says a symbol is narrow.
constexpr Range k_wide[] = {
    {0x1100, 0x115F},   // Hangul Jamo, leading consonants
    {0x2E80, 0x303F},   // CJK radicals, Kangxi, description characters, CJK symbols and punctuation
    {0x3041, 0x33FF},   // kana, Bopomofo, Hangul compatibility jamo, enclosed CJK, CJK compatibility
    {0x3400, 0x4DBF},   // CJK Unified Ideographs Extension A
    {0x4E00, 0x9FFF},   // CJK Unified Ideographs
    {0xA000, 0xA4CF},   // Yi
    {0xA960, 0xA97F},   // Hangul Jamo Extended-A
    {0xAC00, 0xD7A3},   // Hangul syllables
    {0xF900, 0xFAFF},   // CJK Compatibility Ideographs
    {0xFE10, 0xFE19},   // vertical forms
    {0xFE30, 0xFE6F},   // CJK compatibility forms, small form variants
    {0xFF00, 0xFF60},   // fullwidth ASCII variants
    {0xFFE0, 0xFFE6},   // fullwidth signs
    {0x1F300, 0x1F64F}, // miscellaneous symbols and pictographs, emoticons
    {0x1F900, 0x1F9FF}, // supplemental symbols and pictographs
    {0x20000, 0x3FFFD}, // CJK extensions B onwards (planes 2 and 3)
};

template <std::size_t N>
bool in_table(char32_t cp, const Range (&table)[N])
{
  const auto* it =
      std::upper_bound(std::begin(table), std::end(table), cp, [](char32_t c, const Range& r) { return c < r.first; });
  return it != std::begin(table) && cp <= std::prev(it)->last;
}

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
    return 1; // Latin, the common case: skip both searches
  }
  if (in_table(cp, k_zero_width)) {
    return 0;
  }
  return in_table(cp, k_wide) ? 2 : 1;
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
