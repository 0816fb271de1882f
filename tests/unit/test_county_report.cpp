#include <doctest/doctest.h>

#include "county_report/quarter_report.hpp"
#include "oversight_fixture.hpp"
#include "period/period.hpp"

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
  CHECK(r.trend.back().by_kind.size() == 5);
  CHECK(r.trend.back().by_kind[0].records == 0);
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

TEST_SUITE_END();
