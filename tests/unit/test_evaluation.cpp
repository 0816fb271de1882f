#include <doctest/doctest.h>

#include "evaluation/evaluate.hpp"
#include "evaluation/scoring.hpp"
#include "rules/rules_file.hpp"
#include "storage/database.hpp"
#include "temp_dir.hpp"

#include <SQLiteCpp/Statement.h>

using namespace czs;
using namespace czs::evaluation;

TEST_SUITE_BEGIN("evaluation");

namespace {

Period p(const char* text)
{
  return *parse_period(text);
}

assessment::Finding finding(rules::Rule rule, const char* period = "2026-05")
{
  auto f = assessment::make_finding(rule);
  f.period = period;
  return f;
}

// 100 points; R-POST-QUOTA costs 10, R-STOCKTAKE 7.5; bands 90 / 80 / 60.
rules::Scoring sheet()
{
  rules::Scoring s;
  s.deductions_tenths[rules::Rule::post_quota] = 100;
  s.deductions_tenths[rules::Rule::stocktake] = 75;
  return s;
}

// The same with 20 of the 100 points for 30 counted ledger records a month.
rules::Scoring sheet_with_volume()
{
  rules::Scoring s = sheet();
  s.volume_points_tenths = 200;
  s.volume_full_at = 30;
  return s;
}

} // namespace

TEST_CASE("scoring: each finding costs its rule's points; a rule without a deduction costs nothing")
{
  const std::vector<assessment::Finding> findings{finding(rules::Rule::post_quota), finding(rules::Rule::stocktake),
                                                  finding(rules::Rule::pickup_notice)};
  const Score s = score(sheet(), findings, 0, 31, p("2026-05"));
  CHECK(s.deducted_tenths == 175);
  CHECK(s.points_tenths == 825);
  CHECK(s.grade == rules::Grade::good);
  REQUIRE(s.deductions.size() == 2);
  CHECK(s.deductions[0].rule == rules::Rule::post_quota);
  CHECK(s.deductions[1].points_tenths == 75);
  CHECK(score(sheet(), {}, 0, 31, p("2026-05")).points_tenths == 1000);
}

TEST_CASE("scoring: a quarter deducts each month's finding of a monthly rule")
{
  const std::vector<assessment::Finding> findings{finding(rules::Rule::post_quota, "2026-04"),
                                                  finding(rules::Rule::post_quota, "2026-05"),
                                                  finding(rules::Rule::post_quota, "2026-06")};
  const Score s = score(sheet(), findings, 0, 91, p("2026Q2"));
  CHECK(s.deducted_tenths == 300);
  CHECK(s.points_tenths == 700);
  CHECK(s.grade == rules::Grade::pass);
}

TEST_CASE("scoring: the score never falls below 0, and the deductions are listed in full")
{
  std::vector<assessment::Finding> findings(12, finding(rules::Rule::post_quota));
  const Score s = score(sheet(), findings, 0, 31, p("2026-05"));
  CHECK(s.deducted_tenths == 1200);
  CHECK(s.points_tenths == 0);
  CHECK(s.deductions.size() == 12);
  CHECK(s.grade == rules::Grade::fail);
}

TEST_CASE("scoring: a band is reached at exactly its least score")
{
  const rules::Scoring s = sheet();
  CHECK(grade_of(s, 1000) == rules::Grade::excellent);
  CHECK(grade_of(s, 900) == rules::Grade::excellent);
  CHECK(grade_of(s, 899) == rules::Grade::good);
  CHECK(grade_of(s, 800) == rules::Grade::good);
  CHECK(grade_of(s, 799) == rules::Grade::pass);
  CHECK(grade_of(s, 600) == rules::Grade::pass);
  CHECK(grade_of(s, 599) == rules::Grade::fail);
  CHECK(grade_of(s, 0) == rules::Grade::fail);
  rules::Scoring pass_or_fail = s;
  pass_or_fail.bands = {{rules::Grade::pass, 600}};
  CHECK(grade_of(pass_or_fail, 1000) == rules::Grade::pass);
  CHECK(grade_of(pass_or_fail, 599) == rules::Grade::fail);
  // Through score(): 100 − 10 = 90 is excellent, 100 − 10 − 0.5 = 89.5 is not.
  rules::Scoring half = s;
  half.deductions_tenths[rules::Rule::fee] = 5;
  CHECK(score(half, std::vector{finding(rules::Rule::post_quota)}, 0, 31, p("2026-05")).grade
        == rules::Grade::excellent);
  CHECK(score(half, std::vector{finding(rules::Rule::post_quota), finding(rules::Rule::fee)}, 0, 31, p("2026-05")).grade
        == rules::Grade::good);
}

TEST_CASE("scoring: volume points are part of full marks, earned in proportion and capped")
{
  const rules::Scoring s = sheet_with_volume();
  const Period may = p("2026-05");
  CHECK(score(s, {}, 30, 31, may).points_tenths == 1000);
  CHECK(score(s, {}, 300, 31, may).points_tenths == 1000); // capped at all the volume points
  CHECK(score(s, {}, 15, 31, may).volume_points_tenths == 100);
  CHECK(score(s, {}, 15, 31, may).points_tenths == 900);
  CHECK(score(s, {}, 0, 31, may).points_tenths == 800);
  CHECK(score(s, {}, 1, 31, may).volume_points_tenths == 6); // 200 × 1 / 30 = 6.67, rounded down
  // A quarter owes three months of volume.
  CHECK(score(s, {}, 90, 91, p("2026Q2")).volume_due == 90);
  CHECK(score(s, {}, 45, 91, p("2026Q2")).volume_points_tenths == 100);
}

TEST_CASE("scoring: a station open part of the month owes volume for its days only")
{
  const rules::Scoring s = sheet_with_volume();
  // Opened on 2026-05-20: 12 of 31 days, ceil(30 × 12 / 31) = 12 records earn all 20 points.
  const Score opened = score(s, {}, 12, 12, p("2026-05"));
  CHECK(opened.volume_due == 12);
  CHECK(opened.points_tenths == 1000);
  CHECK(score(s, {}, 6, 12, p("2026-05")).volume_points_tenths == 100);
  // Exit decided on 2026-05-11: it operated 10 days, ceil(300 / 31) = 10 records are due.
  const Score closing = score(s, {}, 5, 10, p("2026-05"));
  CHECK(closing.volume_due == 10);
  CHECK(closing.volume_points_tenths == 100);
}

TEST_CASE("scoring: the rules file's [evaluation] is read exactly, and its problems are placed")
{
  const auto loaded = rules::parse_rules("[evaluation]\nfull_marks = 100\n[evaluation.deductions]\n"
                                         "R-POST-QUOTA = 2.5\n[evaluation.volume]\npoints = 20\nfull_at = 30\n"
                                         "[evaluation.grades]\npass = 60\n[evaluation.grade_names]\npass = \"达标\"\n",
                                         "r.toml");
  REQUIRE(loaded.params.scoring);
  const auto& s = *loaded.params.scoring;
  CHECK(s.full_marks_tenths == 1000);
  CHECK(s.deductions_tenths.at(rules::Rule::post_quota) == 25);
  CHECK(s.volume_points_tenths == 200);
  CHECK(s.volume_full_at == 30);
  REQUIRE(s.bands.size() == 1);
  CHECK(s.bands[0].grade == rules::Grade::pass);
  CHECK(rules::grade_name(s, rules::Grade::pass) == "达标");
  CHECK(loaded.origin("evaluation.deductions.R-POST-QUOTA").line == 4);
  CHECK_FALSE(rules::parse_rules("[site]\nmin_area_m2 = 30\n", "r.toml").params.scoring);
  CHECK(rules::parse_rules("[evaluation]\n", "r.toml").params.scoring == rules::Scoring{});

  auto problems = [](const char* text) {
    try {
      rules::parse_rules(text, "r.toml");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::config);
      return e.diagnostics();
    }
    FAIL("accepted: " << text);
    return std::vector<Diagnostic>{};
  };
  const auto centre = problems("[evaluation.deductions]\nR-INSPECT-FREQ = 5\n");
  REQUIRE(centre.size() == 1);
  CHECK(centre[0].message.find("r.toml:2:1: R-INSPECT-FREQ is a duty of the centre") == 0);
  CHECK(problems("[evaluation.deductions]\nR-POST-QOTA = 5\n")[0].hint == "did you mean R-POST-QUOTA?");
  CHECK(problems("[evaluation.grades]\nexcellent = 80\ngood = 80\n")[0].message.find("not below") != std::string::npos);
  CHECK(problems("[evaluation]\nfull_marks = 50\n[evaluation.grades]\npass = 60\n")[0].message.find(
            "more than full marks")
        != std::string::npos);
  CHECK(problems("[evaluation.volume]\npoints = 20\n")[0].message.find("needs evaluation.volume.full_at")
        != std::string::npos);
  CHECK(problems("[evaluation.deductions]\nR-FEE = 2.55\n")[0].message.find("decimals") != std::string::npos);
  CHECK(problems("[evaluation]\nfull_mark = 100\n")[0].hint == "did you mean full_marks?");
}

namespace {

// One station opened on `opened`, records written directly: this tests reading, not recording.
struct County
{
  test::TempDir dir;
  storage::Database db = storage::Database::open(dir.file("c.db"), storage::OpenOptions{});

  explicit County(const char* opened)
  {
    SQLite::Statement q(db.sql(), "INSERT INTO station (id, code, name, township, village, premises, area_centi_m2, "
                                  "population, manager_name, manager_phone, status, applied_on, opened_on) VALUES "
                                  "(1, 'CN-1', '卡达村站', '卡达乡', '村', 'other', 3000, 1, '卓玛', '139', 'open', "
                                  "'2024-01-01', ?)");
    q.bind(1, opened);
    q.exec();
  }

  void exec(const std::string& sql) { db.sql().exec(sql); }

  // An inbound parcel that arrived at `arrived` and was picked up at `picked` (or still waits).
  void parcel(int id, const char* arrived, const char* picked)
  {
    SQLite::Statement q(db.sql(), "INSERT INTO parcel (id, station_id, direction, status, carrier, tracking_no, "
                                  "person_name, person_phone, fee_fen, arrived_at, notified_at, picked_up_at, "
                                  "completed_on) VALUES (?1, 1, 'in', ?2, '顺丰', 'SF' || ?1, '扎西', '', 100, ?3, "
                                  "?4, ?4, substr(?4, 1, 10))");
    q.bind(1, id);
    q.bind(2, picked ? "picked_up" : "arrived");
    q.bind(3, arrived);
    picked ? q.bind(4, picked) : q.bind(4);
    q.exec();
  }

  Evaluation of(const char* period, const char* as_of = "2026-07-01")
  {
    return evaluate(db.sql(), p(period), *parse_date(as_of), rules::default_parameters());
  }
};

std::int64_t records(const StationEvaluation& s, const char* kind)
{
  for (const auto& k : s.facts.ledger) {
    if (k.kind == kind) {
      return k.records;
    }
  }
  return -1;
}

} // namespace

TEST_CASE("evaluation facts: a record at 23:59 on the month's last day is the month's, one at 00:00 the next's")
{
  County c("2026-01-01");
  c.parcel(1, "2026-05-31T20:00:00", "2026-05-31T23:59:00");
  c.parcel(2, "2026-05-31T23:00:00", "2026-06-01T00:00:00");
  c.parcel(3, "2026-05-31T23:59:00", nullptr); // never notified: late once 24 hours have passed
  c.exec("INSERT INTO inspection (station_id, inspected_on, inspector, problems) VALUES "
         "(1, '2026-05-31', '次仁', '海报未上墙'), (1, '2026-06-01', '拉巴', '')");
  const auto may = c.of("2026-05");
  REQUIRE(may.stations.size() == 1);
  const auto& s = may.stations[0];
  CHECK(records(s, "parcel_in") == 1);
  CHECK(s.facts.volume == 1);
  CHECK(s.facts.fees_fen == 100);
  CHECK(s.facts.late_notices == 1);
  REQUIRE(s.facts.inspections.size() == 1);
  CHECK(s.facts.inspections[0].date == "2026-05-31");
  CHECK(s.facts.inspections[0].inspector == "次仁");
  CHECK(s.facts.inspections[0].problems == "海报未上墙");
  const auto june = c.of("2026-06");
  CHECK(records(june.stations.at(0), "parcel_in") == 1);
  CHECK(june.stations.at(0).facts.late_notices == 0);
  REQUIRE(june.stations.at(0).facts.inspections.size() == 1);
  CHECK(june.stations.at(0).facts.inspections[0].inspector == "拉巴");
  // The quarter holds both, and the month's rules of each of its months.
  const auto q2 = c.of("2026Q2");
  CHECK(records(q2.stations.at(0), "parcel_in") == 2);
  CHECK(q2.stations.at(0).facts.stocktakes.size() == 3);
  CHECK(q2.stations.at(0).facts.callbacks_reached == 0);
  CHECK_FALSE(may.recorded);
}

TEST_CASE("evaluation facts: a station open part of the month, and one whose exit was decided mid-month")
{
  County c("2026-05-20");
  const auto opened = c.of("2026-05");
  REQUIRE(opened.stations.size() == 1);
  CHECK(opened.stations[0].operated_days == 12);
  CHECK(opened.stations[0].days_in_period == 31);
  CHECK(opened.stations[0].facts.stocktakes.at(0).owed);
  CHECK(c.of("2026-04").stations.empty());

  c.exec("INSERT INTO station_event (station_id, happened_on, from_status, to_status) "
         "VALUES (1, '2026-06-11', 'open', 'closing')");
  const auto june = c.of("2026-06");
  REQUIRE(june.stations.size() == 1);
  const auto& s = june.stations[0];
  CHECK(s.operated_days == 10);
  CHECK(s.exit_decided_on == *parse_date("2026-06-11"));
  // It did not operate on the month's last day: no stock-take was owed, none is a finding.
  CHECK_FALSE(s.facts.stocktakes.at(0).owed);
  for (const auto& f : s.findings) {
    CHECK(f.rule != "R-STOCKTAKE");
  }
  CHECK(c.of("2026-07", "2026-08-01").stations.empty());
}

TEST_CASE("evaluation: one station only, and the score when the rules file scores")
{
  County c("2026-01-01");
  c.exec("INSERT INTO station (id, code, name, township, village, premises, area_centi_m2, population, "
         "manager_name, manager_phone, status, applied_on, opened_on) VALUES (2, 'CN-2', '二站', '乡', '村', "
         "'other', 3000, 1, '卓玛', '139', 'open', '2024-01-01', '2026-01-01')");
  CHECK(c.of("2026-05").stations.size() == 2);
  rules::Parameters params = rules::default_parameters();
  params.scoring = sheet();
  const auto e = evaluate(c.db.sql(), p("2026-05"), *parse_date("2026-07-01"), params, 2);
  REQUIRE(e.stations.size() == 1);
  CHECK(e.stations[0].code == "CN-2");
  REQUIRE(e.stations[0].score);
  // No posts and no stock-take: 100 − 10 − 7.5; the missing inspections are the centre's.
  CHECK(e.stations[0].score->points_tenths == 825);
  CHECK(e.stations[0].findings.size() == 3);
}
