#include <doctest/doctest.h>

#include "ledger/checks.hpp"
#include "storage/database.hpp"
#include "storage/migrations.hpp"
#include "temp_dir.hpp"

#include <SQLiteCpp/Statement.h>

using namespace czs;

TEST_SUITE_BEGIN("storage");

TEST_CASE("migration 0017: the late-notice indexes hold exactly the arrivals not notified within 24 hours")
{
  test::TempDir dir;
  const std::string path = dir.file("old.db");
  std::vector<storage::Migration> before; // whatever came before 0017
  for (const auto& m : storage::embedded_migrations()) {
    if (m.version < 17) {
      before.push_back(m);
    }
  }
  {
    auto db = storage::Database::open(path, storage::OpenOptions{}, before);
    // Straight into the tables: an index is none of the audit log's business.
    db.sql().exec(
        "INSERT INTO station (id, code, name, township, village, premises, area_centi_m2, population, manager_name, "
        "manager_phone, status, applied_on, opened_on) VALUES (1, 'CN-A', 'A', 't', 'v', 'other', 4500, 800, 'm', "
        "'13900000002', 'open', '2025-01-01', '2025-01-01')");
    db.sql().exec("INSERT INTO purchase (station_id, status, requested_on, villager_name, villager_phone, item, "
                  "quantity, price_fen, fee_fen, arrived_at, notified_at) VALUES "
                  "(1, 'requested', '2026-03-01', 'v', '1', 'i', 1, 100, 0, NULL, NULL),"
                  "(1, 'notified', '2026-03-01', 'v', '1', 'i', 1, 100, 0, '2026-03-03T08:00:00', "
                  "'2026-03-04T08:00:00'),"
                  "(1, 'notified', '2026-03-01', 'v', '1', 'i', 1, 100, 0, '2026-03-03T08:00:00', "
                  "'2026-03-04T08:00:01'),"
                  "(1, 'arrived', '2026-03-01', 'v', '1', 'i', 1, 100, 0, '2026-03-03 08:00', NULL),"
                  "(1, 'notified', '2026-03-01', 'v', '1', 'i', 1, 100, 0, '2026-03-03Tlate', '2026-03-03T09:00')");
    db.sql().exec("INSERT INTO parcel (station_id, direction, status, carrier, tracking_no, person_name, person_phone, "
                  "fee_fen, arrived_at, notified_at, accepted_on) VALUES "
                  "(1, 'out', 'accepted', 'c', 'O', 'n', '1', 0, NULL, NULL, '2026-03-03'),"
                  "(1, 'in', 'notified', 'c', 'A', 'n', '1', 0, '2026-03-05T10:00:00', '2026-03-05T11:00:00', NULL),"
                  "(1, 'in', 'notified', 'c', 'B', 'n', '1', 0, '2026-03-05T10:00:00', '2026-03-07T10:00:00', NULL),"
                  "(1, 'in', 'arrived', 'c', 'C', 'n', '1', 0, '2026-03-05T10:30:00', NULL, NULL)");
  }
  auto db = storage::Database::open(path, storage::OpenOptions{});
  auto& sql = db.sql();
  CHECK(sql.execAndGet("PRAGMA user_version").getInt() == storage::latest_schema_version());
  // Late by a second, not notified, or at a time SQLite cannot read; not the requested purchase,
  // the one notified exactly 24 hours after arriving, or the outbound parcel.
  // The ids the table's late-notice index holds.
  auto in_index = [&](const std::string& table, const std::string& direction) {
    return sql
        .execAndGet("SELECT group_concat(id) FROM (SELECT id FROM " + table + " INDEXED BY " + table
                    + "_notice_late WHERE " + direction
                    + "arrived_at IS NOT NULL AND (notified_at IS NULL OR "
                      "coalesce(unixepoch(notified_at) - unixepoch(arrived_at) > 86400, 1)) ORDER BY id)")
        .getString();
  };
  CHECK(in_index("purchase", "") == "3,4,5");
  CHECK(in_index("parcel", "direction = 'in' AND ") == "3,4");
  // A notice recorded in time leaves the index; the rule finds what it found before.
  sql.exec("UPDATE purchase SET status = 'notified', notified_at = '2026-03-03T09:00:00' WHERE id = 4");
  CHECK(in_index("purchase", "") == "3,5");
  std::vector<std::string> found;
  ledger::for_each_notice_finding(sql, rules::Parameters{}, Date{2026, 3, 1}, Date{2026, 3, 31}, "2026-03-31T00:00:00",
                                  std::nullopt, [&](const ledger::LedgerFinding& f) { found.push_back(f.ref()); });
  CHECK(found == std::vector<std::string>{"P3", "3", "4"});
}

TEST_SUITE_END();
