#pragma once

#include <string>
#include <string_view>

namespace czs::text {

// True for the characters normalize_spaces and normalize_for_duplicates treat as white space:
// ASCII white space, NEL, no-break space, the Unicode space separators (U+1680, U+2000-200A,
// U+202F, U+205F, U+3000) and the line and paragraph separators.
bool is_space(char32_t cp);

// True for the characters that end a line: LF, VT, FF, CR, NEL (U+0085) and the line and
// paragraph separators (U+2028, U+2029); each is also is_space.
bool is_line_break(char32_t cp);

// The key two posts are compared on to find duplicates: fullwidth ASCII (U+FF01-FF5E) becomes
// halfwidth, ASCII letters lower case, and white space, control characters, punctuation and
// symbols are dropped (ASCII and Latin-1 punctuation, general punctuation, CJK symbols and
// punctuation, fullwidth and small forms, arrows, shapes, dingbats and emoji). Letters, digits
// and ideographs (including 〇 and 々) stay; non-ASCII letters keep their case. Invalid bytes
// become U+FFFD.
std::string normalize_for_duplicates(std::string_view text);

// text with leading and trailing white space removed and each run of white space inside
// replaced by one ASCII space ("  卓玛\u3000 拉姆 " → "卓玛 拉姆"); other bytes untouched.
std::string normalize_spaces(std::string_view text);

} // namespace czs::text
