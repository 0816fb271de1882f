#pragma once

#include "base/result.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace czs::text {

// Older names for the input layer (text/input_fields.hpp), kept for their many callers.

// A clerk's free text made safe to store: input_text.
Result<std::string> clean_text(std::string_view input, const char* field, std::size_t max_chars, bool required = true);

// A phone number in its one stored form: input_phone.
Result<std::string> clean_phone(std::string_view input, const char* field);

// A code chosen by the clerk (station codes, references): input_code.
Result<std::string> clean_code(std::string_view input, const char* field);

} // namespace czs::text
