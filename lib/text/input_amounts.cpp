// Amounts, quantities and counts as clerks and spreadsheets write them (see input_fields.hpp).
#include "text/input_fields.hpp"

#include "i18n/translate.hpp"
#include "money/money.hpp"

#include <algorithm>

namespace czs::text {

namespace {

bool is_digit(char c)
{
  return c >= '0' && c <= '9';
}

std::string_view trimmed(std::string_view s)
{
  while (!s.empty() && s.front() == ' ')
    s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ')
    s.remove_suffix(1);
  return s;
}

// The number with its grouping commas removed, or a message saying why the commas are not
// thousands separators ("12,50" is a decimal comma, "1,2345" groups wrongly); a message shows
// `raw`, the value as given.
Result<std::string> ungrouped(std::string_view number, std::string_view raw)
{
  using R = Result<std::string>;
  if (number.find(',') == std::string_view::npos) {
    return std::string(number);
  }
  const std::size_t point = number.find('.');
  const std::string_view whole = number.substr(0, point);
  const std::string_view rest = point == std::string_view::npos ? std::string_view() : number.substr(point);
  if (rest.find(',') != std::string_view::npos) {
    return R::failure(trf("'{}' has a comma after the decimal point", visible(raw)));
  }
  std::string out;
  std::size_t group_start = 0;
  bool good = true;
  bool decimal_comma = false;
  for (std::size_t i = 0; i <= whole.size(); ++i) {
    if (i < whole.size() && whole[i] != ',') {
      good = good && is_digit(whole[i]);
      continue;
    }
    const std::size_t length = i - group_start;
    if (group_start == 0) {
      good = good && length >= 1 && length <= 3;
    } else {
      good = good && length == 3;
      decimal_comma = decimal_comma || (i == whole.size() && (length == 1 || length == 2) && rest.empty());
    }
    out.append(whole.substr(group_start, length));
    group_start = i + 1;
  }
  if (decimal_comma) {
    return R::failure(trf("'{}' is ambiguous: a comma there is a decimal comma in some countries and a thousands "
                          "separator in others",
                          visible(raw))
                      + "; " + tr("write the decimals after a point, for example 12.50"));
  }
  if (!good) {
    return R::failure(trf("'{}' has a comma that does not separate thousands", visible(raw)) + "; "
                      + tr("write the digits without commas, or with a comma every three digits (1,286.50)"));
  }
  return out + std::string(rest);
}

bool is_exponent(std::string_view s)
{
  for (std::size_t i = 1; i + 1 < s.size(); ++i) {
    if ((s[i] == 'E' || s[i] == 'e') && is_digit(s[i - 1])) {
      return true;
    }
  }
  return false;
}

// The number of a numeric value, without currency marks when `money`: numeric_form, ¥ or ￥
// in front, 元 behind, thousands separators; or a message with the cause.
Result<std::string> number_of(std::string_view value, bool money)
{
  using R = Result<std::string>;
  auto form = numeric_form(value);
  if (!form) {
    return form;
  }
  std::string_view s = *form;
  if (money) {
    for (std::string_view mark : {std::string_view("¥"), std::string_view("￥")}) {
      if (s.substr(0, mark.size()) == mark) {
        s = trimmed(s.substr(mark.size()));
        break;
      }
    }
    constexpr std::string_view k_yuan = "元";
    if (s.size() >= k_yuan.size() && s.substr(s.size() - k_yuan.size()) == k_yuan) {
      s = trimmed(s.substr(0, s.size() - k_yuan.size()));
    }
  }
  if (is_exponent(s)) {
    return R::failure(trf("'{}' is in exponent form (as Excel shows large numbers)", visible(value)) + "; "
                      + tr("write all its digits, for example 12.50"));
  }
  return ungrouped(s, value);
}

} // namespace

Result<std::int64_t> input_yuan(std::string_view value)
{
  using R = Result<std::int64_t>;
  // The common case, plain digits and a point, is read without copying.
  const bool plain = !value.empty() && value.size() < 16 && is_digit(value.front()) && is_digit(value.back())
                     && std::all_of(value.begin(), value.end(), [](char c) { return is_digit(c) || c == '.'; });
  std::string copy;
  if (!plain) {
    auto number = number_of(value, true);
    if (!number) {
      return R::failure(number.error());
    }
    copy = std::move(number).value();
  }
  const std::string_view number = plain ? value : std::string_view(copy);
  const std::size_t point = number.find('.');
  if (point != std::string_view::npos && number.size() - point - 1 == 3
      && number.find_first_not_of("0123456789.") == std::string_view::npos) {
    return R::failure(
        trf("'{}' has three decimals: amounts go down to the fen (0.01), for example 12.50", visible(value)) + "; "
        + tr("if the point separates thousands, write the digits without it (1286)"));
  }
  auto fen = parse_yuan(number);
  if (!fen && number != value) {
    return R::failure(trf("'{}': {}", visible(value), fen.error()));
  }
  return fen;
}

Result<std::int64_t> input_decimal(std::string_view value, int scale, std::int64_t max_scaled, const char* what)
{
  auto number = number_of(value, false);
  if (!number) {
    return Result<std::int64_t>::failure(trf("{}: {}", what, number.error()));
  }
  return parse_decimal(*number, scale, max_scaled, what);
}

Result<std::int64_t> input_count(std::string_view value, std::int64_t max, const char* what)
{
  auto number = number_of(value, false);
  if (!number) {
    return Result<std::int64_t>::failure(trf("{}: {}", what, number.error()));
  }
  return parse_count(*number, max, what);
}

} // namespace czs::text
