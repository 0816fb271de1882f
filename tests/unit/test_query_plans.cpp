#include <doctest/doctest.h>

#include "ledger/checks.hpp"
#include "ledger/record_query.hpp"
#include "storage/database.hpp"
#include "temp_dir.hpp"

#include <SQLiteCpp/Statement.h>

using namespace czs;

TEST_SUITE_BEGIN("query_plans");

namespace {

// The EXPLAIN QUERY PLAN of `sql` (every parameter bound to a sample value), one step a line.
std::string plan_of(SQLite::Database& db, const std::string& sql)
{
  SQLite::Statement q(db, "EXPLAIN QUERY PLAN " + sql);
  for (int i = 1; i <= q.getBindParameterCount(); ++i) {
    q.bind(i, 1);
  }
  std::string text;
  while (q.executeStep()) {
    text += q.getColumn(3).getString() + "\n";
  }
  return text;
}

// True when the plan reads one of the ledger's big tables from end to end.
bool scans_a_big_table(const std::string& plan)
{
  for (const char* alias : {"SCAN p\n", "SCAN s\n", "SCAN v\n", "SCAN d\n", "SCAN r\n"}) {
    if (plan.find(alias) != std::string::npos) {
      return true;
    }
  }
  return false;
}

} // namespace

TEST_CASE("query plans: order list and parcel list with --station use the station index")
{
  test::TempDir dir;
  auto db = storage::Database::open(dir.file("q.db"), storage::OpenOptions{});
  ledger::RecordFilter by_station;
  by_station.station_id = 1;
  ledger::RecordFilter by_station_and_status = by_station;
  by_station_and_status.status = "notified";
  ledger::RecordFilter by_station_and_kind = by_station;
  by_station_and_kind.kind = "in";
  for (const auto& filter : {by_station, by_station_and_status, by_station_and_kind}) {
    for (const std::string& sql : {ledger::order_query(filter), ledger::parcel_query(filter)}) {
      const std::string plan = plan_of(db.sql(), sql);
      CAPTURE(sql);
      CAPTURE(plan);
      CHECK_FALSE(scans_a_big_table(plan));
      CHECK(plan.find("_by_station") != std::string::npos);
    }
  }
}

TEST_CASE("query plans: the pickup-notice check reads the period's range of the late-notice indexes only")
{
  test::TempDir dir;
  auto db = storage::Database::open(dir.file("q.db"), storage::OpenOptions{});
  for (const bool one_station : {false, true}) {
    for (const int hours : {24, 72}) {
      const std::string sql = ledger::notice_query(one_station, hours);
      const std::string plan = plan_of(db.sql(), sql);
      CAPTURE(sql);
      CAPTURE(plan);
      CHECK(plan.find("SCAN purchase") == std::string::npos);
      CHECK(plan.find("SCAN parcel") == std::string::npos);
      CHECK(plan.find("SEARCH purchase USING COVERING INDEX purchase_notice_late (arrived_at>? AND arrived_at<?)")
            != std::string::npos);
      CHECK(plan.find("SEARCH parcel USING COVERING INDEX parcel_notice_late (arrived_at>? AND arrived_at<?)")
            != std::string::npos);
    }
  }
  // Under 24 hours the indexes lack notices the rule finds late: the tables are read whole.
  const std::string whole = plan_of(db.sql(), ledger::notice_query(false, 12));
  CHECK(whole.find("_notice_late") == std::string::npos);
}

TEST_CASE("query plans: a listing with no filter has no condition left over")
{
  const ledger::RecordFilter none;
  CHECK(ledger::order_query(none).find("IS NULL") == std::string::npos);
  CHECK(ledger::parcel_query(none).find("?") == std::string::npos);
}
