#include <doctest/doctest.h>

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "stations/opening.hpp"
#include "stations/opening_rules.hpp"
#include "stations/site_check.hpp"
#include "stations/station_store.hpp"
#include "storage/database.hpp"
#include "temp_dir.hpp"

#include <algorithm>

using namespace czs;
using namespace czs::stations;

TEST_SUITE_BEGIN("stations");

namespace {

SiteCheck passing_check(std::int64_t area = 3000)
{
  SiteCheck c;
  c.checked_on = "2026-01-10";
  c.inspector = "次仁";
  c.area_centi_m2 = area;
  c.premises = Premises::village_office;
  c.population = 500;
  for (const auto& info : site_items()) {
    c.items.push_back({std::string(info.id), true, {}});
  }
  return c;
}

OpeningFacts ready_facts()
{
  OpeningFacts f;
  f.open_date = "2026-02-01";
  f.site_check = passing_check();
  f.agreements.push_back({1, "XY-1", "2026-01-15", "2026-01-16"});
  f.trainings.push_back({1, "2026-01-12", 80, "代购流程"});
  return f;
}

std::vector<std::string> rules_of(const std::vector<Diagnostic>& ds)
{
  std::vector<std::string> out;
  for (const auto& d : ds) {
    out.push_back(d.rule);
  }
  return out;
}

bool has_rule(const std::vector<Diagnostic>& ds, const std::string& rule)
{
  const auto rules = rules_of(ds);
  return std::find(rules.begin(), rules.end(), rule) != rules.end();
}

} // namespace

TEST_CASE("opening rules: a station with everything in order may open")
{
  CHECK(check_opening(ready_facts(), rules::default_parameters()).empty());
}

TEST_CASE("opening rules: R-SITE-AREA at 29.99 vs 30.00 m²")
{
  auto f = ready_facts();
  f.site_check = passing_check(2999);
  const auto ds = check_opening(f, rules::default_parameters());
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].rule == "R-SITE-AREA");
  CHECK(ds[0].article == "3.1");
  CHECK(ds[0].message.find("29.99 m², below the minimum of 30.00 m²") != std::string::npos);
  CHECK(!ds[0].hint.empty());
  f.site_check = passing_check(3000);
  CHECK(check_opening(f, rules::default_parameters()).empty());
}

TEST_CASE("opening rules: R-SITE-POPULATION is recorded, not enforced, by default")
{
  auto f = ready_facts();
  f.site_check->population = 0;
  CHECK(check_opening(f, rules::default_parameters()).empty());
  rules::Parameters strict;
  strict.min_population = 300;
  f.site_check->population = 299;
  CHECK(has_rule(check_opening(f, strict), "R-SITE-POPULATION"));
  f.site_check->population = 300;
  CHECK(check_opening(f, strict).empty());
}

TEST_CASE("opening rules: every failed item names its rule and article, with the note")
{
  auto f = ready_facts();
  for (auto& item : f.site_check->items) {
    if (item.item == "smart-plaque-outdoors") {
      item.passed = false;
      item.note = "挂在室内";
    }
    if (item.item == "internet") {
      item.passed = false;
    }
    if (item.item == "premises") {
      item.passed = false;
    }
  }
  const auto ds = check_opening(f, rules::default_parameters());
  REQUIRE(ds.size() == 3);
  CHECK(ds[0].rule == "R-SITE-PREMISES");
  CHECK(ds[1].rule == "R-SITE-PLAQUE");
  CHECK(ds[1].article == "3.2(a)");
  CHECK(ds[1].message.find("挂在室内") != std::string::npos);
  CHECK(ds[2].rule == "R-SITE-ROOM");
}

TEST_CASE("opening rules: no site check at all")
{
  auto f = ready_facts();
  f.site_check.reset();
  const auto ds = check_opening(f, rules::default_parameters());
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].message.find("no site check") != std::string::npos);
}

TEST_CASE("opening rules: R-ONBOARD-AGREEMENT needs both parties on or before the opening day")
{
  auto f = ready_facts();
  f.agreements = {{1, "XY-1", "2026-01-15", ""}};
  auto ds = check_opening(f, rules::default_parameters());
  REQUIRE(has_rule(ds, "R-ONBOARD-AGREEMENT"));
  CHECK(ds[0].message.find("village committee") != std::string::npos);

  f.agreements = {{1, "XY-1", "2026-01-15", "2026-02-02"}}; // signed the day after opening
  CHECK(has_rule(check_opening(f, rules::default_parameters()), "R-ONBOARD-AGREEMENT"));
  f.agreements = {{1, "XY-1", "2026-01-15", "2026-02-01"}}; // signed on the opening day
  CHECK(check_opening(f, rules::default_parameters()).empty());

  f.agreements = {{1, "XY-1", "2026-01-15", ""}, {2, "XY-2", "", "2026-01-16"}};
  ds = check_opening(f, rules::default_parameters());
  REQUIRE(has_rule(ds, "R-ONBOARD-AGREEMENT"));
  CHECK(ds[0].message.find("no single agreement") != std::string::npos);

  f.agreements.clear();
  CHECK(has_rule(check_opening(f, rules::default_parameters()), "R-ONBOARD-AGREEMENT"));
}

TEST_CASE("opening rules: R-ONBOARD-TRAINING counts only training before the opening day")
{
  auto f = ready_facts();
  f.trainings = {{1, "2026-02-02", 80, "x"}};
  CHECK(has_rule(check_opening(f, rules::default_parameters()), "R-ONBOARD-TRAINING"));
  f.trainings = {{1, "2026-02-01", 80, "x"}};
  CHECK(check_opening(f, rules::default_parameters()).empty());
  rules::Parameters eight_hours;
  eight_hours.min_training_deci_hours = 80;
  f.trainings = {{1, "2026-01-02", 40, "x"}, {2, "2026-01-03", 39, "y"}};
  CHECK(has_rule(check_opening(f, eight_hours), "R-ONBOARD-TRAINING"));
  f.trainings.push_back({3, "2026-01-04", 1, "z"});
  CHECK(check_opening(f, eight_hours).empty());
}

TEST_CASE("opening rules: every failing rule is reported at once")
{
  OpeningFacts f;
  f.open_date = "2026-02-01";
  const auto ds = check_opening(f, rules::default_parameters());
  CHECK(ds.size() == 3);
}

TEST_CASE("site check: every item must be judged exactly once")
{
  test::TempDir dir;
  auto db = storage::Database::open(dir.file("s.db"), storage::OpenOptions{});
  audit::AuditedTransaction tx(db.sql(), {"t", "t"}, "t");
  Station s;
  s.code = "CN-1";
  s.name = "站";
  s.township = "乡";
  s.village = "村";
  s.manager_name = "卓玛";
  s.manager_phone = "13900000002";
  s.applied_on = "2026-01-01";
  s.id = insert_station(tx, s);

  auto check = passing_check();
  check.items.pop_back();
  CHECK_THROWS_AS(record_site_check(tx, s, check), Error);
  check = passing_check();
  check.items.push_back({"roof", true, {}});
  CHECK_THROWS_AS(record_site_check(tx, s, check), Error);
  check = passing_check();
  check.items.push_back(check.items.front());
  CHECK_THROWS_AS(record_site_check(tx, s, check), Error);
  check = passing_check();
  std::reverse(check.items.begin(), check.items.end());
  CHECK(record_site_check(tx, s, check) > 0);
  const auto latest = latest_site_check(db.sql(), s.id, "2026-12-31");
  REQUIRE(latest);
  CHECK(latest->items.front().item == site_items().front().id);
  CHECK_FALSE(latest_site_check(db.sql(), s.id, "2026-01-09"));
}

TEST_CASE("station store: an unknown code suggests the closest one")
{
  test::TempDir dir;
  auto db = storage::Database::open(dir.file("s.db"), storage::OpenOptions{});
  audit::AuditedTransaction tx(db.sql(), {"t", "t"}, "t");
  Station s;
  s.code = "CN-KD-001";
  s.name = "站";
  s.township = "乡";
  s.village = "村";
  s.manager_name = "卓玛";
  s.manager_phone = "13900000002";
  s.applied_on = "2026-01-01";
  insert_station(tx, s);
  try {
    require_station(db.sql(), "CN-KD-01");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::not_found);
    CHECK(e.diagnostics().front().hint.find("CN-KD-001") != std::string::npos);
  }
  CHECK_THROWS_AS(insert_station(tx, s), Error);
}
