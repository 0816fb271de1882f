#include <doctest/doctest.h>

#include "assessment/overview.hpp"
#include "audit/audited_transaction.hpp"
#include "audit/verify.hpp"
#include "base/error.hpp"
#include "ledger/outreach.hpp"
#include "ledger/record_query.hpp"
#include "period/period.hpp"
#include "rules/parameters.hpp"
#include "stations/batch.hpp"
#include "stations/station_store.hpp"
#include "storage/database.hpp"
#include "storage/migrations.hpp"
#include "temp_dir.hpp"

#include <SQLiteCpp/Statement.h>

using namespace czs;

TEST_SUITE_BEGIN("batches_outreach");

namespace {

// Adds an open station (opened 2026-02-01) with this code and township, audited, as a command
// of any schema since the first would.
void insert_open_station(SQLite::Database& db, const std::string& code, const std::string& township)
{
  audit::AuditedTransaction tx(db, {"tester", "unit test"}, "test");
  tx.db().exec("INSERT INTO station (code, name, township, village, premises, area_centi_m2, population, "
               "manager_name, manager_phone, status, applied_on, opened_on) VALUES ('"
               + code + "', 'n', '" + township
               + "', 'v', 'other', 4500, 800, 'm', '13900000002', 'open', "
                 "'2026-01-05', '2026-02-01')");
  tx.inserted("station", tx.db().getLastInsertRowid());
  tx.commit();
}

stations::Station open_station(SQLite::Database& db, const std::string& code, const std::string& township)
{
  insert_open_station(db, code, township);
  return stations::require_station(db, code);
}

void set(SQLite::Database& db, const stations::Station& s, const std::string& batch, std::int64_t phase)
{
  audit::AuditedTransaction tx(db, {"tester", "unit test"}, "station.batch");
  stations::set_batch(tx, s, {batch, phase, "2026-03-01"});
  tx.commit();
}

void outreach(SQLite::Database& db, const std::string& code, const std::string& day, const std::string& kind,
              std::int64_t attendees)
{
  audit::AuditedTransaction tx(db, {"tester", "unit test"}, "station.outreach");
  ledger::Outreach o;
  o.held_on = day;
  o.kind = kind;
  o.topic = "t";
  o.attendees = attendees;
  ledger::record_outreach(tx, code, o);
  tx.commit();
}

std::vector<std::string> codes_of_batch(SQLite::Database& db, const std::string& batch)
{
  stations::StationFilter f;
  f.batch = batch;
  std::vector<std::string> out;
  stations::for_each_station(db, f, [&](const stations::Station& s) { out.push_back(s.code); });
  return out;
}

} // namespace

TEST_CASE("batches: set at first, changed later, filter the stations and group the overview; audit verify holds")
{
  test::TempDir dir;
  auto db = storage::Database::open(dir.file("b.db"), storage::OpenOptions{});
  auto& sql = db.sql();
  const auto a = open_station(sql, "CN-A", "甲乡");
  const auto b = open_station(sql, "CN-B", "乙乡");
  open_station(sql, "CN-C", "乙乡");
  set(sql, a, "第一批", 1);
  set(sql, b, "第二批", 0);
  CHECK(stations::batch_of(sql, a.id).phase == 1);
  CHECK(stations::batch_of(sql, b.id).phase == 0);
  CHECK(stations::require_station(sql, "CN-A").batch == "第一批");
  CHECK(codes_of_batch(sql, "第一批") == std::vector<std::string>{"CN-A"});
  set(sql, b, "第一批", 2); // a change is an update of the same row
  CHECK(codes_of_batch(sql, "第一批") == std::vector<std::string>{"CN-B", "CN-A"}); // 乙乡 sorts before 甲乡
  CHECK(sql.execAndGet("SELECT count(*) FROM station_batch").getInt() == 2);
  CHECK(stations::batch_names(sql) == std::vector<std::string>{"第一批"});
  CHECK(stations::require_batch(sql, "第一批") == "第一批");
  CHECK_THROWS_AS(stations::require_batch(sql, "第三批"), Error);

  const auto o = assessment::quarter_overview(sql, *parse_period("2026Q1"), rules::default_parameters());
  REQUIRE(o.stations_by_batch.size() == 2);
  CHECK(o.stations_by_batch[0] == std::pair<std::string, std::int64_t>{"", 1}); // CN-C has none
  CHECK(o.stations_by_batch[1] == std::pair<std::string, std::int64_t>{"第一批", 2});
  const auto report = audit::verify(sql);
  CHECK_MESSAGE(report.ok, report.problem);
}

TEST_CASE("outreach: counted in the month it was held, the first and last days included")
{
  test::TempDir dir;
  auto db = storage::Database::open(dir.file("o.db"), storage::OpenOptions{});
  auto& sql = db.sql();
  const auto a = open_station(sql, "CN-A", "甲乡");
  const auto b = open_station(sql, "CN-B", "乙乡");
  outreach(sql, "CN-A", "2026-04-30", "publicity", 7);
  outreach(sql, "CN-A", "2026-05-01", "training", 10);
  outreach(sql, "CN-A", "2026-05-31", "online_safety", 20);
  outreach(sql, "CN-B", "2026-05-31", "online_safety", 5);
  outreach(sql, "CN-A", "2026-06-01", "publicity", 3);
  const Period may = *parse_period("2026-05");
  const auto by_station = ledger::outreach_by_station(sql, may.first, may.last);
  REQUIRE(by_station.count(a.id) == 1);
  const auto& c = by_station.at(a.id);
  CHECK(c.activities == 2);
  CHECK(c.attendees == 30);
  CHECK(c.by_kind == std::array<std::int64_t, 3>{0, 1, 1});
  CHECK(by_station.at(b.id).activities == 1);
  const auto county = ledger::count_outreach(sql, may.first, may.last);
  CHECK(county.activities == 3);
  CHECK(county.attendees == 35);
  const Period q2 = *parse_period("2026Q2");
  CHECK(ledger::count_outreach(sql, q2.first, q2.last).activities == 5);
  CHECK(assessment::quarter_overview(sql, q2, rules::default_parameters()).outreach_attendees == 45);

  ledger::OutreachFilter f;
  f.from = "2026-05-01";
  f.to = "2026-05-31";
  f.station_id = a.id;
  std::vector<std::string> days;
  ledger::for_each_outreach(sql, f, [&](const ledger::Outreach& x) { days.push_back(x.held_on); });
  CHECK(days == std::vector<std::string>{"2026-05-01", "2026-05-31"});
}

TEST_CASE("outreach: refused before the station opened, with no attendees or an unknown kind")
{
  test::TempDir dir;
  auto db = storage::Database::open(dir.file("r.db"), storage::OpenOptions{});
  auto& sql = db.sql();
  open_station(sql, "CN-A", "甲乡");
  CHECK_THROWS_AS(outreach(sql, "CN-A", "2026-01-31", "publicity", 5), Error); // before its plaque day
  CHECK_THROWS_AS(outreach(sql, "CN-A", "2026-03-01", "publicity", 0), Error);
  CHECK_THROWS_AS(outreach(sql, "CN-A", "2026-03-01", "show", 5), Error);
  CHECK_THROWS_AS(outreach(sql, "CN-X", "2026-03-01", "publicity", 5), Error);
  CHECK(sql.execAndGet("SELECT count(*) FROM outreach").getInt() == 0);
}

TEST_CASE("batches: an old database keeps its audited station rows through migration 0012")
{
  test::TempDir dir;
  const std::string path = dir.file("old.db");
  std::vector<storage::Migration> before;
  for (const auto& m : storage::embedded_migrations()) {
    if (m.version < 12) {
      before.push_back(m);
    }
  }
  {
    auto db = storage::Database::open(path, storage::OpenOptions{}, before);
    insert_open_station(db.sql(), "CN-A", "甲乡");
  }
  auto db = storage::Database::open(path, storage::OpenOptions{});
  CHECK(db.sql().execAndGet("PRAGMA user_version").getInt() == storage::latest_schema_version());
  const auto before_batch = audit::verify(db.sql());
  CHECK_MESSAGE(before_batch.ok, before_batch.problem);
  set(db.sql(), stations::require_station(db.sql(), "CN-A"), "第一批", 1);
  const auto after = audit::verify(db.sql());
  CHECK_MESSAGE(after.ok, after.problem);
}

TEST_CASE("query plans: a --batch filter reads the records of its stations through the station index")
{
  test::TempDir dir;
  auto db = storage::Database::open(dir.file("q.db"), storage::OpenOptions{});
  ledger::RecordFilter f;
  f.batch = "第一批";
  for (const std::string& query : {ledger::order_query(f), ledger::parcel_query(f)}) {
    SQLite::Statement q(db.sql(), "EXPLAIN QUERY PLAN " + query);
    std::string plan;
    while (q.executeStep()) {
      plan += q.getColumn(3).getString() + "\n";
    }
    CAPTURE(plan);
    CHECK(plan.find("_by_station") != std::string::npos);
    CHECK(plan.find("station_batch_by_batch") != std::string::npos);
  }
}

TEST_SUITE_END();
