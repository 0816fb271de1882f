#include "text/display_width.hpp"

#include "text/normalize.hpp"
#include "text/utf8.hpp"

#include <algorithm>
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
    // ASCII, most of a listing's text (codes, dates, numbers), needs no decoding.
    const auto byte = static_cast<unsigned char>(utf8[pos]);
    if (byte < 0x80) {
      width += byte >= 0x20 && byte != 0x7F ? 1 : 0;
      ++pos;
      continue;
    }
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

void append_on_one_line(std::string& out, std::string_view s)
{
  // Most cells hold no control character at all: appended as they are.
  const bool plain = std::none_of(s.begin(), s.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0xC2 || u == 0xE2;
  });
  if (plain) {
    out.append(s);
    return;
  }
  for (std::size_t pos = 0; pos < s.size();) {
    const Decoded d = decode_next(s, pos);
    if (d.code_point == U'\r' && pos + 1 < s.size() && s[pos + 1] == '\n') {
      pos += 1; // CR LF is one line break
      continue;
    }
    if (d.valid && is_line_break(d.code_point)) {
      out += "↵";
    } else if (d.code_point == U'\t') {
      out += ' ';
    } else {
      out.append(s.substr(pos, d.length));
    }
    pos += d.length;
  }
}

std::size_t append_on_one_line_width(std::string& out, std::string_view s)
{
  // Printable ASCII (codes, dates, amounts): one column a byte, nothing to replace.
  if (std::all_of(s.begin(), s.end(), [](char c) { return c >= 0x20 && c < 0x7F; })) {
    out.append(s);
    return s.size();
  }
  const std::size_t start = out.size();
  append_on_one_line(out, s);
  return display_width(std::string_view(out).substr(start));
}

std::string on_one_line(std::string_view s)
{
  std::string out;
  append_on_one_line(out, s);
  return out;
}

namespace {

// The bytes of the longest prefix of s made of whole grapheme clusters that fits in `width`
// columns; at least one cluster, so that wrapping always moves on.
std::size_t prefix_fitting(std::string_view s, std::size_t width)
{
  std::size_t used = 0;
  std::size_t kept = 0;
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
    if (starts_cluster && pos > 0) {
      if (used + cluster_width > width && kept > 0) {
        return kept;
      }
      used += cluster_width;
      kept = pos;
      cluster_width = 0;
    }
    cluster_width += code_point_width(d.code_point);
    previous = d.code_point;
    pos += d.length;
  }
  return used + cluster_width > width && kept > 0 ? kept : s.size();
}

} // namespace

std::vector<std::string> wrap_to_width(std::string_view s, std::size_t width)
{
  if (width == 0 || display_width(s) <= width) {
    return {std::string(s)};
  }
  std::vector<std::string> lines;
  std::string line;
  std::size_t line_width = 0;
  std::size_t at = 0;
  while (at <= s.size()) {
    const std::size_t space = s.find(' ', at);
    std::string_view word = s.substr(at, space == std::string_view::npos ? std::string_view::npos : space - at);
    at = space == std::string_view::npos ? s.size() + 1 : space + 1;
    std::size_t word_width = display_width(word);
    if (!line.empty() && line_width + 1 + word_width <= width) {
      line += ' ';
      line += word;
      line_width += 1 + word_width;
      continue;
    }
    // A word wider than a whole line (a CJK sentence) is cut between clusters: it first fills
    // the room left on this line, the rest goes on the next lines.
    if (!line.empty() && word_width > width && line_width + 1 < width) {
      const std::size_t cut = prefix_fitting(word, width - line_width - 1);
      if (display_width(word.substr(0, cut)) <= width - line_width - 1) {
        line += ' ';
        line += word.substr(0, cut);
        word = word.substr(cut);
        word_width = display_width(word);
      }
    }
    if (!line.empty()) {
      lines.push_back(std::move(line));
      line.clear();
    }
    while (word_width > width) {
      const std::size_t cut = prefix_fitting(word, width);
      lines.emplace_back(word.substr(0, cut));
      word = word.substr(cut);
      word_width = display_width(word);
    }
    line = std::string(word);
    line_width = word_width;
  }
  if (!line.empty()) {
    lines.push_back(std::move(line));
  }
  return lines;
}

} // namespace czs::text
