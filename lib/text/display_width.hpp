#pragma once

#include <cstddef>
#include <string>
#include <string_view>

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

} // namespace czs::text
