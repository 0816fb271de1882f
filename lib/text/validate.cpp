#include "text/validate.hpp"

#include "text/input_fields.hpp"

namespace czs::text {

Result<std::string> clean_text(std::string_view input, const char* field, std::size_t max_chars, bool required)
{
  return input_text(input, field, max_chars, required);
}

Result<std::string> clean_phone(std::string_view input, const char* field)
{
  return input_phone(input, field);
}

Result<std::string> clean_code(std::string_view input, const char* field)
{
  return input_code(input, field);
}

} // namespace czs::text
