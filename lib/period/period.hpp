#pragma once

#include "base/result.hpp"
#include "period/date.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace czs {

// What a period was written as; a range may still cover exactly one month or quarter.
enum class PeriodKind
{
  month,
  quarter,
  year,
  range
};

// A span of whole days, both ends included (first <= last).
struct Period
{
  PeriodKind kind = PeriodKind::range;
  Date first;
  Date last;
  bool operator==(const Period&) const = default;
};

// A period written as a month (2026-03), a quarter (2026Q1, 2026q1, 2026-Q1, 2026-q1), a year
// (2026) or a range of dates (2026-01-01..2026-03-31, first <= last), or a message saying what
// is wrong and listing these forms. Years run from 1900 to 9999.
Result<Period> parse_period(std::string_view text);

// The canonical spelling of a period: 2026-03, 2026Q1, 2026 or 2026-01-01..2026-03-31.
std::string label(const Period& period);

// True when the date lies within the period, both ends included.
bool contains(const Period& period, Date date);

// The calendar month the date lies in.
Period month_of(Date date);

// The calendar quarter the date lies in.
Period quarter_of(Date date);

// The calendar year the date lies in.
Period year_of(Date date);

// Each calendar month touching the period, in order, clipped to it; a whole month has kind
// month, a clipped part (the ends of a range) kind range.
std::vector<Period> months_in(const Period& period);

// The month, quarter or year before a period of that kind; for a range, the range of the same
// number of days that ends the day before it starts.
Period previous(const Period& period);

// The calendar quarter (1-4) of a date.
int quarter_number(Date date);

} // namespace czs
