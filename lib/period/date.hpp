#pragma once

#include "base/result.hpp"

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace czs {

// A day of the proleptic Gregorian calendar, as the county's calendar shows it (no time zone).
struct Date
{
  int year = 1970;
  int month = 1; // 1-12
  int day = 1;   // 1-31
  auto operator<=>(const Date&) const = default;
};

// A wall-clock moment in the county's time zone, without an offset.
struct DateTime
{
  Date date;
  int hour = 0;   // 0-23
  int minute = 0; // 0-59
  int second = 0; // 0-59
  auto operator<=>(const DateTime&) const = default;
};

// True for Gregorian leap years: divisible by 4, except centuries not divisible by 400.
bool is_leap_year(int year);

// The number of days in a month (1-12) of a year.
int days_in_month(int year, int month);

// A date written strictly as YYYY-MM-DD with a year from 1900 to 9999, or a message saying
// what is wrong ("February 2026 has 28 days") and showing the expected form.
Result<Date> parse_date(std::string_view text);

// The day (YYYY-MM-DD) of a stored date or date-time ("2026-03-05T09:30:00" → "2026-03-05"):
// the one place a record's day is cut from its time. Shorter text is returned whole.
std::string day_of(std::string_view stored);

// The date as YYYY-MM-DD.
std::string to_string(Date date);

// Days since 1970-01-01 (negative before it).
int to_days(Date date);

// The date that is a number of days after 1970-01-01; inverse of to_days.
Date from_days(int days);

// The date a number of days later (earlier when negative).
Date add_days(Date date, int days);

// The same day a number of months later (earlier when negative), clamped to the end of a
// shorter month: 2026-01-31 + 1 month = 2026-02-28.
Date add_months(Date date, int months);

// The first day of the date's month.
Date first_of_month(Date date);

// The last day of the date's month.
Date last_of_month(Date date);

// A date and time written as YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DD HH:MM, each optionally
// with :SS (the date alone means midnight), in the county's zone, or a message saying what is
// wrong.
Result<DateTime> parse_date_time(std::string_view text);

// The date and time as YYYY-MM-DDTHH:MM:SS.
std::string to_string(DateTime value);

// Seconds since 1970-01-01T00:00:00 on the same wall clock; differences give elapsed wall time.
std::int64_t to_seconds(DateTime value);

// True when tz_name names a zone of the tz database: /usr/share/zoneinfo/<tz_name> exists and
// is a TZif file. Names with "..", a leading '/' or unusual characters are never known.
bool is_known_zone(const std::string& tz_name);

// The wall-clock time in an IANA zone ("Asia/Shanghai") at a moment given as Unix seconds;
// UTC when the zone is unknown. Briefly sets TZ (not thread-safe) and restores it.
DateTime zone_time_at(std::int64_t unix_seconds, const std::string& tz_name);

// The moment (Unix seconds) when the wall clock of an IANA zone shows `local`; read as UTC when
// the zone is unknown. The inverse of zone_time_at; same caveat about TZ.
std::int64_t unix_seconds_in_zone(DateTime local, const std::string& tz_name);

// The current wall-clock time in an IANA zone; UTC when the zone is unknown.
DateTime now_in_zone(const std::string& tz_name);

// Today's date in an IANA zone; UTC when the zone is unknown.
Date today_in_zone(const std::string& tz_name);

} // namespace czs
