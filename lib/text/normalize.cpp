#include "text/normalize.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <cstddef>
#include <iterator>

namespace czs::text {

namespace {

struct Range
{
  char32_t first;
  char32_t last;
};

// Punctuation and symbols outside ASCII, sorted for binary search. Gaps are letters and
// numbers that sit inside these blocks: ª ² ³ µ ¹ º ¼-¾ in Latin-1, the ideographic
// iteration and number marks 々〆〇, the Hangzhou numerals 〡-〩 and the kana repeat
// marks 〱-〵, all of which carry meaning in a post.
constexpr Range k_dropped[] = {
    {0x0080, 0x00A9}, // C1 controls, ¡¢£¤¥¦§¨©
    {0x00AB, 0x00B1}, // «¬ soft hyphen ®¯°±
    {0x00B4, 0x00B4},   {0x00B6, 0x00B8}, {0x00BB, 0x00BB}, {0x00BF, 0x00BF},
    {0x00D7, 0x00D7},   {0x00F7, 0x00F7}, {0x2000, 0x206F}, // general punctuation: — ‘’“” … ‰ and zero-width characters
    {0x20A0, 0x20FF},                                       // currency signs, combining marks for symbols
    {0x2190, 0x245F}, // arrows, mathematical operators, technical, control pictures
    {0x2500, 0x2BFF}, // box drawing, shapes, miscellaneous symbols, dingbats, more arrows
    {0x3000, 0x3004}, // ideographic space 、。〃 〄
    {0x3008, 0x3020}, // 〈〉《》「」『』【】〒〓〔〕〖〗〘〙〚〛〜〝〞〟〠
    {0x3030, 0x3030}, // 〰
    {0x3036, 0x3037},   {0x303D, 0x303F}, {0x30FB, 0x30FB}, // katakana middle dot ・
    {0xFE00, 0xFE19},                                       // variation selectors, vertical forms
    {0xFE30, 0xFE6F},                                       // CJK compatibility forms, small form variants
    {0xFEFF, 0xFEFF},                                       // byte order mark
    {0xFF5F, 0xFF65},   // fullwidth punctuation left after the halfwidth mapping: ｟｠｡｢｣､･
    {0xFFE0, 0xFFEE},   // fullwidth and halfwidth signs ￠￡￥ and forms
    {0x1F000, 0x1FAFF}, // game pieces, enclosed supplements, pictographs, emoji
};

bool is_dropped_non_ascii(char32_t cp)
{
  const auto* it = std::upper_bound(std::begin(k_dropped), std::end(k_dropped), cp,
                                    [](char32_t c, const Range& r) { return c < r.first; });
  return it != std::begin(k_dropped) && cp <= std::prev(it)->last;
}

bool is_ascii_letter_or_digit(char32_t cp)
{
  return (cp >= U'0' && cp <= U'9') || (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z');
}

bool is_dropped(char32_t cp)
{
  if (cp < 0x80) {
    return !is_ascii_letter_or_digit(cp); // controls, space and ASCII punctuation
  }
  return is_space(cp) || is_dropped_non_ascii(cp);
}

// Fullwidth ASCII folds onto ASCII so that "ＡＢＣ１" and "abc1" compare equal.
char32_t fold(char32_t cp)
{
  if (cp >= 0xFF01 && cp <= 0xFF5E) {
    cp -= 0xFEE0;
  }
  if (cp >= U'A' && cp <= U'Z') {
    cp += U'a' - U'A';
  }
  return cp;
}

} // namespace

bool is_space(char32_t cp)
{
  return cp == U' ' || (cp >= U'\t' && cp <= U'\r') || cp == 0x85 || cp == 0xA0 || cp == 0x1680
         || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F
         || cp == 0x3000;
}

bool is_line_break(char32_t cp)
{
  return (cp >= U'\n' && cp <= U'\r') || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

std::string normalize_for_duplicates(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const Decoded d = decode_next(text, pos);
    const char32_t cp = fold(d.code_point);
    if (!is_dropped(cp)) {
      append_utf8(out, cp);
    }
    pos += d.length;
  }
  return out;
}

std::string normalize_spaces(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const Decoded d = decode_next(text, pos);
    if (is_space(d.code_point)) {
      pending_space = !out.empty(); // leading space is dropped, inner runs become one
    } else {
      if (pending_space) {
        out.push_back(' ');
        pending_space = false;
      }
      out.append(text.substr(pos, d.length));
    }
    pos += d.length;
  }
  return out;
}

} // namespace czs::text
