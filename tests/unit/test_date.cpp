#include <doctest/doctest.h>

#include "period/date.hpp"

#include <cstdlib>
#include <ctime>
#include <string>

#include <fmt/format.h>

using czs::Date;
using czs::DateTime;

TEST_SUITE_BEGIN("date");

namespace {

Date d(int y, int m, int day)
{
  return Date{y, m, day};
}

} // namespace

TEST_CASE("is_leap_year follows the Gregorian century rule")
{
  CHECK(czs::is_leap_year(2024));
  CHECK(czs::is_leap_year(2000));
  CHECK(czs::is_leap_year(2400));
  CHECK_FALSE(czs::is_leap_year(2100));
  CHECK_FALSE(czs::is_leap_year(1900));
  CHECK_FALSE(czs::is_leap_year(2026));
  CHECK_FALSE(czs::is_leap_year(2023));
}

TEST_CASE("days_in_month for every month and February in leap years")
{
  const int expected[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  for (int m = 1; m <= 12; ++m) {
    CAPTURE(m);
    CHECK(czs::days_in_month(2026, m) == expected[m - 1]);
  }
  CHECK(czs::days_in_month(2024, 2) == 29);
  CHECK(czs::days_in_month(2000, 2) == 29);
  CHECK(czs::days_in_month(2100, 2) == 28);
}

TEST_CASE("parse_date accepts valid dates at the edges")
{
  CHECK(*czs::parse_date("2026-03-15") == d(2026, 3, 15));
  CHECK(*czs::parse_date("2024-02-29") == d(2024, 2, 29));
  CHECK(*czs::parse_date("2000-02-29") == d(2000, 2, 29));
  CHECK(*czs::parse_date("1900-01-01") == d(1900, 1, 1));
  CHECK(*czs::parse_date("9999-12-31") == d(9999, 12, 31));
  CHECK(*czs::parse_date("2026-01-31") == d(2026, 1, 31));
}

TEST_CASE("parse_date refuses other forms with a message showing the right one")
{
  for (const char* bad : {"", "2026-3-15", "2026/03/15", "20260315", " 2026-03-15", "2026-03-15 ", "2026-03-1a",
                          "+026-03-15", "2026-03-15T00:00", "２０２６-03-15"}) {
    CAPTURE(bad);
    const auto r = czs::parse_date(bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == fmt::format("'{}' is not a date: use YYYY-MM-DD, for example 2026-03-15", bad));
  }
}

TEST_CASE("parse_date refuses years, months and days out of range")
{
  CHECK(czs::parse_date("1899-12-31").error() == "'1899-12-31' is not a date: the year must be between 1900 and 9999");
  CHECK(czs::parse_date("0000-01-01").error().find("between 1900 and 9999") != std::string::npos);
  CHECK(czs::parse_date("2026-13-01").error()
        == "'2026-13-01' is not a date: there is no month 13; months run from 01 to 12");
  CHECK(czs::parse_date("2026-00-10").error().find("no month 00") != std::string::npos);
  CHECK(czs::parse_date("2026-02-30").error() == "'2026-02-30' is not a date: February 2026 has 28 days");
  CHECK(czs::parse_date("2026-02-29").error() == "'2026-02-29' is not a date: February 2026 has 28 days");
  CHECK(czs::parse_date("2100-02-29").error() == "'2100-02-29' is not a date: February 2100 has 28 days");
  CHECK(czs::parse_date("2026-04-31").error() == "'2026-04-31' is not a date: April 2026 has 30 days");
  CHECK(czs::parse_date("2026-01-00").error() == "'2026-01-00' is not a date: January 2026 has 31 days");
  CHECK(czs::parse_date("2026-12-32").error() == "'2026-12-32' is not a date: December 2026 has 31 days");
}

TEST_CASE("to_string writes zero-padded ISO dates and round trips with parse_date")
{
  CHECK(czs::to_string(d(2026, 3, 5)) == "2026-03-05");
  CHECK(czs::to_string(d(1900, 1, 1)) == "1900-01-01");
  CHECK(*czs::parse_date(czs::to_string(d(2024, 2, 29))) == d(2024, 2, 29));
}

TEST_CASE("to_days counts from 1970-01-01")
{
  CHECK(czs::to_days(d(1970, 1, 1)) == 0);
  CHECK(czs::to_days(d(1970, 1, 2)) == 1);
  CHECK(czs::to_days(d(1969, 12, 31)) == -1);
  CHECK(czs::to_days(d(2000, 3, 1)) == 11017);
  CHECK(czs::to_days(d(2026, 3, 15)) == 20527);
  CHECK(czs::to_days(d(1900, 1, 1)) == -25567);
}

TEST_CASE("from_days inverts to_days for every day from 1900 to 2100")
{
  const int first = czs::to_days(d(1900, 1, 1));
  const int last = czs::to_days(d(2100, 12, 31));
  Date expected = d(1900, 1, 1);
  for (int n = first; n <= last; ++n) {
    const Date got = czs::from_days(n);
    if (got != expected || czs::to_days(got) != n) {
      FAIL("mismatch at day ", n, ": ", czs::to_string(got), " expected ", czs::to_string(expected));
    }
    // step expected by hand, so the check does not lean on the code under test
    if (expected.day < czs::days_in_month(expected.year, expected.month)) {
      ++expected.day;
    } else if (expected.month < 12) {
      expected = d(expected.year, expected.month + 1, 1);
    } else {
      expected = d(expected.year + 1, 1, 1);
    }
  }
  CHECK(czs::from_days(last) == d(2100, 12, 31));
}

TEST_CASE("add_days crosses month, year and leap-day boundaries")
{
  CHECK(czs::add_days(d(2024, 2, 28), 1) == d(2024, 2, 29));
  CHECK(czs::add_days(d(2026, 2, 28), 1) == d(2026, 3, 1));
  CHECK(czs::add_days(d(2026, 12, 31), 1) == d(2027, 1, 1));
  CHECK(czs::add_days(d(2026, 1, 1), -1) == d(2025, 12, 31));
  CHECK(czs::add_days(d(2026, 3, 15), 0) == d(2026, 3, 15));
  CHECK(czs::add_days(d(2026, 1, 1), 365) == d(2027, 1, 1));
}

TEST_CASE("add_months clamps to the end of shorter months")
{
  CHECK(czs::add_months(d(2026, 1, 31), 1) == d(2026, 2, 28));
  CHECK(czs::add_months(d(2024, 1, 31), 1) == d(2024, 2, 29));
  CHECK(czs::add_months(d(2026, 3, 31), 1) == d(2026, 4, 30));
  CHECK(czs::add_months(d(2026, 3, 31), -1) == d(2026, 2, 28));
  CHECK(czs::add_months(d(2024, 2, 29), 12) == d(2025, 2, 28));
  CHECK(czs::add_months(d(2026, 11, 15), 2) == d(2027, 1, 15));
  CHECK(czs::add_months(d(2026, 1, 15), -1) == d(2025, 12, 15));
  CHECK(czs::add_months(d(2026, 1, 15), -13) == d(2024, 12, 15));
  CHECK(czs::add_months(d(2026, 6, 30), 0) == d(2026, 6, 30));
  CHECK(czs::add_months(d(2026, 1, 1), 6) == d(2026, 7, 1));
}

TEST_CASE("first_of_month and last_of_month")
{
  CHECK(czs::first_of_month(d(2026, 3, 15)) == d(2026, 3, 1));
  CHECK(czs::last_of_month(d(2026, 3, 15)) == d(2026, 3, 31));
  CHECK(czs::last_of_month(d(2024, 2, 1)) == d(2024, 2, 29));
  CHECK(czs::last_of_month(d(2026, 2, 1)) == d(2026, 2, 28));
  CHECK(czs::last_of_month(d(2026, 4, 30)) == d(2026, 4, 30));
}

TEST_CASE("Date compares chronologically")
{
  CHECK(d(2026, 3, 15) < d(2026, 3, 16));
  CHECK(d(2026, 2, 28) < d(2026, 3, 1));
  CHECK(d(2025, 12, 31) < d(2026, 1, 1));
  CHECK(d(2026, 3, 15) == d(2026, 3, 15));
}

TEST_CASE("parse_date_time accepts a date, HH:MM and HH:MM:SS with T or a space")
{
  CHECK(*czs::parse_date_time("2026-03-15") == DateTime{d(2026, 3, 15), 0, 0, 0});
  CHECK(*czs::parse_date_time("2026-03-15T09:30") == DateTime{d(2026, 3, 15), 9, 30, 0});
  CHECK(*czs::parse_date_time("2026-03-15 09:30") == DateTime{d(2026, 3, 15), 9, 30, 0});
  CHECK(*czs::parse_date_time("2026-03-15T23:59:59") == DateTime{d(2026, 3, 15), 23, 59, 59});
  CHECK(*czs::parse_date_time("2026-03-15 00:00:00") == DateTime{d(2026, 3, 15), 0, 0, 0});
}

TEST_CASE("parse_date_time refuses bad forms, times and dates")
{
  for (const char* bad : {"2026-03-15T9:30", "2026-03-15t09:30", "2026-03-15T09:30Z", "2026-03-15T09:30+08:00",
                          "2026-03-15T09", "2026-03-15T09-30", "2026-03-15T09:30:5", ""}) {
    CAPTURE(bad);
    const auto r = czs::parse_date_time(bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().find("is not a date and time: use YYYY-MM-DD") != std::string::npos);
  }
  for (const char* bad : {"2026-03-15T24:00", "2026-03-15T23:60", "2026-03-15 10:00:60", "2026-03-15Taa:00"}) {
    CAPTURE(bad);
    CHECK(czs::parse_date_time(bad).error().find("is not a valid time") != std::string::npos);
  }
  CHECK(czs::parse_date_time("2026-02-30T10:00").error() == "'2026-02-30' is not a date: February 2026 has 28 days");
}

TEST_CASE("to_string of DateTime and to_seconds")
{
  CHECK(czs::to_string(DateTime{d(2026, 3, 5), 7, 8, 9}) == "2026-03-05T07:08:09");
  CHECK(czs::to_seconds(DateTime{d(1970, 1, 1), 0, 0, 0}) == 0);
  CHECK(czs::to_seconds(DateTime{d(1970, 1, 2), 0, 0, 1}) == 86401);
  CHECK(czs::to_seconds(DateTime{d(1969, 12, 31), 23, 59, 59}) == -1);
  CHECK(czs::to_seconds(DateTime{d(2026, 3, 15), 9, 30, 0}) == 1773567000);
  CHECK(czs::to_seconds(DateTime{d(9999, 12, 31), 23, 59, 59}) == 253402300799);
}

TEST_CASE("DateTime compares by date, then time")
{
  CHECK(DateTime{d(2026, 3, 15), 23, 0, 0} < DateTime{d(2026, 3, 16), 0, 0, 0});
  CHECK(DateTime{d(2026, 3, 15), 9, 30, 0} < DateTime{d(2026, 3, 15), 9, 30, 1});
}

TEST_CASE("is_known_zone accepts tz database names and refuses everything else")
{
  CHECK(czs::is_known_zone("Asia/Shanghai"));
  CHECK(czs::is_known_zone("UTC"));
  CHECK_FALSE(czs::is_known_zone("Asia/Nowhere"));
  CHECK_FALSE(czs::is_known_zone(""));
  CHECK_FALSE(czs::is_known_zone("Asia")); // a folder
  CHECK_FALSE(czs::is_known_zone("../../../etc/passwd"));
  CHECK_FALSE(czs::is_known_zone("/usr/share/zoneinfo/UTC"));
  CHECK_FALSE(czs::is_known_zone("zone.tab")); // not a TZif file
  CHECK_FALSE(czs::is_known_zone("Asia/Shanghai "));
}

TEST_CASE("zone_time_at converts a moment to the zone's wall clock")
{
  // 2026-03-14T16:30:00Z is already the 15th in Shanghai.
  const std::int64_t moment = czs::to_seconds(DateTime{d(2026, 3, 14), 16, 30, 0});
  CHECK(czs::zone_time_at(moment, "Asia/Shanghai") == DateTime{d(2026, 3, 15), 0, 30, 0});
  CHECK(czs::zone_time_at(moment, "UTC") == DateTime{d(2026, 3, 14), 16, 30, 0});
  CHECK(czs::zone_time_at(moment, "Not/AZone") == DateTime{d(2026, 3, 14), 16, 30, 0});
  // a zone with daylight saving time: EDT in July, EST in January
  const std::int64_t july = czs::to_seconds(DateTime{d(2026, 7, 1), 12, 0, 0});
  const std::int64_t january = czs::to_seconds(DateTime{d(2026, 1, 15), 12, 0, 0});
  CHECK(czs::zone_time_at(july, "America/New_York") == DateTime{d(2026, 7, 1), 8, 0, 0});
  CHECK(czs::zone_time_at(january, "America/New_York") == DateTime{d(2026, 1, 15), 7, 0, 0});
}

TEST_CASE("zone_time_at restores TZ, whether it was set or not")
{
  const char* saved = std::getenv("TZ");
  const std::string saved_value = saved ? saved : "";

  setenv("TZ", "Europe/Paris", 1);
  czs::zone_time_at(0, "Asia/Shanghai");
  REQUIRE(std::getenv("TZ") != nullptr);
  CHECK(std::string(std::getenv("TZ")) == "Europe/Paris");

  unsetenv("TZ");
  czs::zone_time_at(0, "Asia/Shanghai");
  CHECK(std::getenv("TZ") == nullptr);

  if (saved) {
    setenv("TZ", saved_value.c_str(), 1);
  }
  tzset();
}

TEST_CASE("now_in_zone and today_in_zone agree with the system clock")
{
  const std::int64_t before = std::time(nullptr);
  const DateTime shanghai = czs::now_in_zone("Asia/Shanghai");
  const DateTime utc = czs::now_in_zone("UTC");
  const std::int64_t after = std::time(nullptr);
  const std::int64_t offset = czs::to_seconds(shanghai) - czs::to_seconds(utc);
  CHECK(offset >= 8 * 3600 - (after - before) - 1);
  CHECK(offset <= 8 * 3600 + (after - before) + 1);
  const Date today = czs::today_in_zone("Asia/Shanghai");
  CHECK((today == shanghai.date || today == czs::add_days(shanghai.date, 1)));
  const Date fallback = czs::today_in_zone("Bad/Zone"); // UTC
  CHECK((fallback == utc.date || fallback == czs::add_days(utc.date, 1)));
}

TEST_SUITE_END();
