// Identifiers, phone numbers and codes (see input_fields.hpp).
#include "text/input_fields.hpp"

#include "i18n/translate.hpp"
#include "text/mask.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cctype>

namespace czs::text {

namespace {

bool is_digit(char c)
{
  return c >= '0' && c <= '9';
}

bool all_digits(std::string_view s)
{
  return !s.empty() && std::all_of(s.begin(), s.end(), is_digit);
}

// 3.16001E+18, 3.16E18, 4E+10: what Excel shows for a number of more than 11 digits, after it
// has kept only the first 15 significant ones.
bool is_exponent_form(std::string_view s)
{
  std::size_t i = 0;
  if (i >= s.size() || !is_digit(s[i]))
    return false;
  ++i;
  if (i < s.size() && s[i] == '.') {
    ++i;
    const std::size_t start = i;
    while (i < s.size() && is_digit(s[i]))
      ++i;
    if (i == start)
      return false;
  }
  if (i >= s.size() || (s[i] != 'E' && s[i] != 'e'))
    return false;
  ++i;
  if (i < s.size() && s[i] == '+')
    ++i;
  return all_digits(s.substr(i));
}

std::string exponent_message(std::string_view value, const char* field)
{
  return trf("{} '{}' is a number in exponent form: Excel converted it and its last digits are lost", field, value)
         + "; "
         + tr("format the column as text in Excel or WPS (or put ' in front of the number), copy the number again "
              "from its source and save");
}

// Why a phone's digits make no number, or "" when they make one; digits excludes any '+'.
struct PhoneShape
{
  std::string canonical;
  std::string problem;
};

PhoneShape shape_phone(std::string_view raw)
{
  std::string digits;
  bool plus = false;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (is_digit(c)) {
      digits.push_back(c);
    } else if (c == '+' && digits.empty() && !plus) {
      plus = true;
    } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.') {
      return {{}, tr("use digits, for example 13900000002 or 0891-6823456")};
    }
  }
  bool national = false; // the country code 86 was written
  if (plus && digits.compare(0, 2, "86") == 0) {
    digits.erase(0, 2);
    national = true;
  } else if (!plus && digits.compare(0, 4, "0086") == 0) {
    digits.erase(0, 4);
    national = true;
  } else if (!plus && digits.size() == 13 && digits.compare(0, 3, "861") == 0) {
    digits.erase(0, 2);
    national = true;
  } else if (plus || digits.compare(0, 2, "00") == 0) {
    // Another country: kept as + and its digits (7 to 15, as ITU E.164 allows).
    if (!plus)
      digits.erase(0, 2);
    if (digits.size() < 7 || digits.size() > 15)
      return {{}, trf("has {} digits after the country code; an international number has 7 to 15", digits.size())};
    return {"+" + digits, {}};
  }
  if (national && !digits.empty() && digits.front() != '0' && !(digits.size() == 11 && digits.front() == '1')) {
    digits.insert(0, "0"); // +86 891 6823456: the area code's trunk 0 is dropped abroad
  }
  if (digits.size() == 11 && digits.front() == '1') {
    return {digits, {}};
  }
  if (!digits.empty() && digits.front() == '0') {
    // Area codes: 010 and 020-029 have three digits, the others four; numbers 7 or 8 digits.
    const std::size_t area = digits.size() >= 2 && (digits[1] == '1' || digits[1] == '2') ? 3 : 4;
    const std::size_t local = digits.size() > area ? digits.size() - area : 0;
    if (local >= 7 && local <= 8) {
      return {digits.substr(0, area) + "-" + digits.substr(area), {}};
    }
    return {{}, trf("has {} digits; a landline is an area code (010, 0891, ...) and 7 or 8 digits", digits.size())};
  }
  if (!national && (digits.size() == 7 || digits.size() == 8)) {
    // A local landline without its area code: the county has more than one (0891, 0892 ...),
    // and a number kept without one would never match the same number written in full.
    return {{}, tr("a landline needs its area code, for example 0891-6321234")};
  }
  if (!digits.empty() && digits.front() == '1') {
    return {{}, trf("has {} digits; a mobile number has 11", digits.size())};
  }
  return {{},
          trf("has {} digits; a mobile number has 11 starting with 1, a landline starts with its area code (0891-...)",
              digits.size())};
}

} // namespace

Result<std::string> input_identifier(std::string_view value, const char* field, std::size_t max_chars, bool required)
{
  using R = Result<std::string>;
  auto form = numeric_form(value);
  if (!form) {
    return R::failure(trf("{}: {}", field, form.error()));
  }
  if (form->empty()) {
    return required ? R::failure(trf("{} must not be empty", field)) : form;
  }
  if (is_exponent_form(*form)) {
    return R::failure(exponent_message(*form, field));
  }
  const std::size_t length = code_point_count(*form);
  if (length > max_chars) {
    return R::failure(trf("{} is {} characters long; at most {} are allowed", field, length, max_chars));
  }
  return form;
}

Result<std::string> input_tracking_number(std::string_view value, const char* field)
{
  auto id = input_identifier(value, field, 40);
  if (!id) {
    return id;
  }
  std::string t = std::move(id).value();
  const bool ok =
      std::all_of(t.begin(), t.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; });
  if (!ok) {
    return Result<std::string>::failure(
        trf("{} '{}' is not a tracking number: use letters, digits and '-'", field, visible(t)));
  }
  std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return t;
}

Result<std::string> input_phone(std::string_view value, const char* field)
{
  // A phone is private (Art. 13): every refusal shows it masked, as listings do, so that neither
  // a terminal nor an import's diagnostics in cron mail repeat a villager's number.
  using R = Result<std::string>;
  if (value.size() == 11 && value.front() == '1'
      && std::all_of(value.begin(), value.end(), [](char c) { return is_digit(c); })) {
    return std::string(value); // a mobile number as platforms export it, the common case
  }
  auto form = numeric_form(value);
  if (!form) {
    const std::string shown = visible(value);
    return R::failure(trf("{}: {}", field, hide_value(form.error(), shown, mask_phone(shown))));
  }
  if (form->empty()) {
    return R::failure(trf("{} must not be empty", field));
  }
  if (is_exponent_form(*form)) {
    return R::failure(exponent_message(mask_phone(*form), field));
  }
  PhoneShape shape = shape_phone(*form);
  if (!shape.problem.empty()) {
    return R::failure(trf("{} '{}' is not a phone number: {}", field, mask_phone(visible(value)), shape.problem));
  }
  return std::move(shape.canonical);
}

std::string canonical_phone(std::string_view value)
{
  auto form = numeric_form(value);
  if (!form) {
    return std::string(value);
  }
  PhoneShape shape = shape_phone(*form);
  return shape.problem.empty() ? shape.canonical : std::string(value);
}

Result<std::string> input_code(std::string_view value, const char* field)
{
  using R = Result<std::string>;
  // A code already in its stored form (upper case, no wrapping or spaces) is taken as it is: an
  // import reads one a row.
  if (!value.empty() && value.size() <= 32 && std::all_of(value.begin(), value.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || is_digit(c) || c == '-' || c == '_' || c == '/';
      })) {
    return std::string(value);
  }
  auto form = numeric_form(value);
  const bool ok = form && !form->empty() && form->size() <= 32 && std::all_of(form->begin(), form->end(), [](char c) {
                    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '/';
                  });
  if (!ok) {
    return R::failure(trf("{} '{}' is not a valid code: use 1 to 32 letters, digits, '-', '_' or '/', "
                          "for example CN-LB-001",
                          field, visible(value.substr(0, 40))));
  }
  std::string upper = std::move(form).value();
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return upper;
}

} // namespace czs::text
