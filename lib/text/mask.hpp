#pragma once

#include <string>
#include <string_view>

namespace czs::text {

// A customer's name with every code point after the first replaced by '*' ("卓玛" → "卓*",
// "Li" → "L*"); a one-character name is shown as is, an empty one stays empty. Callers pass a
// name already cleaned by normalize_spaces (a space counts as a character like any other).
std::string mask_name(std::string_view name);

// A phone number with its middle hidden: the digits (and any other character that is not a
// separator) are masked one '*' each, while separators (space, '-', '+', '(', ')', '.') stay
// where they are. With 8 or more maskable characters the first 3 and last 4 are kept
// ("13900000002" → "139****0002", "+86 139-0000-0002" → "+86 1**-****-0002": the country code
// counts, so less is shown, never more); with 3 to 7 only the last 2 are kept; with fewer, all
// but the last one ("12" → "*2", "5" → "*"), so a masked number never shows every character.
std::string mask_phone(std::string_view phone);

} // namespace czs::text
