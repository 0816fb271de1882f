#include "period/date.hpp"

#include "i18n/translate.hpp"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <optional>

#include <fmt/format.h>

namespace czs {

namespace {

constexpr int k_min_year = 1900;
constexpr int k_max_year = 9999;
constexpr const char* k_zoneinfo_dir = "/usr/share/zoneinfo/";

// The number written with exactly `count` ASCII digits at text[pos], or nothing.
std::optional<int> digits_at(std::string_view text, std::size_t pos, std::size_t count)
{
  if (pos + count > text.size()) {
    return std::nullopt;
  }
  int value = 0;
  for (char c : text.substr(pos, count)) {
    if (c < '0' || c > '9') {
      return std::nullopt;
    }
    value = value * 10 + (c - '0');
  }
  return value;
}

// The number written with `count` ASCII digits at `at` (the caller checked there are as many
// characters), or -1.
inline int digits_in_place(const char* at, int count)
{
  int value = 0;
  for (int i = 0; i < count; ++i) {
    const char c = at[i];
    if (c < '0' || c > '9') {
      return -1;
    }
    value = value * 10 + (c - '0');
  }
  return value;
}

const char* month_name(int month)
{
  switch (month) {
  case 1:
    return tr("January");
  case 2:
    return tr("February");
  case 3:
    return tr("March");
  case 4:
    return tr("April");
  case 5:
    return tr("May");
  case 6:
    return tr("June");
  case 7:
    return tr("July");
  case 8:
    return tr("August");
  case 9:
    return tr("September");
  case 10:
    return tr("October");
  case 11:
    return tr("November");
  default:
    return tr("December");
  }
}

int floor_div(int a, int b)
{
  return a / b - (a % b != 0 && (a % b < 0) != (b < 0) ? 1 : 0);
}

bool is_zone_name_safe(const std::string& name)
{
  // Only the characters IANA names use, so the name cannot climb out of the zoneinfo folder.
  const bool chars_ok = std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/' || c == '_'
           || c == '-' || c == '+';
  });
  return chars_ok && !name.empty() && name.front() != '/' && name.find("..") == std::string::npos;
}

// Sets TZ for its lifetime and restores the previous value (or its absence) afterwards, so
// the rest of the process keeps the user's zone.
class ScopedTz
{
public:
  explicit ScopedTz(const std::string& value)
  {
    if (const char* old = std::getenv("TZ")) {
      m_old = old;
    }
    setenv("TZ", value.c_str(), 1);
    tzset();
  }
  ~ScopedTz()
  {
    if (m_old) {
      setenv("TZ", m_old->c_str(), 1);
    } else {
      unsetenv("TZ");
    }
    tzset();
  }
  ScopedTz(const ScopedTz&) = delete;
  ScopedTz& operator=(const ScopedTz&) = delete;

private:
  std::optional<std::string> m_old;
};

DateTime from_tm(const std::tm& tm)
{
  // tm_sec is 60 during a leap second; our clock has none.
  return {{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday}, tm.tm_hour, tm.tm_min, std::min(tm.tm_sec, 59)};
}

} // namespace

bool is_leap_year(int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month)
{
  static constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : k_days[month - 1];
}

std::string day_of(std::string_view stored)
{
  return std::string(stored.substr(0, std::min<std::size_t>(stored.size(), 10)));
}

Result<Date> parse_date(std::string_view text)
{
  // The shape first, then the digits in place: an import reads five dates a row.
  const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-';
  const int year = shaped ? digits_in_place(text.data(), 4) : -1;
  const int month = shaped ? digits_in_place(text.data() + 5, 2) : -1;
  const int day = shaped ? digits_in_place(text.data() + 8, 2) : -1;
  if (year < 0 || month < 0 || day < 0) {
    return Result<Date>::failure(trf("'{}' is not a date: use YYYY-MM-DD, for example 2026-03-15", text));
  }
  if (year < k_min_year || year > k_max_year) {
    return Result<Date>::failure(
        trf("'{}' is not a date: the year must be between {} and {}", text, k_min_year, k_max_year));
  }
  if (month < 1 || month > 12) {
    return Result<Date>::failure(
        trf("'{}' is not a date: there is no month {:02}; months run from 01 to 12", text, month));
  }
  const int last = days_in_month(year, month);
  if (day < 1 || day > last) {
    return Result<Date>::failure(trf("'{}' is not a date: {} {} has {} days", text, month_name(month), year, last));
  }
  return Date{year, month, day};
}

namespace {

// `value` (0 to 10^width - 1) as `width` digits at `out`, zero-padded.
void put_digits(char* out, int value, int width)
{
  for (int i = width - 1; i >= 0; --i) {
    out[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
}

} // namespace

std::string to_string(Date date)
{
  // Written digit by digit: a listing or an import writes millions of dates.
  if (date.year < 0 || date.year > 9999 || date.month < 0 || date.month > 99 || date.day < 0 || date.day > 99) {
    return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
  }
  std::string out = "0000-00-00";
  put_digits(out.data(), date.year, 4);
  put_digits(out.data() + 5, date.month, 2);
  put_digits(out.data() + 8, date.day, 2);
  return out;
}

int to_days(Date date)
{
  // Howard Hinnant's days_from_civil: count from 0000-03-01 so the leap day ends a year.
  const int y = date.year - (date.month <= 2 ? 1 : 0);
  const int era = floor_div(y, 400);
  const int yoe = y - era * 400;
  const int mp = date.month > 2 ? date.month - 3 : date.month + 9;
  const int doy = (153 * mp + 2) / 5 + date.day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date from_days(int days)
{
  // Howard Hinnant's civil_from_days, the inverse of to_days.
  const int z = days + 719468;
  const int era = floor_div(z, 146097);
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int day = doy - (153 * mp + 2) / 5 + 1;
  const int month = mp < 10 ? mp + 3 : mp - 9;
  return {yoe + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

Date add_days(Date date, int days)
{
  return from_days(to_days(date) + days);
}

Date add_months(Date date, int months)
{
  const int index = date.year * 12 + (date.month - 1) + months;
  const int year = floor_div(index, 12);
  const int month = index - year * 12 + 1;
  return {year, month, std::min(date.day, days_in_month(year, month))};
}

Date first_of_month(Date date)
{
  return {date.year, date.month, 1};
}

Date last_of_month(Date date)
{
  return {date.year, date.month, days_in_month(date.year, date.month)};
}

Result<DateTime> parse_date_time(std::string_view text)
{
  const bool has_time = text.size() == 16 || text.size() == 19;
  const bool has_seconds = text.size() == 19;
  const bool form_ok =
      text.size() == 10
      || (has_time && (text[10] == 'T' || text[10] == ' ') && text[13] == ':' && (!has_seconds || text[16] == ':'));
  if (!form_ok) {
    return Result<DateTime>::failure(
        trf("'{}' is not a date and time: use YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DD HH:MM, "
            "with :SS if needed, for example 2026-03-15T09:30",
            text));
  }
  const auto date = parse_date(text.substr(0, 10));
  if (!date) {
    return Result<DateTime>::failure(date.error());
  }
  if (!has_time) {
    return DateTime{*date};
  }
  const auto hour = digits_at(text, 11, 2);
  const auto minute = digits_at(text, 14, 2);
  const auto second = has_seconds ? digits_at(text, 17, 2) : std::optional<int>(0);
  if (!hour || !minute || !second || *hour > 23 || *minute > 59 || *second > 59) {
    return Result<DateTime>::failure(
        trf("'{}' is not a valid time: write HH:MM or HH:MM:SS with hours from 00 to 23 and "
            "minutes and seconds from 00 to 59, for example 2026-03-15T09:30",
            text));
  }
  return DateTime{*date, *hour, *minute, *second};
}

std::string to_string(DateTime value)
{
  if (value.hour < 0 || value.hour > 99 || value.minute < 0 || value.minute > 99 || value.second < 0
      || value.second > 99) {
    return fmt::format("{}T{:02}:{:02}:{:02}", to_string(value.date), value.hour, value.minute, value.second);
  }
  const Date& d = value.date;
  if (d.year < 0 || d.year > 9999 || d.month < 0 || d.month > 99 || d.day < 0 || d.day > 99) {
    return to_string(d) + fmt::format("T{:02}:{:02}:{:02}", value.hour, value.minute, value.second);
  }
  // Made at its full length at once: the day alone fits the string's own room, the time does not.
  std::string out = "0000-00-00T00:00:00";
  put_digits(out.data(), d.year, 4);
  put_digits(out.data() + 5, d.month, 2);
  put_digits(out.data() + 8, d.day, 2);
  put_digits(out.data() + 11, value.hour, 2);
  put_digits(out.data() + 14, value.minute, 2);
  put_digits(out.data() + 17, value.second, 2);
  return out;
}

std::int64_t to_seconds(DateTime value)
{
  return std::int64_t{to_days(value.date)} * 86400 + value.hour * 3600 + value.minute * 60 + value.second;
}

bool is_known_zone(const std::string& tz_name)
{
  if (!is_zone_name_safe(tz_name)) {
    return false;
  }
  std::ifstream file(k_zoneinfo_dir + tz_name, std::ios::binary);
  char magic[4] = {};
  return file.read(magic, sizeof magic) && std::string_view(magic, sizeof magic) == "TZif";
}

DateTime zone_time_at(std::int64_t unix_seconds, const std::string& tz_name)
{
  const auto t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  if (is_known_zone(tz_name)) {
    // GCC 12 has no std::chrono time zones; glibc reads the TZif file named after ':'.
    const ScopedTz scoped(fmt::format(":{}{}", k_zoneinfo_dir, tz_name));
    if (localtime_r(&t, &tm) != nullptr) {
      return from_tm(tm);
    }
  }
  gmtime_r(&t, &tm);
  return from_tm(tm);
}

std::int64_t unix_seconds_in_zone(DateTime local, const std::string& tz_name)
{
  if (is_known_zone(tz_name)) {
    const ScopedTz scoped(fmt::format(":{}{}", k_zoneinfo_dir, tz_name));
    std::tm tm{};
    tm.tm_year = local.date.year - 1900;
    tm.tm_mon = local.date.month - 1;
    tm.tm_mday = local.date.day;
    tm.tm_hour = local.hour;
    tm.tm_min = local.minute;
    tm.tm_sec = local.second;
    tm.tm_isdst = -1; // let the zone's rules say whether summer time applies
    return static_cast<std::int64_t>(std::mktime(&tm));
  }
  return to_seconds(local);
}

DateTime now_in_zone(const std::string& tz_name)
{
  return zone_time_at(static_cast<std::int64_t>(std::time(nullptr)), tz_name);
}

Date today_in_zone(const std::string& tz_name)
{
  return now_in_zone(tz_name).date;
}

} // namespace czs
