// Writes a genuine audit log for a province that bench/gen_province.sh wrote with the sqlite3
// shell (bypassing czstation), so that `czstation audit verify` and `czstation audit` have a
// log of province size to work on. Every row of every audited table gets recorded, through the
// same AuditedTransaction the commands use:
//   - purchases and parcels as bulk imports (ranges of 100,000 rows, each logged by its digest),
//     as `czstation import` logs them;
//   - every other table as entries of 100 row images each (clerk commands write a few rows per
//     entry; larger entries make the log quicker to write without changing what verify reads).
// Entries name the station of their first row where the table has one, so `audit --station`
// has something to filter.
//
//   czstation_bench_log DB
#include "audit/audited_transaction.hpp"
#include "audit/import_digest.hpp"
#include "audit/row_image.hpp"
#include "storage/database.hpp"

#include <cstdio>
#include <exception>
#include <set>
#include <string>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace {

constexpr std::int64_t k_import_rows = 100'000;
constexpr std::int64_t k_entry_rows = 100;
const std::set<std::string> k_imported_tables = {"purchase", "parcel"};

bool has_station_column(SQLite::Database& db, const std::string& table)
{
  SQLite::Statement q(db, "SELECT 1 FROM pragma_table_info(?) WHERE name = 'station_id'");
  q.bind(1, table);
  return q.executeStep();
}

void log_as_imports(SQLite::Database& db, const std::string& table)
{
  SQLite::Statement rows(db, fmt::format("SELECT id, {} FROM \"{}\" WHERE id > ? ORDER BY id LIMIT {}",
                                         czs::audit::canonical_row_expression(db, table), table, k_import_rows));
  std::int64_t after = 0;
  for (;;) {
    czs::audit::AuditedTransaction tx(db, {"bench", "czstation import (bench/audit_log.cpp)"}, "import." + table);
    czs::audit::ImportLog log;
    log.table = table;
    log.file = "bench-province.csv";
    log.file_sha256 = std::string(64, '0');
    czs::audit::RowDigest digest;
    rows.reset();
    rows.bind(1, after);
    while (rows.executeStep()) {
      after = rows.getColumn(0).getInt64();
      log.first_id = log.rows == 0 ? after : log.first_id;
      log.last_id = after;
      ++log.rows;
      digest.add_row(rows.getColumn(1).getString());
    }
    if (log.rows == 0) {
      return;
    }
    log.digest = digest.hex_digest();
    tx.imported(log);
    tx.commit();
  }
}

void log_as_images(SQLite::Database& db, const std::string& table)
{
  const bool stations = has_station_column(db, table);
  SQLite::Statement rows(db, fmt::format("SELECT t.id, {} FROM \"{}\" t {} WHERE t.id > ? ORDER BY t.id LIMIT {}",
                                         stations ? "s.code" : "NULL", table,
                                         stations ? "LEFT JOIN station s ON s.id = t.station_id" : "", k_entry_rows));
  std::int64_t after = 0;
  for (;;) {
    czs::audit::AuditedTransaction tx(db, {"bench", "czstation (bench/audit_log.cpp)"}, table + ".add");
    rows.reset();
    rows.bind(1, after);
    bool any = false;
    while (rows.executeStep()) {
      after = rows.getColumn(0).getInt64();
      if (!any && !rows.getColumn(1).isNull()) {
        tx.set_station(rows.getColumn(1).getString());
      }
      any = true;
      tx.inserted(table, after);
    }
    if (!any) {
      return;
    }
    tx.commit();
  }
}

} // namespace

int main(int argc, char** argv)
{
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s DB\n", argv[0]);
    return 64;
  }
  try {
    auto database = czs::storage::Database::open(argv[1], czs::storage::OpenOptions{});
    SQLite::Database& db = database.sql();
    db.exec("PRAGMA synchronous = OFF");
    for (const auto& table : czs::audit::audited_tables(db)) {
      if (k_imported_tables.count(table)) {
        log_as_imports(db, table);
      } else {
        log_as_images(db, table);
      }
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 1;
  }
  return 0;
}
