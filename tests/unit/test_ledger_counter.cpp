#include <doctest/doctest.h>

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "ledger/checks.hpp"
#include "ledger/counter.hpp"
#include "ledger/ledger.hpp"
#include "rules/parameters.hpp"
#include "stations/station_store.hpp"
#include "storage/migrations.hpp"

#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

using namespace czs;
using namespace czs::ledger;

namespace {

// Two open stations; at A, parcels 1 (code 111111, arrived 2026-05-01, waiting), 2 (code 222222,
// arrived 2026-05-01, notified), 3 (code 333333, picked up); at B, parcel 4 (code 444444,
// tracking T1 like parcel 1, at another carrier).
SQLite::Database counter_db()
{
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  for (const auto& m : storage::embedded_migrations()) {
    db.exec(m.sql);
  }
  db.exec("INSERT INTO station (id, code, name, township, village, premises, area_centi_m2, population, "
          "manager_name, manager_phone, status, applied_on, opened_on) VALUES "
          "(1, 'CN-A', 'A', 'T1', 'V', 'other', 4000, 100, 'M', '13900000000', 'open', '2026-01-01', '2026-01-10'), "
          "(2, 'CN-B', 'B', 'T2', 'V', 'other', 4000, 100, 'M', '13900000000', 'open', '2026-01-01', '2026-01-10')");
  db.exec("INSERT INTO parcel (id, station_id, direction, status, carrier, tracking_no, person_name, person_phone, "
          "fee_fen, pickup_code, arrived_at, notified_at) VALUES "
          "(1, 1, 'in', 'arrived', 'c1', 'T1', 'n', '1', 0, '111111', '2026-05-01T09:00:00', NULL), "
          "(2, 1, 'in', 'notified', 'c1', 'T2', 'n', '1', 0, '222222', '2026-05-01T10:00:00', '2026-05-01T11:00:00'), "
          "(3, 1, 'in', 'picked_up', 'c1', 'T3', 'n', '1', 0, '333333', '2026-05-01T08:00:00', '2026-05-01T09:00:00'), "
          "(4, 2, 'in', 'arrived', 'c2', 'T1', 'n', '1', 0, '444444', '2026-05-02T09:00:00', NULL)");
  return db;
}

} // namespace

TEST_SUITE_BEGIN("ledger");

TEST_CASE("waiting_parcel_with_code finds a waiting parcel at the station by its code alone")
{
  auto db = counter_db();
  const auto a = stations::require_station(db, "CN-A");
  CHECK(waiting_parcel_with_code(db, a, "111111") == 1);
  CHECK(waiting_parcel_with_code(db, a, "222222") == 2);
  try {
    waiting_parcel_with_code(db, a, "333333"); // collected already: no longer waiting
    FAIL("a collected parcel's code was accepted");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::not_found);
  }
  try {
    waiting_parcel_with_code(db, a, "444444");
    FAIL("a code of another station was accepted");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::bad_data);
    CHECK(e.diagnostics().front().message.find("CN-B") != std::string::npos);
  }
}

TEST_CASE("for_each_parcel_tracked finds a tracking number at every carrier and station")
{
  auto db = counter_db();
  std::vector<std::string> seen;
  CHECK(for_each_parcel_tracked(
            db, "T1",
            [&](const Parcel& p, const std::string& station) { seen.push_back(station + ":" + std::to_string(p.id)); })
        == 2);
  CHECK(seen == std::vector<std::string>{"CN-A:1", "CN-B:4"});
  CHECK(for_each_parcel_tracked(db, "NONE", [](const Parcel&, const std::string&) {}) == 0);
}

TEST_CASE("parcels_to_notify lists a day's arrivals at the station not yet announced")
{
  auto db = counter_db();
  CHECK(parcels_to_notify(db, 1, "2026-05-01") == std::vector<std::int64_t>{1});
  CHECK(parcels_to_notify(db, 1, "2026-05-02").empty());
  CHECK(parcels_to_notify(db, 2, "2026-05-02") == std::vector<std::int64_t>{4});
}

TEST_CASE("a notice recorded at the pickup is flagged and R-PICKUP-NOTICE says so")
{
  auto db = counter_db();
  db.exec("UPDATE parcel SET status = 'picked_up', notified_at = '2026-05-03T09:00:00', picked_up_at = "
          "'2026-05-03T09:00:00' WHERE id = 1");
  Parcel p;
  p.id = 1;
  p.picked_up_at = "2026-05-03T09:00:00";
  {
    audit::AuditedTransaction tx(db, audit::AuditContext{"tester", "test"}, "test");
    record_notice_at_pickup(tx, p);
    tx.commit();
  }
  CHECK(notice_was_at_pickup(db, 1));
  CHECK_FALSE(notice_was_at_pickup(db, 2));
  rules::Parameters params;
  std::vector<LedgerFinding> found;
  for_each_notice_finding(db, params, Date{2026, 5, 1}, Date{2026, 5, 31}, "2026-05-03T12:00:00", 1,
                          [&](const LedgerFinding& f) { found.push_back(f); });
  REQUIRE(found.size() == 1);
  CHECK(found[0].record_id == 1);
  CHECK(found[0].measured == 48);
  CHECK(found[0].ref() == "1");
  CHECK(found[0].message.find("no notice before the pickup") != std::string::npos);
}

TEST_CASE("a finding names its record as commands take it")
{
  LedgerFinding f;
  f.record_id = 12;
  f.kind = "purchase";
  CHECK(f.ref() == "P12");
  f.kind = "sale";
  CHECK(f.ref() == "S12");
  f.kind = "service";
  CHECK(f.ref() == "C12");
  f.kind = "parcel_in";
  CHECK(f.ref() == "12");
}

TEST_CASE("the ledger counts each further sale of a listed product on its day")
{
  auto db = counter_db();
  db.exec("INSERT INTO sale (id, station_id, status, recommended_on, product, category, producer_name, "
          "producer_phone, platform, sold_on, quantity_centi, unit, amount_fen, fee_fen, completed_on) VALUES "
          "(1, 1, 'sold', '2026-04-01', 'p', 'farm', 'n', '', 'x', '2026-04-20', 100, 'kg', 1000, 10, '2026-04-20')");
  db.exec("INSERT INTO sale_repeat (sale_id, station_id, sold_on, quantity_centi, unit, amount_fen, fee_fen, "
          "completed_on) VALUES (1, 1, '2026-05-02', 100, 'kg', 500, 5, '2026-05-02'), "
          "(1, 1, '2026-07-02', 100, 'kg', 700, 7, '2026-07-02')");
  const std::vector<std::string> sales{"sale"};
  CHECK(count_ledger(db, 1, Date{2026, 4, 1}, Date{2026, 6, 30}, sales) == 2);
  CHECK(count_ledger(db, std::nullopt, Date{2026, 1, 1}, Date{2026, 12, 31}, {}) == 3);
  std::int64_t volume = 0;
  for_each_station_volume(db, Date{2026, 4, 1}, Date{2026, 6, 30}, sales,
                          [&](std::int64_t, std::int64_t n) { volume += n; });
  CHECK(volume == 2);
  std::vector<LedgerTotal> totals;
  for_each_ledger_total(db, Date{2026, 4, 1}, Date{2026, 6, 30}, [&](const LedgerTotal& t) { totals.push_back(t); });
  REQUIRE(totals.size() == 1);
  CHECK(totals[0].kind == "sale");
  CHECK(totals[0].records == 2);
  CHECK(totals[0].amount_fen == 1500);
  CHECK(totals[0].fee_fen == 15);
}
