#pragma once

#include <string>
#include <string_view>

namespace czs::text {

// A refused value as a message echoes it: text::visible() (controls and bidi overrides as
// <U+202E>), and past 40 columns shortened with "…" (a pasted paragraph would bury the message).
std::string shown_value(std::string_view s);

} // namespace czs::text
