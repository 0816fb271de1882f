#include "period/period.hpp"

#include "i18n/translate.hpp"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

namespace czs {

namespace {

constexpr int k_min_year = 1900;
constexpr int k_max_year = 9999;

std::optional<int> digits(std::string_view text)
{
  if (text.empty()) {
    return std::nullopt;
  }
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') {
      return std::nullopt;
    }
    value = value * 10 + (c - '0');
  }
  return value;
}

Result<Period> bad_form(std::string_view text)
{
  return Result<Period>::failure(
      trf("'{}' is not a period: use a month (2026-03), a quarter (2026Q1), a year (2026) or a "
          "range of dates (2026-01-01..2026-03-31)",
          text));
}

// The year of a period written with a 4-digit year in front, or a failure to pass on.
Result<int> year_of_text(std::string_view text)
{
  const auto year = text.size() >= 4 ? digits(text.substr(0, 4)) : std::nullopt;
  if (!year) {
    return Result<int>::failure(bad_form(text).error());
  }
  if (*year < k_min_year || *year > k_max_year) {
    return Result<int>::failure(
        trf("'{}' is not a period: the year must be between {} and {}", text, k_min_year, k_max_year));
  }
  return *year;
}

Result<Period> parse_month(std::string_view text, int year)
{
  const auto month = digits(text.substr(5));
  if (text.size() != 7 || !month) {
    return bad_form(text);
  }
  if (*month < 1 || *month > 12) {
    return Result<Period>::failure(
        trf("'{}' is not a period: there is no month {:02}; months run from 01 to 12", text, *month));
  }
  return month_of(Date{year, *month, 1});
}

// "2026Q1", "2026q1", "2026-Q1" or "2026-q1"; rest is what follows the year.
Result<Period> parse_quarter(std::string_view text, std::string_view rest, int year)
{
  if (rest.front() == '-') {
    rest.remove_prefix(1);
  }
  const auto quarter = rest.size() == 2 ? digits(rest.substr(1)) : std::nullopt;
  if (!quarter || (rest[0] != 'Q' && rest[0] != 'q')) {
    return bad_form(text);
  }
  if (*quarter < 1 || *quarter > 4) {
    return Result<Period>::failure(trf("'{}' is not a period: quarters run from Q1 to Q4", text));
  }
  return quarter_of(Date{year, *quarter * 3, 1});
}

Result<Period> parse_range(std::string_view text, std::size_t dots)
{
  if (dots == 0 || dots + 2 == text.size()) {
    return bad_form(text); // an open end: say what a range looks like, not that '' is no date
  }
  const auto first = parse_date(text.substr(0, dots));
  if (!first) {
    return Result<Period>::failure(first.error());
  }
  const auto last = parse_date(text.substr(dots + 2));
  if (!last) {
    return Result<Period>::failure(last.error());
  }
  if (*last < *first) {
    return Result<Period>::failure(
        trf("'{}' is not a period: it ends ({}) before it starts ({}); write the earlier date first", text,
            to_string(*last), to_string(*first)));
  }
  return Period{PeriodKind::range, *first, *last};
}

} // namespace

Result<Period> parse_period(std::string_view text)
{
  if (const auto dots = text.find(".."); dots != std::string_view::npos) {
    return parse_range(text, dots);
  }
  const auto year = year_of_text(text);
  if (!year) {
    return Result<Period>::failure(year.error());
  }
  const std::string_view rest = text.substr(4);
  if (rest.empty()) {
    return year_of(Date{*year, 1, 1});
  }
  if (rest.size() >= 2 && (rest[0] == 'Q' || rest[0] == 'q' || rest[1] == 'Q' || rest[1] == 'q')) {
    return parse_quarter(text, rest, *year);
  }
  if (rest[0] == '-') {
    return parse_month(text, *year);
  }
  return bad_form(text);
}

std::string label(const Period& period)
{
  const Date& first = period.first;
  switch (period.kind) {
  case PeriodKind::month:
    return fmt::format("{:04}-{:02}", first.year, first.month);
  case PeriodKind::quarter:
    return fmt::format("{:04}Q{}", first.year, quarter_number(first));
  case PeriodKind::year:
    return fmt::format("{:04}", first.year);
  case PeriodKind::range:
    break;
  }
  return to_string(period.first) + ".." + to_string(period.last);
}

bool contains(const Period& period, Date date)
{
  return period.first <= date && date <= period.last;
}

Period month_of(Date date)
{
  return {PeriodKind::month, first_of_month(date), last_of_month(date)};
}

Period quarter_of(Date date)
{
  const int last_month = quarter_number(date) * 3;
  return {PeriodKind::quarter, Date{date.year, last_month - 2, 1}, last_of_month(Date{date.year, last_month, 1})};
}

Period year_of(Date date)
{
  return {PeriodKind::year, Date{date.year, 1, 1}, Date{date.year, 12, 31}};
}

std::vector<Period> months_in(const Period& period)
{
  std::vector<Period> months;
  for (Date start = first_of_month(period.first); start <= period.last; start = add_months(start, 1)) {
    Period piece = month_of(start);
    if (piece.first < period.first || period.last < piece.last) {
      piece = {PeriodKind::range, std::max(piece.first, period.first), std::min(piece.last, period.last)};
    }
    months.push_back(piece);
  }
  return months;
}

Period previous(const Period& period)
{
  switch (period.kind) {
  case PeriodKind::month:
    return month_of(add_months(period.first, -1));
  case PeriodKind::quarter:
    return quarter_of(add_months(period.first, -3));
  case PeriodKind::year:
    return year_of(Date{period.first.year - 1, 1, 1});
  case PeriodKind::range:
    break;
  }
  const int length = to_days(period.last) - to_days(period.first) + 1;
  return {PeriodKind::range, add_days(period.first, -length), add_days(period.first, -1)};
}

int quarter_number(Date date)
{
  return (date.month - 1) / 3 + 1;
}

} // namespace czs
