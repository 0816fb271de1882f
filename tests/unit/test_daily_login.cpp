#include <doctest/doctest.h>

// R-DAILY-LOGIN (Art. 12) and the days of platform activity it counts: the rule at its
// boundaries, and the records as the import and `review login add` write them.

#include "assessment/fact_gathering.hpp"
#include "assessment/judgement.hpp"
#include "assessment/login_activity.hpp"
#include "assessment/monthly_rules.hpp"
#include "base/error.hpp"
#include "oversight/platform_login.hpp"
#include "oversight_fixture.hpp"
#include "rules/rule_catalogue.hpp"

#include <algorithm>
#include <sstream>

using namespace czs;
using namespace czs::assessment;

TEST_SUITE_BEGIN("daily_login");

namespace {

Date d(const char* text)
{
  return *parse_date(text);
}

Period p(const char* text)
{
  return *parse_period(text);
}

rules::Parameters minimum(int days)
{
  rules::Parameters params = rules::default_parameters();
  params.min_login_days = days;
  return params;
}

// The R-DAILY-LOGIN finding of one station's month, if any: the other monthly rules are met.
std::optional<Finding> login_finding(const char* opened, const char* month, int active, int min_days)
{
  MonthFacts f;
  f.inspections = 2;
  f.approved_posts = 15;
  f.stocktake = StocktakeState::matched;
  f.login_days = active;
  std::vector<Finding> out;
  check_month(StationLife{7, "CN-KD-001", "卡达乡", OperatingSpan{d(opened), std::nullopt}}, p(month), f,
              minimum(min_days), out);
  const auto it = std::find_if(out.begin(), out.end(), [](const Finding& x) { return x.rule == "R-DAILY-LOGIN"; });
  return it == out.end() ? std::nullopt : std::optional<Finding>(*it);
}

oversight::LoginImportSummary import_text(test::OversightDb& t, const std::string& csv)
{
  std::istringstream in(csv);
  oversight::LoginImportOptions options;
  options.source = "logins.csv";
  options.today = d("2026-11-28");
  options.recorded_by = "tester";
  auto tx = t.write();
  const auto summary = oversight::import_logins(tx, in, options);
  tx.commit();
  return summary;
}

std::int64_t day_count(test::OversightDb& t)
{
  return t.db().execAndGet("SELECT count(*) FROM platform_login").getInt64();
}

} // namespace

TEST_CASE("R-DAILY-LOGIN: a minimum of 0, the default, records the days and finds nothing")
{
  CHECK(rules::default_parameters().min_login_days == 0);
  CHECK_FALSE(login_finding("2026-01-01", "2026-05", 0, 0));
  CHECK(login_days_due(minimum(0), 31, 31) == 0);
  const RegisterEntry station{7, "CN-KD-001", d("2026-01-01"), std::nullopt};
  const auto judged = judge_station(station, p("2026-05"), false, minimum(0));
  const auto it = std::find_if(judged.rules.begin(), judged.rules.end(),
                               [](const RuleJudged& r) { return r.rule == rules::Rule::daily_login; });
  REQUIRE(it != judged.rules.end());
  CHECK(it->reason == NotJudged::not_required);
  CHECK(judge_station(station, p("2026-05"), false, minimum(20)).rules.back().reason == NotJudged::judged);
}

TEST_CASE("R-DAILY-LOGIN: exactly the minimum passes, one day fewer is a finding of the station's days")
{
  CHECK_FALSE(login_finding("2026-01-01", "2026-05", 20, 20));
  CHECK_FALSE(login_finding("2026-01-01", "2026-05", 31, 20));
  const auto f = login_finding("2026-01-01", "2026-05", 19, 20);
  REQUIRE(f);
  CHECK(f->measured == 19);
  CHECK(f->threshold == 20);
  CHECK(f->article == "12");
  CHECK(f->period == "2026-05");
  CHECK(f->text().find("19 day(s) of 2026-05; 20 were due for 31 day(s) open") != std::string::npos);
}

TEST_CASE("R-DAILY-LOGIN: a station opened mid-month owes the minimum prorated to its days, rounded up")
{
  // Opened 2026-05-20: 12 of 31 days; 20 × 12 / 31 = 7.7, so 8 days are due.
  CHECK(login_days_due(minimum(20), 12, 31) == 8);
  CHECK_FALSE(login_finding("2026-05-20", "2026-05", 8, 20));
  const auto f = login_finding("2026-05-20", "2026-05", 7, 20);
  REQUIRE(f);
  CHECK(f->threshold == 8);
  // A station that did not operate in the month owes nothing.
  CHECK_FALSE(login_finding("2026-06-01", "2026-05", 0, 20));
}

TEST_CASE("R-DAILY-LOGIN: a minimum above the month's days asks for every day it operated")
{
  CHECK(login_days_due(minimum(31), 28, 28) == 28); // February
  CHECK_FALSE(login_finding("2026-01-01", "2026-02", 28, 31));
  CHECK(login_finding("2026-01-01", "2026-02", 27, 31)->threshold == 28);
  CHECK(login_days_due(minimum(31), 3, 30) == 3);
}

TEST_CASE("import_logins: logins of a day count once with the earliest time; importing again adds nothing")
{
  test::OversightDb t;
  t.station("CN-A");
  t.station("CN-B", "2026-03-04");
  const std::string csv = "账号,站点编号,登录时间\r\n"
                          "a,cn-a,2026/3/5 9:05\r\n"
                          "a,CN-A,2026-03-05 08:01:30\r\n"
                          "a,CN-A,2026年3月6日\r\n"
                          "b,CN-B,2026-03-05 10:00\r\n";
  const auto first = import_text(t, csv);
  CHECK(first.rows == 4);
  CHECK(first.days == 3);
  CHECK(first.already == 0);
  CHECK(first.stations == 2);
  const auto day = oversight::find_login_day(t.db(), 1, "2026-03-05");
  REQUIRE(day);
  CHECK(day->first_login == "08:01:30");
  CHECK(day->source == oversight::LoginSource::import);
  CHECK(day->recorded_by == "tester");
  CHECK(oversight::find_login_day(t.db(), 1, "2026-03-06")->first_login.empty());

  const auto again = import_text(t, csv);
  CHECK(again.days == 0);
  CHECK(again.already == 3);
  CHECK(day_count(t) == 3);

  // The month's count, for the rule and the evaluation.
  std::map<std::int64_t, std::int64_t> counts;
  oversight::login_days_by_station(t.db(), p("2026-03"),
                                   [&](const oversight::StationCount& c) { counts[c.station_id] = c.count; });
  CHECK(counts == std::map<std::int64_t, std::int64_t>{{1, 2}, {2, 1}});
  const auto facts = gather_months(t.db(), p("2026-03"), d("2026-11-28"), minimum(20));
  CHECK(facts[0].at(1).login_days == 2);
  const auto activity = login_activity(t.db(), p("2026-03"), minimum(20));
  REQUIRE(activity.size() == 2);
  CHECK(activity[1].code == "CN-B");
  CHECK(activity[1].operated_days == 28); // opened on the 4th
  CHECK(activity[1].due == 19);           // 20 × 28 / 31, rounded up
  CHECK(activity[1].active_days == 1);
}

TEST_CASE("import_logins: an unknown station or a bad row refuses the whole file, every row named")
{
  test::OversightDb t;
  t.station("CN-A");
  t.station("CN-NEW", "");
  const std::string csv = "station,time\n"
                          "CN-A,2026-03-05 09:00\n"
                          "CN-X,2026-03-05 09:00\n"
                          "CN-A,2026-03-32 09:00\n"
                          "CN-A,2026-12-01 09:00\n"
                          "CN-NEW,2026-03-05 09:00\n";
  try {
    import_text(t, csv);
    FAIL("the import should have been refused");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::bad_data);
    std::string all;
    for (const auto& diag : e.diagnostics()) {
      all += diag.message + "\n";
    }
    CHECK(all.find("logins.csv line 3: no station with code CN-X") != std::string::npos);
    CHECK(all.find("logins.csv line 4:") != std::string::npos);
    CHECK(all.find("logins.csv line 5: the login is dated 2026-12-01, after today") != std::string::npos);
    CHECK(all.find("logins.csv line 6: station CN-NEW has not opened") != std::string::npos);
    CHECK(all.find("nothing was imported; rows with problems: 4") != std::string::npos);
  }
  CHECK(day_count(t) == 0);
  CHECK_THROWS_WITH_AS(import_text(t, "station,when\nCN-A,2026-03-05\n"), doctest::Contains("lacks the column(s) time"),
                       Error);
}

TEST_CASE("record_login_day: a day by hand counts once, and only while the station is in service")
{
  test::OversightDb t;
  const auto s = t.station("CN-A", "2026-03-04");
  oversight::LoginDay day;
  day.day = "2026-03-05";
  day.first_login = "09:30:00";
  day.recorded_by = "tester";
  day.note = "截图";
  {
    auto tx = t.write();
    CHECK(oversight::record_login_day(tx, s, day));
    oversight::LoginDay again = day;
    CHECK_FALSE(oversight::record_login_day(tx, s, again));
    tx.commit();
  }
  CHECK(day_count(t) == 1);
  CHECK(oversight::find_login_day(t.db(), s.id, "2026-03-05")->note == "截图");
  oversight::LoginDay early;
  early.day = "2026-03-03";
  early.recorded_by = "tester";
  auto tx = t.write();
  CHECK_THROWS_WITH_AS(oversight::record_login_day(tx, s, early), doctest::Contains("opened on 2026-03-04"), Error);
}

TEST_CASE("import_logins: a list export's day by hand comes back by hand, with its recorder and note")
{
  test::OversightDb t;
  t.station("CN-A");
  const auto summary = import_text(t, "服务站,日期,来源,首次登录,录入人,备注\r\n"
                                      "CN-A,2026/3/5,手工录入,10:30:00,卓玛,\"微信截图\r\n电话确认\"\r\n"
                                      "CN-A,2026-03-06,import,,,\r\n"
                                      "CN-A,2026-03-07,BY HAND,,,\r\n"
                                      "CN-A,2026-03-07,,09:00,,\r\n");
  CHECK(summary.days == 3);
  const auto hand = oversight::find_login_day(t.db(), 1, "2026-03-05");
  REQUIRE(hand);
  CHECK(hand->source == oversight::LoginSource::hand);
  CHECK(hand->first_login == "10:30:00");
  CHECK(hand->recorded_by == "卓玛");
  CHECK(hand->note == "微信截图\n电话确认");
  const auto logged = oversight::find_login_day(t.db(), 1, "2026-03-06");
  CHECK(logged->source == oversight::LoginSource::import);
  CHECK(logged->recorded_by == "tester"); // the recorder left out: the clerk importing
  // Rows of one day that leave the source out take the one another row gives.
  const auto mixed = oversight::find_login_day(t.db(), 1, "2026-03-07");
  CHECK(mixed->source == oversight::LoginSource::hand);
  CHECK(mixed->first_login == "09:00:00");
}

TEST_CASE("import_logins: an unknown source, or one day given two notes or sources, refuses the whole file")
{
  test::OversightDb t;
  t.station("CN-A");
  CHECK_THROWS_WITH_AS(import_text(t, "station,date,source\nCN-A,2026-03-05,phone\n"),
                       doctest::Contains("logins.csv line 2: source: unknown source 'phone'"), Error);
  CHECK_THROWS_WITH_AS(import_text(t, "station,date,note\nCN-A,2026-03-05,截图\nCN-A,2026-03-05,电话\n"),
                       doctest::Contains("line 3: note: '电话', but line 2 gives '截图' for the same day 2026-03-05"),
                       Error);
  CHECK_THROWS_WITH_AS(import_text(t, "station,date,source\nCN-A,2026-03-05,hand\nCN-A,2026-03-05,登录日志\n"),
                       doctest::Contains("line 3: source: 'import', but line 2 gives 'hand'"), Error);
  CHECK(day_count(t) == 0);
}
