#include <doctest/doctest.h>

#include "base/error.hpp"
#include "oversight/period_counts.hpp"
#include "oversight/stocktake.hpp"
#include "oversight/stocktake_sheet.hpp"
#include "oversight_fixture.hpp"

#include <map>
#include <sstream>

using namespace czs;
using namespace czs::oversight;

TEST_SUITE_BEGIN("oversight");

namespace {

StocktakeLine line(const std::string& item, std::int64_t book, std::int64_t counted, const std::string& reason = {})
{
  return {0, item, "件", book, counted, reason};
}

void open(test::OversightDb& t, const stations::Station& s, const std::string& month, const std::string& date)
{
  auto tx = t.write();
  open_stocktake(tx, s, parse_period(month).value(), date, "卓玛");
  tx.commit();
}

void put(test::OversightDb& t, const stations::Station& s, const std::string& month, const StocktakeLine& l)
{
  auto tx = t.write();
  Stocktake k = require_stocktake(t.db(), s, month);
  put_line(tx, k, l);
  tx.commit();
}

void close(test::OversightDb& t, const stations::Station& s, const std::string& month, const std::string& date)
{
  auto tx = t.write();
  Stocktake k = require_stocktake(t.db(), s, month);
  close_stocktake(tx, k, date);
  tx.commit();
}

} // namespace

TEST_CASE("evaluate: books match stock only when every line matches")
{
  CHECK(evaluate({}).matched);
  CHECK(evaluate({}).lines == 0);
  const auto all = evaluate({line("油", 2000, 2000), line("米", 5, 5)});
  CHECK(all.matched);
  CHECK(all.mismatched.empty());
  const auto explained = evaluate({line("油", 2000, 1800, "破损"), line("米", 5, 5)});
  CHECK_FALSE(explained.matched);
  CHECK(explained.mismatched == std::vector<std::string>{"油"});
  CHECK(explained.unexplained.empty());
  const auto unexplained = evaluate({line("油", 2000, 1800), line("米", 5, 6), line("盐", 1, 1)});
  CHECK(unexplained.unexplained == std::vector<std::string>{"油", "米"});
  // One hundredth of a unit is a difference.
  CHECK_FALSE(evaluate({line("茶", 100, 99, "称重误差")}).matched);
}

TEST_CASE("stock-takes: one per station and month, not counted before the month begins")
{
  test::OversightDb t;
  const auto a = t.station("CN-A");
  open(t, a, "2026-03", "2026-03-31");
  CHECK_THROWS_WITH_AS(open(t, a, "2026-03", "2026-04-01"), doctest::Contains("already has a stock-take for 2026-03"),
                       Error);
  CHECK_THROWS_WITH_AS(open(t, a, "2026-05", "2026-04-30"), doctest::Contains("before the month begins"), Error);
  open(t, a, "2026-04", "2026-05-02"); // counted after the month ends: allowed
  const auto late = t.station("CN-LATE", "2026-03-10");
  CHECK_THROWS_WITH_AS(open(t, late, "2026-02", "2026-03-15"), doctest::Contains("after 2026-02 ended"), Error);
  open(t, late, "2026-03", "2026-03-31"); // opened during the month: its count is due
  const auto applied = t.station("CN-NEW", "");
  CHECK_THROWS_WITH_AS(open(t, applied, "2026-03", "2026-03-31"), doctest::Contains("has not opened"), Error);
}

TEST_CASE("stock-takes: closing needs lines and a reason for each mismatch, and freezes the count")
{
  test::OversightDb t;
  const auto a = t.station("CN-A");
  open(t, a, "2026-03", "2026-03-31");
  CHECK_THROWS_WITH_AS(close(t, a, "2026-03", "2026-03-31"), doctest::Contains("has no lines"), Error);
  put(t, a, "2026-03", line("菜籽油", 2000, 1800));
  put(t, a, "2026-03", line("大米", 500, 500));
  CHECK_THROWS_WITH_AS(close(t, a, "2026-03", "2026-03-31"), doctest::Contains("菜籽油 differ"), Error);
  CHECK_THROWS_WITH_AS(close(t, a, "2026-03", "2026-03-30"), doctest::Contains("before it was counted"), Error);
  put(t, a, "2026-03", line("菜籽油", 2000, 1800, "两桶破损"));
  CHECK(require_stocktake(t.db(), a, "2026-03").lines.size() == 2); // recounted, not added
  close(t, a, "2026-03", "2026-04-01");
  const Stocktake k = require_stocktake(t.db(), a, "2026-03");
  CHECK(k.closed_on == "2026-04-01");
  CHECK_FALSE(k.matched);
  CHECK(k.mismatched_count == 1);
  CHECK_THROWS_WITH_AS(put(t, a, "2026-03", line("盐", 1, 1)), doctest::Contains("was closed on 2026-04-01"), Error);
  CHECK_THROWS_WITH_AS(close(t, a, "2026-03", "2026-04-02"), doctest::Contains("was closed"), Error);
  CHECK_THROWS_AS(require_stocktake(t.db(), a, "2026-02"), Error);
}

TEST_CASE("stocktakes_by_station: present, closed and matched per station of the month")
{
  test::OversightDb t;
  const auto a = t.station("CN-A");
  const auto b = t.station("CN-B");
  const auto c = t.station("CN-C");
  open(t, a, "2026-03", "2026-03-31");
  put(t, a, "2026-03", line("米", 5, 5));
  close(t, a, "2026-03", "2026-03-31");
  open(t, b, "2026-03", "2026-03-31");
  put(t, b, "2026-03", line("米", 5, 4, "少一袋"));
  close(t, b, "2026-03", "2026-04-01");
  open(t, c, "2026-03", "2026-03-31");
  open(t, c, "2026-02", "2026-03-01");
  std::map<std::int64_t, std::pair<bool, bool>> states;
  stocktakes_by_station(t.db(), parse_period("2026-03").value(), [&](const StocktakeState& s) {
    states[s.station_id] = {s.closed, s.matched};
  });
  CHECK(states
        == std::map<std::int64_t, std::pair<bool, bool>>{
            {a.id, {true, true}}, {b.id, {true, false}}, {c.id, {false, false}}});
}

TEST_CASE("mismatch reasons come from the list; other needs a note")
{
  using oversight::mismatch_reason;
  CHECK(*mismatch_reason("spoiled", "") == "spoiled");
  CHECK(*mismatch_reason("damaged", "运输破损") == "damaged: 运输破损");
  CHECK_FALSE(mismatch_reason("other", "").ok());
  CHECK(*mismatch_reason("other", "老鼠") == "other: 老鼠");
  CHECK(mismatch_reason("mice", "").error().find("spoiled (变质), damaged (损坏), counting_error")
        != std::string::npos);
  // A Chinese clerk's word, as typed from an input method, is the same reason.
  CHECK(*mismatch_reason(" 变质 ", "") == "spoiled");
  CHECK(*mismatch_reason("其他", "老鼠") == "other: 老鼠");
  CHECK(*mismatch_reason("ｓｐｏｉｌｅｄ", "") == "spoiled");
  CHECK_FALSE(mismatch_reason("", "").ok());
}

TEST_CASE("read_filled_sheet reads a month's filled sheet and names every bad row")
{
  std::istringstream good("month,item,unit,book,counted,reason,note\r\n2026-04,大米,kg,99.00,97,other,鼠咬\r\n"
                          "2026-04,油,桶,20,20,,\r\n");
  const auto lines = oversight::read_filled_sheet(good, "2026-04");
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].book_centi == 9900);
  CHECK(lines[0].counted_centi == 9700);
  CHECK(lines[0].reason == "other: 鼠咬");
  CHECK(lines[1].matches());
  std::istringstream bad("month,item,unit,book,counted,reason,note\n2026-03,大米,kg,99,97,spoiled,\n"
                         "2026-04,油,桶,20,,,\n2026-04,面,袋,5,4,,\n");
  try {
    oversight::read_filled_sheet(bad, "2026-04");
    FAIL("a bad sheet was read");
  } catch (const Error& e) {
    REQUIRE(e.diagnostics().size() == 3);
    CHECK(e.diagnostics()[0].message.find("line 2") != std::string::npos);
    CHECK(e.diagnostics()[2].message.find("line 4") != std::string::npos);
  }
  std::istringstream not_a_sheet("a,b\n1,2\n");
  CHECK_THROWS_AS(oversight::read_filled_sheet(not_a_sheet, "2026-04"), Error);
}
