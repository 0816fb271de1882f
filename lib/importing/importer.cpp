#include "importing/importer.hpp"

#include "audit/import_digest.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "importing/csv_fields.hpp"
#include "importing/import_source.hpp"
#include "importing/row_parsers.hpp"
#include "ledger/parcel_steps.hpp"
#include "ledger/pickup_code.hpp"
#include "ledger/purchase_steps.hpp"
#include "ledger/record_store.hpp"
#include "ledger/sale_steps.hpp"
#include "ledger/station_gate.hpp"
#include "stations/station_store.hpp"
#include "text/spellcheck.hpp"

#include <filesystem>
#include <unordered_map>

#include <SQLiteCpp/Statement.h>

namespace czs::importing {

namespace {

constexpr std::int64_t k_progress_every = 10'000;

// Stations by code, looked up once per code however many rows name them.
class StationCache
{
public:
  explicit StationCache(SQLite::Database& db) : m_db(db) {}

  const stations::Station* find(const std::string& code)
  {
    auto it = m_cache.find(code);
    if (it == m_cache.end()) {
      it = m_cache.emplace(code, stations::find_station(m_db, code)).first;
    }
    return it->second ? &*it->second : nullptr;
  }

  std::string unknown(const std::string& code)
  {
    if (m_codes.empty()) {
      SQLite::Statement q(m_db, "SELECT code FROM station");
      while (q.executeStep()) {
        m_codes.push_back(q.getColumn(0).getString());
      }
    }
    const std::string guess = text::closest_match(code, m_codes);
    return guess.empty() ? trf("no station with code {}", code) : trf("no station with code {} (did you mean {}?)", code, guess);
  }

private:
  SQLite::Database& m_db;
  std::unordered_map<std::string, std::optional<stations::Station>> m_cache;
  std::vector<std::string> m_codes;
};

std::string last_day(const ledger::Service& v) { return v.served_on; }
template <typename R>
std::string last_day(const R& r) { return ledger::last_step(r).substr(0, 10); }

// Per-kind checks that need the database: a tracking number already used at the carrier, and
// the pickup code a waiting inbound parcel gets.
template <typename R>
void check_against_database(SQLite::Database&, R&, RowFields&, std::optional<SQLite::Statement>&)
{
}

template <>
void check_against_database(SQLite::Database& db, ledger::Parcel& p, RowFields& f,
                            std::optional<SQLite::Statement>& duplicate)
{
  if (!duplicate) {
    duplicate.emplace(db, "SELECT id FROM parcel WHERE carrier = ? AND tracking_no = ?");
  }
  duplicate->reset();
  duplicate->bind(1, p.carrier);
  duplicate->bind(2, p.tracking_no);
  if (duplicate->executeStep()) {
    f.fail(trf("{} tracking number {} is already parcel {}", p.carrier, p.tracking_no, duplicate->getColumn(0).getInt64()));
    return;
  }
  if (p.status == "arrived" || p.status == "notified") {
    p.pickup_code = ledger::issue_pickup_code(db, p.station_id);
  }
}

std::string joined(const std::vector<std::string>& parts)
{
  std::string out;
  for (const auto& p : parts) {
    out += (out.empty() ? "" : "; ") + p;
  }
  return out;
}

// Keeps the import's pages in memory rather than spilling them to the WAL mid-transaction;
// restores the connection's setting afterwards.
class CacheSize
{
public:
  explicit CacheSize(SQLite::Database& db) : m_db(db), m_old(db.execAndGet("PRAGMA cache_size").getInt())
  {
    m_db.exec("PRAGMA cache_size = -32768");
  }
  ~CacheSize() { m_db.exec("PRAGMA cache_size = " + std::to_string(m_old)); }
  CacheSize(const CacheSize&) = delete;
  CacheSize& operator=(const CacheSize&) = delete;

private:
  SQLite::Database& m_db;
  int m_old;
};

// The import checks every row's station itself (through StationCache), so the per-row foreign
// key lookup SQLite would repeat is switched off for the import's transaction, and back on
// after. The pragma is per connection and only takes effect outside a transaction.
class ForeignKeysChecked
{
public:
  explicit ForeignKeysChecked(SQLite::Database& db) : m_db(db) { m_db.exec("PRAGMA foreign_keys = OFF"); }
  ~ForeignKeysChecked() { m_db.exec("PRAGMA foreign_keys = ON"); }
  ForeignKeysChecked(const ForeignKeysChecked&) = delete;
  ForeignKeysChecked& operator=(const ForeignKeysChecked&) = delete;

private:
  SQLite::Database& m_db;
};

template <typename R>
ImportResult run(SQLite::Database& db, const audit::AuditContext& who, const ImportOptions& o,
                 std::span<const ColumnSpec> specs)
{
  ImportSource source(o.path);
  text::CsvReader reader(source.stream());
  text::CsvRow row;
  HeaderMap header;
  try {
    if (!reader.next(row) || row.blank) {
      throw Error(ErrorKind::bad_data, trf("{}: the first line must name the columns", o.path),
                  tr("see czstation-import(1) for the columns of each kind of file"));
    }
  } catch (const text::CsvError& e) {
    throw Error(ErrorKind::bad_data, e.what());
  }
  if (auto problems = header.read(specs, row); !problems.empty()) {
    std::vector<Diagnostic> diagnostics;
    for (auto& p : problems) {
      diagnostics.push_back({"", "", trf("{}: {}", o.path, p), ""});
    }
    diagnostics.back().hint = tr("see czstation-import(1) for the columns of each kind of file; nothing was imported");
    throw Error(ErrorKind::bad_data, std::move(diagnostics));
  }

  R record;
  const std::string table(ledger::table_of(record));
  ForeignKeysChecked by_us(db);
  audit::AuditedTransaction tx(db, who, "import." + std::string(to_string(o.kind)));
  CacheSize cache(db);
  StationCache stations(db);
  std::int64_t next_id = db.execAndGet("SELECT coalesce(max(id), 0) + 1 FROM " + table).getInt64();
  ImportResult result;
  result.first_id = next_id;
  SQLite::Statement insert(db, ledger::insert_sql(table, ledger::columns_of(record)));
  std::optional<SQLite::Statement> duplicate;
  std::vector<ledger::ColumnValue> values;
  audit::CanonicalRow canonical;
  audit::RowDigest digest;
  std::vector<Diagnostic> problems;
  std::string code;
  std::int64_t read = 0;

  for (;;) {
    try {
      if (!reader.next(row)) {
        break;
      }
    } catch (const text::CsvError& e) {
      problems.push_back({"", "", e.what(), ""});
      break; // the rest of the file cannot be split into rows reliably
    }
    ++read;
    if (o.progress && read % k_progress_every == 0) {
      o.progress(read);
    }
    if (row.blank) {
      problems.push_back({"", "", trf("line {}: a blank line; remove it", row.line), ""});
      continue;
    }
    if (row.fields.size() != header.width()) {
      problems.push_back({"", "", trf("line {}: {} fields, but the header names {} columns (a missing or extra "
                                      "field, or a comma in a field that is not quoted)",
                                      row.line, row.fields.size(), header.width()), ""});
      continue;
    }
    RowFields fields(header, row, o.today);
    parse_row(fields, record, code);
    if (fields.errors().empty()) {
      if (const stations::Station* station = stations.find(code)) {
        std::string refusal = ledger::record_day_refusal(*station, first_day(record));
        if (refusal.empty()) {
          refusal = ledger::record_day_refusal(*station, last_day(record));
        }
        if (!refusal.empty()) {
          fields.fail(refusal);
        }
        record.station_id = station->id;
      } else {
        fields.fail(stations.unknown(code));
      }
    }
    if (fields.errors().empty()) {
      check_against_database(db, record, fields, duplicate);
    }
    if (!fields.errors().empty()) {
      problems.push_back({"", "", trf("line {}: {}", row.line, joined(fields.errors())), ""});
      continue;
    }
    if (!problems.empty()) {
      continue; // still validating, to report every bad row; nothing more is written
    }
    record.id = next_id++;
    ledger::values_of(record, values);
    insert.reset();
    ledger::bind_values(insert, values);
    insert.exec();
    canonical.clear();
    ledger::add_canonical(canonical, values);
    digest.add_row(canonical.text());
    ++result.rows;
  }
  if (o.progress) {
    o.progress(read);
  }
  if (!problems.empty()) {
    problems.back().hint = trf("nothing was imported: fix the {} bad line(s) and import the file again", problems.size());
    throw Error(ErrorKind::bad_data, std::move(problems));
  }
  if (result.rows == 0) {
    throw Error(ErrorKind::bad_data, trf("{} has a header but no rows", o.path));
  }
  result.last_id = next_id - 1;
  result.file_sha256 = source.file_sha256();
  result.converted_from_gbk = source.converted_from_gbk();
  audit::ImportLog log{table, result.first_id, result.last_id, result.rows,
                       std::filesystem::path(o.path).filename().string(), result.file_sha256, digest.hex_digest()};
  tx.imported(log);
  tx.commit();
  return result;
}

} // namespace

std::optional<ImportKind> parse_import_kind(std::string_view name)
{
  if (name == "purchases") return ImportKind::purchases;
  if (name == "sales") return ImportKind::sales;
  if (name == "services") return ImportKind::services;
  if (name == "parcels") return ImportKind::parcels;
  return std::nullopt;
}

std::string_view to_string(ImportKind kind)
{
  switch (kind) {
  case ImportKind::purchases: return "purchases";
  case ImportKind::sales: return "sales";
  case ImportKind::services: return "services";
  case ImportKind::parcels: return "parcels";
  }
  return "purchases";
}

ImportResult import_csv(SQLite::Database& db, const audit::AuditContext& who, const ImportOptions& options)
{
  switch (options.kind) {
  case ImportKind::purchases: return run<ledger::Purchase>(db, who, options, purchase_file_columns());
  case ImportKind::sales: return run<ledger::Sale>(db, who, options, sale_file_columns());
  case ImportKind::services: return run<ledger::Service>(db, who, options, service_file_columns());
  case ImportKind::parcels: return run<ledger::Parcel>(db, who, options, parcel_file_columns());
  }
  return {};
}

} // namespace czs::importing
