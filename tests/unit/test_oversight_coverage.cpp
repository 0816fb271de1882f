#include <doctest/doctest.h>

#include "base/error.hpp"
#include "oversight/callback.hpp"
#include "oversight/checklist.hpp"
#include "oversight/coverage.hpp"
#include "oversight/inspection.hpp"
#include "oversight/period_counts.hpp"
#include "oversight_fixture.hpp"

#include <algorithm>
#include <map>

using namespace czs;
using namespace czs::oversight;

TEST_SUITE_BEGIN("oversight");

namespace {

std::vector<stations::SiteItemResult> all_passed()
{
  std::vector<stations::SiteItemResult> items;
  for (const auto& info : inspection_items()) {
    items.push_back({std::string(info.id), true, {}});
  }
  return items;
}

void inspect(test::OversightDb& t, const stations::Station& s, const std::string& date)
{
  Inspection i;
  i.inspected_on = date;
  i.inspector = "次仁";
  i.items = all_passed();
  auto tx = t.write();
  record_inspection(tx, s, i);
  tx.commit();
}

void call(test::OversightDb& t, const stations::Station& s, const std::string& quarter, const std::string& date,
          bool reached, const std::string& today = "2026-11-28")
{
  Callback c;
  c.called_on = date;
  c.caller = "拉巴";
  c.reached = reached;
  auto tx = t.write();
  record_callback(tx, s, parse_period(quarter).value(), c, parse_date(today).value());
  tx.commit();
}

std::map<std::int64_t, std::int64_t> inspections_in(test::OversightDb& t, const std::string& period)
{
  std::map<std::int64_t, std::int64_t> out;
  inspections_by_station(t.db(), parse_period(period).value(),
                         [&](const StationCount& c) { out[c.station_id] = c.count; });
  return out;
}

std::vector<std::pair<std::string, std::int64_t>> month_rows(test::OversightDb& t, const std::string& month)
{
  std::vector<std::pair<std::string, std::int64_t>> rows;
  month_coverage(t.db(), parse_period(month).value(),
                 [&](const MonthCoverage& c) { rows.emplace_back(c.station.code, c.inspections); });
  return rows;
}

} // namespace

TEST_CASE("checklist: area, every site-check item, the six service functions of Art. 4, then the goods of Art. 8")
{
  const auto items = inspection_items();
  CHECK(items.size() == 1 + stations::site_items().size() + 6 + 2);
  CHECK(items.front().id == "area");
  CHECK(find_inspection_item("smart-plaque-outdoors") != nullptr);
  CHECK(find_inspection_item("fees-posted")->article == "4.6");
  CHECK(find_inspection_item("roof") == nullptr);
}

TEST_CASE("checklist: the goods items close the list, after fees-posted, each from Art. 8 and no rule")
{
  const auto items = inspection_items();
  REQUIRE(items.size() >= 3);
  const auto& fees = items[items.size() - 3];
  const auto& stored = items[items.size() - 2];
  const auto& genuine = items[items.size() - 1];
  CHECK(fees.id == "fees-posted");
  CHECK(stored.id == "goods-stored-safely");
  CHECK(genuine.id == "no-counterfeit-spoiled");
  for (const auto* item : {&stored, &genuine}) {
    CHECK(item->article == "8");
    CHECK_FALSE(item->rule.has_value());
    CHECK(stations::item_reference(*item) == "8");
  }
  CHECK(std::string(stored.label) == "goods kept safely against damage and spoilage");
  // Prices are fees-posted (4.6); no second item for them.
  CHECK(std::count_if(items.begin(), items.end(),
                      [](const auto& i) { return std::string_view(i.id).find("price") != std::string_view::npos; })
        == 0);
}

TEST_CASE("checklist: not_judged names the items an older inspection lacks, in checklist order")
{
  auto items = all_passed();
  CHECK(not_judged(items).empty());
  items.erase(items.end() - 2, items.end()); // as recorded before the goods items joined
  const auto missing = not_judged(items);
  REQUIRE(missing.size() == 2);
  CHECK(missing[0]->id == "goods-stored-safely");
  CHECK(missing[1]->id == "no-counterfeit-spoiled");
}

TEST_CASE("inspections: one recorded before the goods items reads back as it was judged")
{
  test::OversightDb t;
  const auto s = t.station("CN-A");
  // The previous version's record: every item but the goods ones, written as it wrote them.
  {
    auto tx = t.write();
    tx.db().exec("INSERT INTO inspection (id, station_id, inspected_on, inspector, problems) "
                 "VALUES (5, "
                 + std::to_string(s.id) + ", '2026-03-10', '次仁', '')");
    for (const auto& info : inspection_items()) {
      if (info.article != "8") {
        tx.db().exec("INSERT INTO inspection_item (inspection_id, item, passed, note) VALUES (5, '"
                     + std::string(info.id) + "', " + (info.id == "hygiene" ? "0" : "1") + ", '')");
      }
    }
    tx.commit();
  }
  const Inspection i = require_inspection(t.db(), 5);
  CHECK(i.items.size() == inspection_items().size() - 2);
  CHECK(i.failed == 1);
  CHECK(not_judged(i.items).size() == 2);
}

TEST_CASE("checklist: unknown, repeated and unjudged items are refused, each named")
{
  auto items = all_passed();
  CHECK(in_checklist_order(items).size() == items.size());
  items.push_back({"hygeine", false, "脏"});
  items.push_back({"computer", false, "坏了"});
  items.erase(items.begin());
  try {
    in_checklist_order(items);
    FAIL("expected a refusal");
  } catch (const Error& e) {
    std::string all;
    for (const auto& d : e.diagnostics()) {
      all += d.message + " / " + d.hint + "\n";
    }
    CHECK(all.find("no inspection checklist item hygeine") != std::string::npos);
    CHECK(all.find("did you mean hygiene?") != std::string::npos);
    CHECK(all.find("does not judge the item area") != std::string::npos);
    CHECK(all.find("computer is judged more than once") != std::string::npos);
  }
}

TEST_CASE("inspections: only for a station in service; a follow-up deadline not before the visit")
{
  test::OversightDb t;
  auto applied = t.station("CN-NEW", "");
  auto open = t.station("CN-A", "2026-03-10");
  CHECK_THROWS_WITH_AS(inspect(t, applied, "2026-03-12"), doctest::Contains("has not opened"), Error);
  CHECK_THROWS_WITH_AS(inspect(t, open, "2026-03-09"), doctest::Contains("opened on 2026-03-10"), Error);
  inspect(t, open, "2026-03-10");
  Inspection i;
  i.inspected_on = "2026-03-12";
  i.inspector = "次仁";
  i.items = all_passed();
  i.followup_by = "2026-03-11";
  {
    auto tx = t.write();
    CHECK_THROWS_WITH_AS(record_inspection(tx, open, i), doctest::Contains("deadline 2026-03-11 is before"), Error);
  }
  t.close(open, "2026-06-30");
  CHECK_THROWS_WITH_AS(inspect(t, open, "2026-06-01"), doctest::Contains("is closed"), Error);
}

TEST_CASE("inspections: a follow-up is recorded once, not before the visit")
{
  test::OversightDb t;
  const auto s = t.station("CN-A");
  inspect(t, s, "2026-03-10");
  auto tx = t.write();
  Inspection i = require_inspection(t.db(), 1);
  CHECK(i.items.size() == inspection_items().size());
  CHECK_THROWS_AS(record_followup(tx, i, "2026-03-09", "x"), Error);
  record_followup(tx, i, "2026-03-10", "已整改");
  CHECK_THROWS_WITH_AS(record_followup(tx, i, "2026-03-11", "y"), doctest::Contains("already recorded"), Error);
  CHECK_THROWS_AS(require_inspection(t.db(), 42), Error);
}

TEST_CASE("inspections_by_station: the month's first and last days count, the neighbours' do not")
{
  test::OversightDb t;
  const auto a = t.station("CN-A");
  const auto b = t.station("CN-B");
  inspect(t, a, "2026-01-31");
  inspect(t, a, "2026-02-01");
  inspect(t, a, "2026-02-28");
  inspect(t, a, "2026-03-01");
  inspect(t, b, "2026-02-15");
  CHECK(inspections_in(t, "2026-02") == std::map<std::int64_t, std::int64_t>{{a.id, 2}, {b.id, 1}});
  CHECK(inspections_in(t, "2026-01") == std::map<std::int64_t, std::int64_t>{{a.id, 1}});
  CHECK(inspections_in(t, "2026Q1") == std::map<std::int64_t, std::int64_t>{{a.id, 4}, {b.id, 1}});
  CHECK(inspections_in(t, "2026-04").empty());
}

TEST_CASE("inspections_by_station: 29 February of a leap year belongs to February")
{
  test::OversightDb t;
  const auto a = t.station("CN-A", "2023-12-01");
  inspect(t, a, "2024-02-29");
  inspect(t, a, "2024-03-01");
  CHECK(inspections_in(t, "2024-02") == std::map<std::int64_t, std::int64_t>{{a.id, 1}});
}

TEST_CASE("month_coverage: every station in service for a day of the month, with zero counts too")
{
  test::OversightDb t;
  const auto open = t.station("CN-A", "2025-02-01");
  t.station("CN-B", "2026-03-31"); // opens on the last day: in service in March
  t.station("CN-C", "2026-04-01"); // opens the day after: not yet
  t.station("CN-D", "");           // never opened
  auto closed = t.station("CN-E", "2025-02-01");
  t.close(closed, "2026-03-01"); // closed on the first day: still in service that day
  auto gone = t.station("CN-F", "2025-02-01");
  t.close(gone, "2026-02-28");
  inspect(t, open, "2026-03-05");
  inspect(t, open, "2026-03-25");
  CHECK(month_rows(t, "2026-03")
        == std::vector<std::pair<std::string, std::int64_t>>{{"CN-A", 2}, {"CN-B", 0}, {"CN-E", 0}});
}

TEST_CASE("callbacks: quarter edges, a second call after one that did not get through, none after one that did")
{
  test::OversightDb t;
  const auto a = t.station("CN-A");
  const auto b = t.station("CN-B");
  call(t, a, "2026Q1", "2026-03-31", false);
  call(t, a, "2026Q1", "2026-04-01", true); // made late, for the quarter just ended
  CHECK_THROWS_WITH_AS(call(t, a, "2026Q1", "2026-04-02", true), doctest::Contains("already reached for 2026Q1"),
                       Error);
  call(t, a, "2026Q2", "2026-04-01", true);
  CHECK_THROWS_WITH_AS(call(t, b, "2026Q2", "2026-03-31", true), doctest::Contains("before the quarter begins"), Error);
  CHECK_THROWS_WITH_AS(call(t, b, "2027Q1", "2026-11-28", true), doctest::Contains("has not begun"), Error);
  call(t, b, "2026Q4", "2026-10-01", true, "2026-10-01");
  const auto late = t.station("CN-LATE", "2026-07-02");
  CHECK_THROWS_WITH_AS(call(t, late, "2026Q2", "2026-07-03", true), doctest::Contains("after 2026Q2 ended"), Error);
  call(t, late, "2026Q3", "2026-07-03", true);

  std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> q1;
  callbacks_by_station(t.db(), parse_period("2026Q1").value(), [&](const CallbackCount& c) {
    q1[c.station_id] = {c.attempts, c.reached};
  });
  CHECK(q1 == std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>>{{a.id, {2, 1}}});

  std::vector<std::tuple<std::string, std::int64_t, std::int64_t>> q2;
  quarter_coverage(t.db(), parse_period("2026Q2").value(),
                   [&](const QuarterCoverage& c) { q2.emplace_back(c.station.code, c.attempts, c.reached); });
  CHECK(q2 == std::vector<std::tuple<std::string, std::int64_t, std::int64_t>>{{"CN-A", 1, 1}, {"CN-B", 0, 0}});
}
