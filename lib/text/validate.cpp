#include "text/validate.hpp"

#include "i18n/translate.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cctype>

namespace czs::text {

Result<std::string> clean_text(std::string_view input, const char* field, std::size_t max_chars, bool required)
{
  using R = Result<std::string>;
  if (!is_valid_utf8(input)) {
    return R::failure(trf("{} is not valid UTF-8 text", field) + "; "
                      + tr("set the terminal or file to UTF-8 (a GBK file converts with: iconv -f GBK -t UTF-8)"));
  }
  const bool has_control = std::any_of(input.begin(), input.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7f;
  });
  if (has_control) {
    return R::failure(trf("{} contains control characters (tabs, line breaks or escapes)", field));
  }
  std::string cleaned = normalize_spaces(input);
  if (required && cleaned.empty()) {
    return R::failure(trf("{} must not be empty", field));
  }
  const std::size_t length = code_point_count(cleaned);
  if (length > max_chars) {
    return R::failure(trf("{} is {} characters long; at most {} are allowed", field, length, max_chars));
  }
  return cleaned;
}

Result<std::string> clean_phone(std::string_view input, const char* field)
{
  using R = Result<std::string>;
  std::string digits;
  for (std::size_t i = 0; i < input.size(); ++i) {
    const char c = input[i];
    if (std::isdigit(static_cast<unsigned char>(c)) || (c == '+' && digits.empty())) {
      digits.push_back(c);
    } else if (c != ' ' && c != '-') {
      return R::failure(trf("{} '{}' is not a phone number: use digits, for example 13900000002", field,
                            is_valid_utf8(input) ? std::string(input) : std::string("?")));
    }
  }
  const auto count =
      static_cast<std::size_t>(std::count_if(digits.begin(), digits.end(), [](char c) { return c != '+'; }));
  if (count < 7 || count > 15) {
    return R::failure(trf("{} '{}' has {} digits; a phone number has 7 to 15", field, digits, count));
  }
  return digits;
}

Result<std::string> clean_code(std::string_view input, const char* field)
{
  using R = Result<std::string>;
  const bool ok = !input.empty() && input.size() <= 32 && std::all_of(input.begin(), input.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '/';
  });
  if (!ok) {
    return R::failure(trf("{} '{}' is not a valid code: use 1 to 32 letters, digits, '-', '_' or '/', "
                          "for example CN-LB-001",
                          field, is_valid_utf8(input) ? std::string(input.substr(0, 40)) : std::string("?")));
  }
  std::string upper(input);
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return upper;
}

} // namespace czs::text
