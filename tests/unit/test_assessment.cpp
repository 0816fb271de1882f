#include <doctest/doctest.h>

#include "assessment/fact_gathering.hpp"
#include "assessment/monthly_rules.hpp"
#include "assessment/operating_days.hpp"
#include "assessment/quarterly_rules.hpp"
#include "storage/migrations.hpp"

#include <algorithm>

using namespace czs;
using namespace czs::assessment;

TEST_SUITE_BEGIN("assessment");

namespace {

Date d(const char* text)
{
  return *parse_date(text);
}

Period p(const char* text)
{
  return *parse_period(text);
}

StationLife station(const char* opened, std::optional<Date> exit = std::nullopt)
{
  return StationLife{7, "CN-KD-001", "卡达乡", OperatingSpan{d(opened), exit}};
}

// Facts that meet every monthly rule in a whole month.
MonthFacts good_month()
{
  MonthFacts f;
  f.inspections = 2;
  f.approved_posts = 15;
  f.stocktake = StocktakeState::matched;
  return f;
}

std::vector<Finding> month_findings(const StationLife& s, const char* month, const MonthFacts& f,
                                    const rules::Parameters& params = rules::default_parameters())
{
  std::vector<Finding> out;
  check_month(s, p(month), f, params, out);
  return out;
}

bool has(const std::vector<Finding>& fs, const char* rule)
{
  return std::any_of(fs.begin(), fs.end(), [&](const Finding& f) { return f.rule == rule; });
}

QuarterFacts good_quarter()
{
  QuarterFacts q;
  q.reached_callbacks = 1;
  q.half_year_volume = 100;
  return q;
}

} // namespace

TEST_CASE("operating days: opening day counts, the exit day does not")
{
  CHECK(operating_days({d("2026-05-20"), {}}, p("2026-05")) == 12);
  CHECK(operating_days({d("2026-05-01"), d("2026-05-11")}, p("2026-05")) == 10);
  CHECK(operating_days({d("2026-06-01"), {}}, p("2026-05")) == 0);
  CHECK(operating_days({d("2024-02-01"), {}}, p("2024-02")) == 29); // leap year
  CHECK(operating_days({d("2026-02-01"), {}}, p("2026-02")) == 28);
  CHECK(operating_days({d("2026-01-01"), {}}, p("2026Q1")) == 90);
}

TEST_CASE("operating days: quotas are prorated and rounded up")
{
  CHECK(prorated_quota(2, 31, 31) == 2);
  CHECK(prorated_quota(2, 12, 31) == 1);
  CHECK(prorated_quota(2, 16, 31) == 2);
  CHECK(prorated_quota(2, 15, 30) == 1);
  CHECK(prorated_quota(15, 1, 31) == 1);
  CHECK(prorated_quota(15, 0, 31) == 0);
  CHECK(prorated_quota(0, 31, 31) == 0);
}

TEST_CASE("operating days: six whole months at the quarter's end")
{
  // Opened on 2026-01-01: six months are complete at the end of 2026-06-30.
  CHECK(operated_months_by({d("2026-01-01"), {}}, 6, d("2026-06-30")));
  // Opened on 2026-01-02: 5 months 30 days at the end of 2026-06-30.
  CHECK_FALSE(operated_months_by({d("2026-01-02"), {}}, 6, d("2026-06-30")));
  // Month ends clamp: opened 2025-08-31, the six-month anniversary is 2026-02-28, so six
  // months are complete at the end of the day before it.
  CHECK(operated_months_by({d("2025-08-31"), {}}, 6, d("2026-02-27")));
  CHECK_FALSE(operated_months_by({d("2025-08-31"), {}}, 6, d("2026-02-26")));
  // Leap year: opened 2023-08-31, anniversary 2024-02-29.
  CHECK(operated_months_by({d("2023-08-31"), {}}, 6, d("2024-02-28")));
  CHECK_FALSE(operated_months_by({d("2023-08-31"), {}}, 6, d("2024-02-27")));
}

TEST_CASE("R-INSPECT-FREQ: 1 vs 2 inspections in a whole month; 1 is enough when opened on the 20th")
{
  auto f = good_month();
  f.inspections = 1;
  auto fs = month_findings(station("2026-01-01"), "2026-05", f);
  REQUIRE(has(fs, "R-INSPECT-FREQ"));
  CHECK(fs[0].duty == rules::Duty::centre);
  CHECK(fs[0].measured == 1);
  CHECK(fs[0].threshold == 2);
  CHECK(fs[0].period == "2026-05");
  f.inspections = 2;
  CHECK_FALSE(has(month_findings(station("2026-01-01"), "2026-05", f), "R-INSPECT-FREQ"));
  // Opened on 2026-05-20: 12 of 31 days, so ceil(2 × 12 / 31) = 1 inspection is due.
  f.inspections = 1;
  f.approved_posts = 15;
  CHECK_FALSE(has(month_findings(station("2026-05-20"), "2026-05", f), "R-INSPECT-FREQ"));
  f.inspections = 0;
  CHECK(has(month_findings(station("2026-05-20"), "2026-05", f), "R-INSPECT-FREQ"));
}

TEST_CASE("R-POST-QUOTA: 14 vs 15 approved non-duplicate posts")
{
  auto f = good_month();
  f.approved_posts = 14;
  auto fs = month_findings(station("2026-01-01"), "2026-05", f);
  REQUIRE(has(fs, "R-POST-QUOTA"));
  CHECK(fs[0].article == "12");
  CHECK(fs[0].duty == rules::Duty::station);
  f.approved_posts = 15;
  CHECK(month_findings(station("2026-01-01"), "2026-05", f).empty());
}

TEST_CASE("R-POST-VIOLATIONS: 2 vs 3 violations, raised when a violation is added")
{
  auto f = good_month();
  f.violations_in_month = 1;
  f.violations_in_window = 2;
  CHECK_FALSE(has(month_findings(station("2026-01-01"), "2026-05", f), "R-POST-VIOLATIONS"));
  f.violations_in_window = 3;
  auto fs = month_findings(station("2026-01-01"), "2026-05", f);
  REQUIRE(has(fs, "R-POST-VIOLATIONS"));
  CHECK(fs[0].measured == 3);
  CHECK(fs[0].threshold == 3);
  f.violations_in_month = 0; // a quiet month after the third: no new finding
  CHECK_FALSE(has(month_findings(station("2026-01-01"), "2026-05", f), "R-POST-VIOLATIONS"));
}

TEST_CASE("R-STOCKTAKE: missing, unclosed or mismatched; owed only if open at month end")
{
  auto f = good_month();
  for (auto state : {StocktakeState::missing, StocktakeState::unclosed, StocktakeState::mismatched}) {
    f.stocktake = state;
    CHECK(has(month_findings(station("2026-01-01"), "2026-05", f), "R-STOCKTAKE"));
  }
  f.stocktake = StocktakeState::missing;
  // Exit decided on 2026-05-31: not operating on the last day, no stock-take owed.
  auto closing = station("2026-01-01", d("2026-05-31"));
  f.inspections = 2;
  f.approved_posts = 15;
  CHECK_FALSE(has(month_findings(closing, "2026-05", f), "R-STOCKTAKE"));
  // Opened on the last day of the month: it owes the count.
  CHECK(has(month_findings(station("2026-05-31"), "2026-05", f), "R-STOCKTAKE"));
}

TEST_CASE("monthly rules: a month the station never operated has no findings")
{
  CHECK(month_findings(station("2026-06-01"), "2026-05", MonthFacts{}).empty());
  CHECK(month_findings(station("2026-01-01", d("2026-05-01")), "2026-05", MonthFacts{}).empty());
}

TEST_CASE("R-PICKUP-NOTICE and R-FEE count the late notices and overcharges")
{
  auto f = good_month();
  f.late_notices = 2;
  f.overcharged_fees = 1;
  auto fs = month_findings(station("2026-01-01"), "2026-05", f);
  CHECK(has(fs, "R-PICKUP-NOTICE"));
  CHECK(has(fs, "R-FEE"));
}

TEST_CASE("R-VOLUME: 99 vs 100 records in the half year")
{
  auto q = good_quarter();
  q.half_year_volume = 99;
  auto out = check_quarter(station("2025-10-01"), p("2026Q2"), q, rules::default_parameters());
  REQUIRE(has(out.findings, "R-VOLUME"));
  CHECK(out.order_rectification);
  q.half_year_volume = 100;
  out = check_quarter(station("2025-10-01"), p("2026Q2"), q, rules::default_parameters());
  CHECK(out.findings.empty());
  CHECK_FALSE(out.order_rectification);
}

TEST_CASE("R-VOLUME: 5 months 30 days open is not judged; 6 months is")
{
  auto q = good_quarter();
  q.half_year_volume = 10;
  CHECK_FALSE(check_quarter(station("2026-01-02"), p("2026Q2"), q, rules::default_parameters()).order_rectification);
  CHECK(check_quarter(station("2026-01-01"), p("2026Q2"), q, rules::default_parameters()).order_rectification);
}

TEST_CASE("R-TERMINATE-VOLUME: improvement in the second quarter vs none for three")
{
  const auto s = station("2025-01-01");
  auto q = good_quarter();
  q.half_year_volume = 40;
  q.rectification = OpenRectification{1, "2025Q4", 0};
  // First quarter end after the order: no improvement.
  auto out = check_quarter(s, p("2026Q1"), q, rules::default_parameters());
  CHECK(out.quarters_without_improvement == 1);
  CHECK_FALSE(out.eligible_volume_termination);
  CHECK_FALSE(out.order_rectification); // no second order while one is in force
  // Second: improvement lifts the order.
  q.rectification->quarters_without_improvement = 1;
  q.half_year_volume = 100;
  out = check_quarter(s, p("2026Q2"), q, rules::default_parameters());
  CHECK(out.lift_rectification);
  CHECK_FALSE(out.eligible_volume_termination);
  // None for three consecutive quarter ends: eligible at the third.
  q.half_year_volume = 99;
  q.rectification->quarters_without_improvement = 1;
  out = check_quarter(s, p("2026Q2"), q, rules::default_parameters());
  CHECK_FALSE(out.eligible_volume_termination);
  q.rectification->quarters_without_improvement = 2;
  out = check_quarter(s, p("2026Q3"), q, rules::default_parameters());
  CHECK(out.eligible_volume_termination);
  CHECK(out.quarters_without_improvement == 3);
  CHECK(has(out.findings, "R-TERMINATE-VOLUME"));
}

TEST_CASE("R-TERMINATE-CREDIT and R-CALLBACK")
{
  auto q = good_quarter();
  q.overdue_credit_incidents = 1;
  q.credit_uncorrected_days = 31;
  q.credit_happened_on = "2026-03-01";
  q.credit_grace_ended = "2026-03-31";
  q.reached_callbacks = 0;
  auto out = check_quarter(station("2025-01-01"), p("2026Q1"), q, rules::default_parameters());
  CHECK(out.eligible_credit_termination);
  REQUIRE(has(out.findings, "R-TERMINATE-CREDIT"));
  // A grace period ending on the quarter's last day: the message names the incident's day and
  // that last day, never a day after the quarter.
  for (const auto& f : out.findings) {
    if (f.rule == "R-TERMINATE-CREDIT") {
      CHECK(f.measured == 31);
      CHECK(f.threshold == 30);
      CHECK(f.text().find("of 2026-03-01, stayed uncorrected 31 days (its grace period ended on 2026-03-31)")
            != std::string::npos);
    }
  }
  REQUIRE(has(out.findings, "R-CALLBACK"));
  CHECK(out.findings[0].duty == rules::Duty::centre);
  // A station whose exit was decided before the quarter's last day is not called.
  q.overdue_credit_incidents = 0;
  out = check_quarter(station("2025-01-01", d("2026-03-31")), p("2026Q1"), q, rules::default_parameters());
  CHECK_FALSE(has(out.findings, "R-CALLBACK"));
}

TEST_CASE("gather_months: late notices of a quarter count in the month of their arrival")
{
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  for (const auto& m : storage::embedded_migrations()) {
    db.exec(m.sql);
  }
  db.exec("INSERT INTO station (id, code, name, township, village, premises, area_centi_m2, population, "
          "manager_name, manager_phone, status, applied_on, opened_on) VALUES "
          "(1, 'CN-A', 'A', 'T1', 'V', 'other', 4000, 100, 'M', '13900000000', 'open', '2026-01-01', '2026-01-10')");
  db.exec(
      "INSERT INTO parcel (station_id, direction, status, carrier, tracking_no, person_name, person_phone, fee_fen, "
      "arrived_at, notified_at) VALUES "
      "(1, 'in', 'notified', 'c', 'A', 'n', '1', 0, '2026-04-03T10:00:00', '2026-04-05T10:00:00'),"
      "(1, 'in', 'arrived', 'c', 'B', 'n', '1', 0, '2026-05-30T10:00:00', NULL),"
      "(1, 'in', 'notified', 'c', 'C', 'n', '1', 0, '2026-06-10T10:00:00', '2026-06-10T12:00:00'),"
      "(1, 'in', 'notified', 'c', 'D', 'n', '1', 0, '2026-07-01T10:00:00', '2026-07-05T12:00:00')");
  const auto facts = gather_months(db, p("2026Q2"), d("2026-07-01"), rules::default_parameters());
  REQUIRE(facts.size() == 3);
  CHECK(facts[0].at(1).late_notices == 1);
  CHECK(facts[1].at(1).late_notices == 1);
  CHECK_FALSE(facts[2].contains(1)); // notified in time, and July is another quarter
}
