#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace czs::text {

// U+FFFD, what every invalid byte sequence decodes to.
inline constexpr char32_t k_replacement_char = U'\uFFFD';

// One code point read from UTF-8 text.
struct Decoded
{
  char32_t code_point; // U+FFFD when the bytes were invalid
  std::size_t length;  // bytes consumed, at least 1
  bool valid;          // false when the bytes were not well-formed UTF-8
};

// Decodes the code point starting at s[pos] (pos < s.size()); an invalid or truncated sequence
// gives U+FFFD with the length of its maximal ill-formed prefix (Unicode's "maximal subpart").
Decoded decode_next(std::string_view s, std::size_t pos);

// True when s is well-formed UTF-8: no overlong forms, surrogates, values above U+10FFFF or
// truncated sequences.
bool is_valid_utf8(std::string_view s);

// The code points of s (meant for valid UTF-8); each ill-formed subpart becomes one U+FFFD.
std::u32string decode_utf8(std::string_view s);

// Appends the UTF-8 form of cp to out; surrogates and values above U+10FFFF become U+FFFD.
void append_utf8(std::string& out, char32_t cp);

// The UTF-8 form of s; surrogates and values above U+10FFFF become U+FFFD.
std::string encode_utf8(std::u32string_view s);

// s made safe to quote in a message to a terminal: each ill-formed subpart becomes U+FFFD and
// each control character (C0, DEL, C1) its escape \xNN, so a binary file's bytes neither
// garble the screen nor pass escape sequences to it.
std::string printable(std::string_view s);

// The number of code points in s, counting each ill-formed subpart as one (as decode_utf8 does).
std::size_t code_point_count(std::string_view s);

} // namespace czs::text
