#include "money/money.hpp"

#include "i18n/translate.hpp"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cstddef>
#include <cstdint>

#include <fmt/format.h>

namespace czs {

namespace {

// What was wrong with a fixed-point number, before it is worded for amounts or quantities.
enum class Problem
{
  none,
  empty,
  negative,
  currency,
  not_a_number,
  too_many_decimals,
  too_large
};

struct Scanned
{
  std::int64_t value = 0;
  Problem problem = Problem::none;
};

bool is_digit(char c)
{
  return c >= '0' && c <= '9';
}

Problem shape_problem(std::string_view text, int scale)
{
  if (text.empty())
    return Problem::empty;
  if (text.front() == '-')
    return Problem::negative;
  if (text.find("¥") != std::string_view::npos || text.find("￥") != std::string_view::npos
      || text.find("元") != std::string_view::npos) {
    return Problem::currency;
  }
  const std::size_t point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view fraction = point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
  const auto all_digits = [](std::string_view s) {
    for (char c : s) {
      if (!is_digit(c))
        return false;
    }
    return true;
  };
  const bool dangling_point = point != std::string_view::npos && fraction.empty();
  if (whole.empty() || dangling_point || !all_digits(whole) || !all_digits(fraction)) {
    return Problem::not_a_number;
  }
  const bool too_many = fraction.size() > static_cast<std::size_t>(scale);
  return too_many ? Problem::too_many_decimals : Problem::none;
}

// Reads a checked-shape number, stopping as soon as it passes max: the text may have far
// more digits than an int64 holds.
Scanned scan(std::string_view text, int scale, std::int64_t max)
{
  Scanned out;
  out.problem = shape_problem(text, scale);
  if (out.problem != Problem::none) {
    return out;
  }
  int decimals = -1; // digits seen after the point, -1 before it
  for (char c : text) {
    if (c == '.') {
      decimals = 0;
      continue;
    }
    decimals += decimals >= 0 ? 1 : 0;
    const int digit = c - '0';
    if (out.value > max / 10 || out.value * 10 > max - digit) {
      out.problem = Problem::too_large;
      return out;
    }
    out.value = out.value * 10 + digit;
  }
  for (int pad = decimals < 0 ? 0 : decimals; pad < scale; ++pad) {
    if (out.value > max / 10) {
      out.problem = Problem::too_large;
      return out;
    }
    out.value *= 10;
  }
  return out;
}

std::string example_for(int scale)
{
  std::string example = scale == 0 ? "12" : "12.5";
  example.append(static_cast<std::size_t>(std::max(scale - 1, 0)), '0');
  return example;
}

std::string yuan_message(Problem problem, std::string_view text)
{
  switch (problem) {
  case Problem::empty:
    return tr("the amount is empty: write it in yuan, for example 12.50");
  case Problem::negative:
    return trf("'{}' is not an amount: amounts cannot be negative; write the yuan, for "
               "example 12.50",
               text);
  case Problem::currency:
    return trf("'{}' is not an amount: write only the number of yuan, without ¥ or 元, for "
               "example 12.50",
               text);
  case Problem::too_many_decimals:
    return trf("'{}' has more than two decimals: amounts go down to the fen (0.01), for "
               "example 12.50",
               text);
  case Problem::too_large:
    return trf("'{}' is too large: an amount can be at most {} yuan", text, format_fen(k_max_fen));
  default:
    return trf("'{}' is not an amount: write the yuan with digits and at most two decimals, "
               "without spaces, signs or exponents, for example 12.50 (not 12. or .5)",
               text);
  }
}

std::string decimal_message(Problem problem, std::string_view text, int scale, std::int64_t max, const char* what)
{
  const std::string example = example_for(scale);
  switch (problem) {
  case Problem::empty:
    return trf("the {} is empty: write a number, for example {}", what, example);
  case Problem::negative:
    return trf("{} '{}' cannot be negative: write a number such as {}", what, text, example);
  case Problem::too_many_decimals:
    return trf("{} '{}' has too many decimals: at most {} after the point, for example {}", what, text, scale, example);
  case Problem::too_large:
    return trf("{} '{}' is too large: it can be at most {}", what, text, format_decimal(max, scale));
  default:
    return trf("{} '{}' is not a number: use digits and at most one decimal point, without "
               "spaces, signs or exponents, for example {}",
               what, text, example);
  }
}

std::string count_message(Problem problem, std::string_view text, std::int64_t max, const char* what)
{
  switch (problem) {
  case Problem::empty:
    return trf("the {} is empty: write a whole number, for example 120", what);
  case Problem::negative:
    return trf("{} '{}' cannot be negative: write a whole number such as 120", what, text);
  case Problem::too_large:
    return trf("{} '{}' is too large: it can be at most {}", what, text, max);
  default:
    return trf("{} '{}' is not a whole number: use digits only, for example 120", what, text);
  }
}

} // namespace

Result<std::int64_t> parse_yuan(std::string_view text)
{
  const Scanned s = scan(text, 2, k_max_fen);
  if (s.problem != Problem::none) {
    return Result<std::int64_t>::failure(yuan_message(s.problem, text));
  }
  return s.value;
}

std::string format_fen(std::int64_t fen)
{
  return format_decimal(fen, 2);
}

std::string format_grouped(std::int64_t scaled, int scale)
{
  const std::string plain = format_decimal(scaled, scale);
  const std::size_t sign = plain.starts_with('-') ? 1 : 0;
  const std::size_t point = std::min(plain.find('.'), plain.size());
  std::string out = plain.substr(0, sign);
  for (std::size_t i = sign; i < point; ++i) {
    if (i > sign && (point - i) % 3 == 0) {
      out += ',';
    }
    out += plain[i];
  }
  return out + plain.substr(point);
}

Result<std::int64_t> parse_decimal(std::string_view text, int scale, std::int64_t max_scaled, const char* what)
{
  assert(scale >= 0 && scale <= 9 && max_scaled >= 0);
  const Scanned s = scan(text, scale, max_scaled);
  if (s.problem != Problem::none) {
    return Result<std::int64_t>::failure(decimal_message(s.problem, text, scale, max_scaled, what));
  }
  return s.value;
}

std::string format_decimal(std::int64_t scaled, int scale)
{
  assert(scale >= 0 && scale <= 9);
  // Work on the magnitude as unsigned so that INT64_MIN has a positive counterpart.
  const bool negative = scaled < 0;
  const auto as_unsigned = static_cast<std::uint64_t>(scaled);
  const std::uint64_t magnitude = negative ? std::uint64_t{0} - as_unsigned : as_unsigned;
  // At least scale + 1 digits, so that a fraction has its leading zero (0.05).
  char buffer[24];
  const char* end = std::to_chars(buffer, buffer + sizeof buffer, magnitude).ptr;
  const auto length = static_cast<std::size_t>(end - buffer);
  const auto wanted = static_cast<std::size_t>(scale) + 1;
  std::string digits = negative ? "-" : "";
  digits.append(length < wanted ? wanted - length : 0, '0');
  digits.append(buffer, length);
  if (scale > 0) {
    digits.insert(digits.size() - static_cast<std::size_t>(scale), 1, '.');
  }
  return digits;
}

Result<std::int64_t> parse_count(std::string_view text, std::int64_t max, const char* what)
{
  Scanned s = scan(text, 0, max);
  if (s.problem == Problem::too_many_decimals || s.problem == Problem::currency) {
    s.problem = Problem::not_a_number; // "12.5" people: the point itself is the mistake
  }
  if (s.problem != Problem::none) {
    return Result<std::int64_t>::failure(count_message(s.problem, text, max, what));
  }
  return s.value;
}

} // namespace czs
