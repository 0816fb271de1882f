#pragma once

#include "base/result.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace czs::text {

// A clerk's free text made safe to store: valid UTF-8 (else refused, with a hint about the
// encoding), no control characters but newlines in multi-line notes, surrounding and repeated
// spaces folded, at most max_chars characters. `field` names the option in messages.
Result<std::string> clean_text(std::string_view input, const char* field, std::size_t max_chars, bool required = true);

// A mainland phone number or landline: digits with optional + at the start, spaces and hyphens
// dropped; 7 to 15 digits.
Result<std::string> clean_phone(std::string_view input, const char* field);

// A code chosen by the clerk (station codes, references): ASCII letters, digits, '-', '_' and
// '/', 1 to 32 characters, upper-cased.
Result<std::string> clean_code(std::string_view input, const char* field);

} // namespace czs::text
