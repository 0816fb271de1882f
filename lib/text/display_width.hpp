#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace czs::text {

// Terminal columns one code point takes: 2 for East Asian Wide and Fullwidth (CJK, Hangul,
// kana, fullwidth forms, the emoji blocks 1F300-1F64F and 1F900-1F9FF), 0 for combining marks,
// zero-width and control characters, 1 for everything else (ambiguous-width ones included).
std::size_t code_point_width(char32_t cp);

// Terminal columns utf8 takes; each ill-formed byte sequence counts as one column (as U+FFFD).
std::size_t display_width(std::string_view utf8);

// s followed by spaces up to the display width; s unchanged when it is already that wide or wider.
std::string pad_right(std::string_view s, std::size_t width);

// Spaces followed by s up to the display width; s unchanged when it is already that wide or wider.
std::string pad_left(std::string_view s, std::size_t width);

// s when it fits in width columns, else its longest prefix of whole grapheme clusters (never
// half a UTF-8 sequence, nor a letter without its combining marks) that fits in width - 1
// columns, followed by "…" (counted as one column); empty when width is 0.
std::string truncate_to_width(std::string_view s, std::size_t width);

// The lines s takes when wrapped to `width` display columns: broken at spaces (the space where
// a line breaks is dropped), and a word wider than a line (CJK text, which has no spaces) broken
// between grapheme clusters, so nothing is lost; s itself (one line) when it fits or width is 0.
std::vector<std::string> wrap_to_width(std::string_view s, std::size_t width);

// s as one line of a terminal table or `show`: each line break (CR LF, CR, LF, VT, FF, NEL,
// U+2028, U+2029) shown as "↵" and each tab as a space, so a stored note that holds line breaks
// never spills one record over several lines; other text unchanged.
std::string on_one_line(std::string_view s);
// on_one_line(s) appended to out, without a string of its own.
void append_on_one_line(std::string& out, std::string_view s);
// append_on_one_line, returning the display width of what it appended (one pass for ASCII).
std::size_t append_on_one_line_width(std::string& out, std::string_view s);

} // namespace czs::text
