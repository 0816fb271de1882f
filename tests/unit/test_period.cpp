#include <doctest/doctest.h>

#include "period/period.hpp"

#include <string>

#include <fmt/format.h>

using czs::Date;
using czs::Period;
using czs::PeriodKind;

TEST_SUITE_BEGIN("period");

namespace {

Date d(int y, int m, int day)
{
  return Date{y, m, day};
}

Period parsed(const char* text)
{
  const auto r = czs::parse_period(text);
  REQUIRE_MESSAGE(r.ok(), r.error());
  return *r;
}

const std::string k_forms = "use a month (2026-03), a quarter (2026Q1), a year (2026) or a range "
                            "of dates (2026-01-01..2026-03-31)";

} // namespace

TEST_CASE("parse_period reads a month")
{
  CHECK(parsed("2026-03") == Period{PeriodKind::month, d(2026, 3, 1), d(2026, 3, 31)});
  CHECK(parsed("2024-02") == Period{PeriodKind::month, d(2024, 2, 1), d(2024, 2, 29)});
  CHECK(parsed("2026-02").last == d(2026, 2, 28));
  CHECK(parsed("2026-12").last == d(2026, 12, 31));
}

TEST_CASE("parse_period reads a quarter in each accepted spelling")
{
  const Period q1{PeriodKind::quarter, d(2026, 1, 1), d(2026, 3, 31)};
  CHECK(parsed("2026Q1") == q1);
  CHECK(parsed("2026q1") == q1);
  CHECK(parsed("2026-Q1") == q1);
  CHECK(parsed("2026-q1") == q1);
  CHECK(parsed("2026Q2") == Period{PeriodKind::quarter, d(2026, 4, 1), d(2026, 6, 30)});
  CHECK(parsed("2026Q3") == Period{PeriodKind::quarter, d(2026, 7, 1), d(2026, 9, 30)});
  CHECK(parsed("2026Q4") == Period{PeriodKind::quarter, d(2026, 10, 1), d(2026, 12, 31)});
}

TEST_CASE("parse_period reads a year and a range")
{
  CHECK(parsed("2026") == Period{PeriodKind::year, d(2026, 1, 1), d(2026, 12, 31)});
  CHECK(parsed("2026-01-01..2026-03-31") == Period{PeriodKind::range, d(2026, 1, 1), d(2026, 3, 31)});
  CHECK(parsed("2026-03-15..2026-03-15") == Period{PeriodKind::range, d(2026, 3, 15), d(2026, 3, 15)});
}

TEST_CASE("parse_period refuses unknown forms, listing the accepted ones")
{
  for (const char* bad : {"",       "26",       "202",     "2026-3",       "2026-003",     "2026Q",      "2026Q12",
                          "2026-Q", "2026--Q1", "2026xQ1", "2026 Q1",      "Q1 2026",      "2026-03-15", "20260",
                          " 2026",  "2026 ",    "march",   "2026-01-01..", "..2026-01-01", "2026H1"}) {
    CAPTURE(bad);
    const auto r = czs::parse_period(bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == fmt::format("'{}' is not a period: {}", bad, k_forms));
  }
}

TEST_CASE("parse_period refuses out-of-range years, months and quarters")
{
  CHECK(czs::parse_period("2026-13").error()
        == "'2026-13' is not a period: there is no month 13; months run from 01 to 12");
  CHECK(czs::parse_period("2026-00").error().find("no month 00") != std::string::npos);
  CHECK(czs::parse_period("2026Q5").error() == "'2026Q5' is not a period: quarters run from Q1 to Q4");
  CHECK(czs::parse_period("2026Q0").error().find("Q1 to Q4") != std::string::npos);
  CHECK(czs::parse_period("1899").error() == "'1899' is not a period: the year must be between 1900 and 9999");
  CHECK(czs::parse_period("0000-01").error().find("between 1900 and 9999") != std::string::npos);
  CHECK(parsed("1900").first == d(1900, 1, 1));
  CHECK(parsed("9999Q4").last == d(9999, 12, 31));
}

TEST_CASE("parse_period refuses bad and reversed ranges")
{
  CHECK(czs::parse_period("2026-01-01..2026-02-30").error() == "'2026-02-30' is not a date: February 2026 has 28 days");
  CHECK(czs::parse_period("2026-1-1..2026-03-31").error().find("'2026-1-1' is not a date") != std::string::npos);
  CHECK(czs::parse_period("2026-03-31..2026-01-01").error()
        == "'2026-03-31..2026-01-01' is not a period: it ends (2026-01-01) before it starts "
           "(2026-03-31); write the earlier date first");
  CHECK_FALSE(czs::parse_period("2026-01-01...2026-03-31").ok());
  CHECK_FALSE(czs::parse_period("2026-01-01..2026-03-31..2026-04-01").ok());
}

TEST_CASE("label writes the canonical form and round trips through parse_period")
{
  CHECK(czs::label(parsed("2026-03")) == "2026-03");
  CHECK(czs::label(parsed("2026q1")) == "2026Q1");
  CHECK(czs::label(parsed("2026-Q4")) == "2026Q4");
  CHECK(czs::label(parsed("2026")) == "2026");
  CHECK(czs::label(parsed("2026-01-01..2026-03-31")) == "2026-01-01..2026-03-31");
  for (const char* text : {"2026-03", "2026Q2", "2026", "2025-12-30..2026-01-02"}) {
    CAPTURE(text);
    CHECK(parsed(czs::label(parsed(text)).c_str()) == parsed(text));
  }
}

TEST_CASE("contains includes both ends and nothing outside")
{
  const Period q1 = parsed("2026Q1");
  CHECK(czs::contains(q1, d(2026, 1, 1)));
  CHECK(czs::contains(q1, d(2026, 3, 31)));
  CHECK(czs::contains(q1, d(2026, 2, 15)));
  CHECK_FALSE(czs::contains(q1, d(2025, 12, 31)));
  CHECK_FALSE(czs::contains(q1, d(2026, 4, 1)));
}

TEST_CASE("month_of, quarter_of and year_of")
{
  CHECK(czs::month_of(d(2024, 2, 10)) == Period{PeriodKind::month, d(2024, 2, 1), d(2024, 2, 29)});
  CHECK(czs::quarter_of(d(2026, 3, 31)) == parsed("2026Q1"));
  CHECK(czs::quarter_of(d(2026, 4, 1)) == parsed("2026Q2"));
  CHECK(czs::quarter_of(d(2026, 12, 31)) == parsed("2026Q4"));
  CHECK(czs::year_of(d(2026, 7, 4)) == parsed("2026"));
}

TEST_CASE("quarter_number at quarter boundaries")
{
  CHECK(czs::quarter_number(d(2026, 1, 1)) == 1);
  CHECK(czs::quarter_number(d(2026, 3, 31)) == 1);
  CHECK(czs::quarter_number(d(2026, 4, 1)) == 2);
  CHECK(czs::quarter_number(d(2026, 6, 30)) == 2);
  CHECK(czs::quarter_number(d(2026, 7, 1)) == 3);
  CHECK(czs::quarter_number(d(2026, 9, 30)) == 3);
  CHECK(czs::quarter_number(d(2026, 10, 1)) == 4);
  CHECK(czs::quarter_number(d(2026, 12, 31)) == 4);
}

TEST_CASE("months_in lists whole months of a quarter and a year")
{
  const auto q1 = czs::months_in(parsed("2026Q1"));
  REQUIRE(q1.size() == 3);
  CHECK(q1[0] == parsed("2026-01"));
  CHECK(q1[1] == parsed("2026-02"));
  CHECK(q1[2] == parsed("2026-03"));
  CHECK(czs::months_in(parsed("2026")).size() == 12);
  CHECK(czs::months_in(parsed("2026")).back() == parsed("2026-12"));
  CHECK(czs::months_in(parsed("2026-02")) == std::vector<Period>{parsed("2026-02")});
}

TEST_CASE("months_in clips the months at the ends of a range")
{
  const auto parts = czs::months_in(parsed("2026-01-15..2026-03-10"));
  REQUIRE(parts.size() == 3);
  CHECK(parts[0] == Period{PeriodKind::range, d(2026, 1, 15), d(2026, 1, 31)});
  CHECK(parts[1] == parsed("2026-02"));
  CHECK(parts[2] == Period{PeriodKind::range, d(2026, 3, 1), d(2026, 3, 10)});
  const auto one_day = czs::months_in(parsed("2026-02-28..2026-02-28"));
  REQUIRE(one_day.size() == 1);
  CHECK(one_day[0] == Period{PeriodKind::range, d(2026, 2, 28), d(2026, 2, 28)});
  const auto across_year = czs::months_in(parsed("2025-12-31..2026-01-01"));
  REQUIRE(across_year.size() == 2);
  CHECK(across_year[0].first == d(2025, 12, 31));
  CHECK(across_year[1].last == d(2026, 1, 1));
  CHECK(czs::months_in(parsed("2026-01-01..2026-01-31"))[0].kind == PeriodKind::month);
}

TEST_CASE("previous steps back one month, quarter or year across year ends")
{
  CHECK(czs::previous(parsed("2026-03")) == parsed("2026-02"));
  CHECK(czs::previous(parsed("2026-01")) == parsed("2025-12"));
  CHECK(czs::previous(parsed("2024-03")) == parsed("2024-02"));
  CHECK(czs::previous(parsed("2026Q2")) == parsed("2026Q1"));
  CHECK(czs::previous(parsed("2026Q1")) == parsed("2025Q4"));
  CHECK(czs::previous(parsed("2026")) == parsed("2025"));
}

TEST_CASE("previous of a range is the same number of days just before it")
{
  CHECK(czs::previous(parsed("2026-03-01..2026-03-10")) == parsed("2026-02-19..2026-02-28"));
  CHECK(czs::previous(parsed("2026-01-01..2026-01-01")) == parsed("2025-12-31..2025-12-31"));
  CHECK(czs::previous(parsed("2024-03-01..2024-03-31")) == parsed("2024-01-30..2024-02-29"));
}

TEST_SUITE_END();
