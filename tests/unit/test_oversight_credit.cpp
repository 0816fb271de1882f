#include <doctest/doctest.h>

#include "base/error.hpp"
#include "oversight/credit.hpp"
#include "oversight/period_counts.hpp"
#include "oversight_fixture.hpp"

#include <map>

using namespace czs;
using namespace czs::oversight;

TEST_SUITE_BEGIN("oversight");

namespace {

Date day(const std::string& text)
{
  return parse_date(text).value();
}

std::int64_t add(test::OversightDb& t, const stations::Station& s, const std::string& date, bool serious)
{
  CreditIncident c;
  c.happened_on = date;
  c.serious = serious;
  c.description = "拖欠货款";
  auto tx = t.write();
  const std::int64_t id = record_credit_incident(tx, s, c);
  tx.commit();
  return id;
}

void correct(test::OversightDb& t, std::int64_t id, const std::string& date)
{
  auto tx = t.write();
  CreditIncident c = require_credit_incident(t.db(), id);
  correct_credit_incident(tx, c, date, "已还清");
  tx.commit();
}

std::map<std::int64_t, std::int64_t> overdue_on(test::OversightDb& t, const std::string& at, int grace = 30)
{
  std::map<std::int64_t, std::int64_t> out;
  overdue_credit_by_station(t.db(), day(at), grace, [&](const OverdueCredit& o) { out[o.station_id] = o.count; });
  return out;
}

} // namespace

TEST_CASE("correction_deadline and is_overdue: corrected on the last day of grace is in time")
{
  CreditIncident c;
  c.happened_on = "2026-01-31";
  c.serious = true;
  CHECK(to_string(correction_deadline(day("2026-01-31"), 30)) == "2026-03-02");
  CHECK(to_string(correction_deadline(day("2024-01-31"), 30)) == "2024-03-01");
  CHECK_FALSE(is_overdue(c, day("2026-03-02"), 30));
  CHECK(is_overdue(c, day("2026-03-03"), 30));
  c.corrected_on = "2026-03-02";
  CHECK_FALSE(is_overdue(c, day("2026-06-30"), 30));
  c.corrected_on = "2026-03-10"; // corrected late: overdue until then, not after
  CHECK(is_overdue(c, day("2026-03-09"), 30));
  CHECK_FALSE(is_overdue(c, day("2026-03-10"), 30));
  c.corrected_on.clear();
  c.serious = false;
  CHECK_FALSE(is_overdue(c, day("2027-01-01"), 30));
}

TEST_CASE("overdue_credit_by_station: serious, uncorrected on the day, grace ended before it")
{
  test::OversightDb t;
  const auto a = t.station("CN-A");
  const auto b = t.station("CN-B");
  const auto first = add(t, a, "2026-01-31", true);
  add(t, a, "2026-02-10", true);
  add(t, a, "2026-01-01", false);
  const auto late = add(t, b, "2026-02-01", true);
  correct(t, late, "2026-03-20");
  CHECK(overdue_on(t, "2026-03-02").empty());
  CHECK(overdue_on(t, "2026-03-03") == std::map<std::int64_t, std::int64_t>{{a.id, 1}});
  CHECK(overdue_on(t, "2026-03-04") == std::map<std::int64_t, std::int64_t>{{a.id, 1}, {b.id, 1}});
  CHECK(overdue_on(t, "2026-03-31") == std::map<std::int64_t, std::int64_t>{{a.id, 2}});
  correct(t, first, "2026-04-01");
  CHECK(overdue_on(t, "2026-03-31") == std::map<std::int64_t, std::int64_t>{{a.id, 2}}); // as it stood then
  CHECK(overdue_on(t, "2026-04-01") == std::map<std::int64_t, std::int64_t>{{a.id, 1}});
  CHECK(overdue_on(t, "2026-04-01", 60).empty());
}

namespace {

std::map<std::int64_t, CreditEligibility> eligible_in(test::OversightDb& t, const std::string& quarter, int grace = 30)
{
  std::map<std::int64_t, CreditEligibility> out;
  credit_eligibility_by_station(t.db(), *parse_period(quarter), grace,
                                [&](const CreditEligibility& c) { out[c.station_id] = c; });
  return out;
}

} // namespace

TEST_CASE("credit_eligibility_by_station: a grace period ending on the quarter's last day counts in that quarter")
{
  test::OversightDb t;
  const auto a = t.station("CN-A");
  const auto b = t.station("CN-B");
  add(t, a, "2026-05-31", true); // grace ends 2026-06-30, the last day of 2026Q2
  add(t, b, "2026-06-01", true); // grace ends 2026-07-01, the day after
  auto q2 = eligible_in(t, "2026Q2");
  REQUIRE(q2.count(a.id) == 1);
  CHECK(q2.count(b.id) == 0);
  CHECK(q2[a.id].incidents == 1);
  CHECK(q2[a.id].uncorrected_days == 31); // through the quarter's last day: one more than its grace
  CHECK(to_string(q2[a.id].happened_on) == "2026-05-31");
  CHECK(to_string(q2[a.id].grace_ended) == "2026-06-30");
  auto q3 = eligible_in(t, "2026Q3");
  CHECK(q3.count(a.id) == 1); // still uncorrected: reported again
  CHECK(q3[a.id].uncorrected_days == 123);
  REQUIRE(q3.count(b.id) == 1);
  CHECK(to_string(q3[b.id].grace_ended) == "2026-07-01");
}

TEST_CASE("credit_eligibility_by_station: a correction one day late does not erase what arose; in time it never arises")
{
  test::OversightDb t;
  const auto a = t.station("CN-A");
  const auto b = t.station("CN-B");
  const auto late = add(t, a, "2026-05-31", true);
  const auto in_time = add(t, b, "2026-05-31", true);
  correct(t, late, "2026-07-01");    // the day after grace ended
  correct(t, in_time, "2026-06-30"); // the last day of grace
  auto q2 = eligible_in(t, "2026Q2");
  REQUIRE(q2.count(a.id) == 1);
  CHECK(q2[a.id].uncorrected_days == 31); // to its correction on 07-01, more than the 30 days of grace
  CHECK(q2.count(b.id) == 0);
  // Corrected on the first day of Q3: no longer uncorrected in Q3.
  CHECK(eligible_in(t, "2026Q3").empty());
  CHECK(eligible_in(t, "2026Q2", 31).empty()); // with a longer grace, the correction was in time
}

TEST_CASE("credit incidents: corrected once, not before they happened")
{
  test::OversightDb t;
  const auto a = t.station("CN-A");
  const auto id = add(t, a, "2026-03-10", true);
  CHECK_THROWS_WITH_AS(correct(t, id, "2026-03-09"), doctest::Contains("before that"), Error);
  correct(t, id, "2026-03-10");
  CHECK_THROWS_WITH_AS(correct(t, id, "2026-03-11"), doctest::Contains("already corrected on 2026-03-10"), Error);
  const auto applied = t.station("CN-NEW", "");
  CHECK_THROWS_AS(add(t, applied, "2026-03-10", true), Error);
}
