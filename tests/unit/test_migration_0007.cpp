#include <doctest/doctest.h>

#include "audit/audited_transaction.hpp"
#include "audit/verify.hpp"
#include "storage/database.hpp"
#include "storage/migrations.hpp"
#include "temp_dir.hpp"

#include <SQLiteCpp/Statement.h>

using namespace czs;

TEST_SUITE_BEGIN("storage");

namespace {

// Runs `sql` and logs the row it inserted, as a command of the earlier schema would have.
void insert(audit::AuditedTransaction& tx, const char* table, const std::string& sql)
{
  tx.db().exec(sql);
  tx.inserted(table, tx.db().getLastInsertRowid());
}

} // namespace

TEST_CASE("migration 0007: runs, findings, a closure on them and equipment survive the rebuild, and audit verify "
          "still holds")
{
  test::TempDir dir;
  const std::string path = dir.file("old.db");
  std::vector<storage::Migration> before;
  for (const auto& m : storage::embedded_migrations()) {
    if (m.version < 8) {
      before.push_back(m);
    }
  }
  {
    auto db = storage::Database::open(path, storage::OpenOptions{}, before);
    audit::AuditedTransaction tx(db.sql(), {"tester", "unit test"}, "test");
    insert(tx, "station",
           "INSERT INTO station (code, name, township, village, premises, area_centi_m2, population, manager_name, "
           "manager_phone, status, applied_on, opened_on) VALUES ('CN-A', 'A', 't', 'v', 'other', 4500, 800, 'm', "
           "'13900000002', 'closing', '2025-01-01', '2025-01-01')");
    insert(tx, "assessment_run",
           "INSERT INTO assessment_run (period, kind, as_of, findings) VALUES ('2026Q1', 'quarter', '2026-04-01', 1)");
    insert(tx, "finding",
           "INSERT INTO finding (run_id, rule, article, duty, station_id, period, measured, threshold, message) "
           "VALUES (1, 'R-VOLUME', '14.2', 'station', 1, '2026Q1', 40, 100, 'low')");
    insert(tx, "closure",
           "INSERT INTO closure (station_id, basis, decided_on, eligibility_run) VALUES (1, 'low_volume', "
           "'2026-04-10', 1)");
    insert(tx, "equipment",
           "INSERT INTO equipment (station_id, kind, serial, issued_on, recovered_on) VALUES (1, 'pc', 'PC-1', "
           "'2025-01-01', '2026-04-11')");
    tx.commit();
  }
  auto db = storage::Database::open(path, storage::OpenOptions{});
  CHECK(db.sql().execAndGet("PRAGMA user_version").getInt() == storage::latest_schema_version());
  CHECK(db.sql().execAndGet("PRAGMA foreign_keys").getInt() == 1);
  CHECK(db.sql().execAndGet("SELECT count(*) FROM finding WHERE run_id = 1").getInt() == 1);
  CHECK(db.sql().execAndGet("SELECT eligibility_run FROM closure").getInt() == 1);
  const auto report = audit::verify(db.sql());
  CHECK_MESSAGE(report.ok, report.problem);
  // The recovered serial can be issued again.
  CHECK_NOTHROW(db.sql().exec("INSERT INTO equipment (station_id, kind, serial, issued_on) VALUES (1, 'pc', 'PC-1', "
                              "'2026-05-01')"));
  CHECK_THROWS(db.sql().exec("INSERT INTO equipment (station_id, kind, serial, issued_on) VALUES (1, 'pc', 'PC-1', "
                             "'2026-05-02')"));
}

TEST_SUITE_END();
