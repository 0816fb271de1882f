#pragma once

#include "audit/audited_transaction.hpp"
#include "period/date.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <SQLiteCpp/Database.h>

namespace czs::importing {

// What an import file holds: one kind of ledger record per file.
enum class ImportKind
{
  purchases,
  sales,
  services,
  parcels
};

// "purchases", "sales", "services" or "parcels".
std::optional<ImportKind> parse_import_kind(std::string_view name);
std::string_view to_string(ImportKind kind);

struct ImportOptions
{
  ImportKind kind = ImportKind::purchases;
  std::string path;
  Date today; // no date in the file may be later
  // Called now and then with the number of rows read so far (for a progress line).
  std::function<void(std::int64_t rows)> progress;
};

struct ImportResult
{
  std::int64_t rows = 0;
  std::int64_t first_id = 0;
  std::int64_t last_id = 0;
  std::string file_sha256;
  bool converted_from_gbk = false;
  std::int64_t empty_rows = 0;    // lines whose fields were all empty, skipped
  std::int64_t further_sales = 0; // a sales file: rows of further sales (again_of), in sale_repeat
  std::int64_t delistings = 0;    // a sales file: sales delisted (delisted_on)
  std::int64_t exchanges = 0;     // a purchases file: rows of exchanges (exchange_of), in purchase_exchange
  std::int64_t disputes = 0;      // a purchases file: rows of disputes (dispute_of), in dispute
};

// Imports a CSV file (RFC 4180, UTF-8 with or without BOM, or GBK; a header row naming the
// columns) in one transaction: every row is validated (fields, lifecycle order, station open on
// the record's days, tracking numbers unique) and the rows are written with one prepared
// statement while no row has failed. Any bad row makes it throw czs::Error(bad_data) listing
// every bad row by line, and nothing is written. The audit entry records the file's SHA-256, the
// table, the id range and a digest of the rows instead of an image of each row. Throws
// czs::Error(no_input) when the file cannot be read.
ImportResult import_csv(SQLite::Database& db, const audit::AuditContext& who, const ImportOptions& options);

} // namespace czs::importing
