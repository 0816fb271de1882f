#include <doctest/doctest.h>

#include "county_report/quarter_report.hpp"
#include "county_report/report_queries.hpp"
#include "oversight_fixture.hpp"
#include "period/period.hpp"

#include <SQLiteCpp/Statement.h>

using namespace czs;

TEST_SUITE_BEGIN("county_report");

namespace {

Period quarter(const char* text)
{
  return parse_period(text).value();
}

} // namespace

TEST_CASE("quarter_report of an empty county: eight zero quarters, three months, nothing ranked")
{
  test::OversightDb county;
  const auto r = county_report::quarter_report(county.db(), quarter("2026Q2"), rules::Parameters{});
  REQUIRE(r.trend.size() == 8);
  CHECK(r.trend.front().quarter == "2024Q3");
  CHECK(r.trend.back().quarter == "2026Q2");
  CHECK(r.trend.back().records.size() == 5);
  CHECK(r.trend.back().total() == 0);
  REQUIRE(r.months.size() == 3);
  CHECK(r.months[0].month == "2026-04");
  CHECK(r.months[2].in_service == 0);
  CHECK(r.stations_by_township.empty());
  CHECK(r.volume_by_township.empty());
  CHECK(r.findings.empty());
  CHECK(r.most_active.empty());
  CHECK(r.least_active.empty());
  CHECK_FALSE(r.overview.applied);
}

TEST_CASE("quarter_report counts stations by the status they had on the quarter's last day")
{
  test::OversightDb county;
  county.station("CN-A-001", "2026-02-01");
  county.station("CN-A-002", "");           // applied, never opened
  county.station("CN-A-003", "2026-07-01"); // opened after the quarter: still applied at its end
  auto closed = county.station("CN-A-004", "2025-03-01");
  county.close(closed, "2026-05-10");
  const auto r = county_report::quarter_report(county.db(), quarter("2026Q2"), rules::Parameters{});
  REQUIRE(r.stations_by_township.size() == 1);
  const auto& t = r.stations_by_township[0];
  CHECK(t.township == "卡达乡");
  CHECK(t.by_status[static_cast<std::size_t>(stations::Status::applied)] == 2);
  CHECK(t.by_status[static_cast<std::size_t>(stations::Status::open)] == 1);
  CHECK(t.by_status[static_cast<std::size_t>(stations::Status::closed)] == 1);
  // In service for a day of the quarter or more: the open one and the one closed in May.
  CHECK(r.callbacks.in_service == 2);
  REQUIRE(r.most_active.size() == 2);
  CHECK(r.least_active.empty());                      // two stations: both are among the most active
  CHECK(r.most_active[0].station.code == "CN-A-001"); // no records: ties go to the code
}

TEST_CASE("records_by_quarter reads index ranges per station, never a ledger table's rows")
{
  test::OversightDb county;
  SQLite::Statement q(county.db(), "EXPLAIN QUERY PLAN " + county_report::records_by_quarter_sql(8));
  for (int i = 1; i <= q.getBindParameterCount(); ++i) {
    q.bind(i, "2026-01-01");
  }
  int searches = 0;
  while (q.executeStep()) {
    const std::string step = q.getColumn(3).getString();
    CAPTURE(step);
    CHECK(step.find("SCAN t") == std::string::npos);
    if (step.rfind("SEARCH t USING COVERING INDEX", 0) == 0) {
      CHECK(step.find("(station_id=? AND completed_on>? AND completed_on<?)") != std::string::npos);
      ++searches;
    }
  }
  CHECK(searches == 6); // purchase, sale, sale_repeat, service, parcel in and out
}

TEST_SUITE_END();
