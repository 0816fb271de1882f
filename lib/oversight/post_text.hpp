#pragma once

#include "base/result.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace czs::oversight {

// The most characters a post's title and body may hold.
inline constexpr std::size_t k_max_title_chars = 100;
inline constexpr std::size_t k_max_body_chars = 5000;

// A post's body made safe to store: valid UTF-8, line breaks kept (CRLF and CR become LF),
// tabs become spaces, no other control characters, trailing spaces of each line and blank
// lines at either end dropped, not empty, at most max_chars characters. `field` names the
// option or column in messages.
Result<std::string> clean_body(std::string_view input, const char* field, std::size_t max_chars = k_max_body_chars);

} // namespace czs::oversight
