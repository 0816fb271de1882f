#pragma once

#include <string>
#include <string_view>

namespace czs::text {

// A customer's name with every code point after the first replaced by '*' ("卓玛" → "卓*",
// "欧阳娜娜" → "欧***", "Li" → "L*"); a middle dot between the parts of a name stays where it is
// ("阿依古丽·买买提" → "阿***·***"); a one-character name, which its first character would show
// whole, is a single '*'; an empty one stays empty. Callers pass a name already cleaned by
// normalize_spaces (a space counts as a character like any other).
std::string mask_name(std::string_view name);

// A phone number with its middle hidden: the digits (and any other character that is not a
// separator) are masked one '*' each, while separators (space, '-', '+', '(', ')', '.') stay
// where they are. A landline with its area code (its digits start with 0, 10 or more of them)
// keeps the area code, which names a county, and its last 2 digits ("0891-6823456" →
// "0891-*****56"); any other number of 11 or more maskable characters keeps the first 3 and the
// last 4 ("13900000002" → "139****0002", "+86 139-0000-0002" → "+86 1**-****-0002": the country
// code counts, so less is shown, never more); 3 to 10 keep only the last 2 ("6823456" →
// "*****56"); 1 or 2 are hidden whole, so a masked number never shows most of its digits.
std::string mask_phone(std::string_view phone);

// A secret code (a parcel's pickup code) hidden whole: one '*' per code point, so its length is
// all that shows ("123456" → "******").
std::string mask_code(std::string_view code);

} // namespace czs::text
