#include "importing/importer.hpp"

#include "audit/import_digest.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "importing/import_guards.hpp"
#include "importing/purchase_sequels.hpp"
#include "importing/row_parsers.hpp"
#include "importing/row_reader.hpp"
#include "importing/sale_sequels.hpp"
#include "ledger/parcel_steps.hpp"
#include "ledger/pickup_code.hpp"
#include "ledger/purchase_steps.hpp"
#include "ledger/record_headings.hpp"
#include "ledger/record_store.hpp"
#include "ledger/sale_steps.hpp"
#include "ledger/station_gate.hpp"
#include "ledger/tracking.hpp"
#include "period/date.hpp"

#include <filesystem>

#include <SQLiteCpp/Statement.h>

namespace czs::importing {

namespace {

constexpr std::int64_t k_progress_every = 10'000;

std::string last_day(const ledger::Service& v)
{
  return v.served_on;
}
template <typename R>
std::string last_day(const R& r)
{
  return day_of(ledger::last_step(r));
}

// Per-kind checks that need the database: a tracking number already used at the carrier, and
// the pickup code a waiting inbound parcel gets.
template <typename R>
void check_against_database(SQLite::Database&, R&, std::vector<std::string>&, std::optional<ledger::TrackingLookup>&)
{
}

template <>
void check_against_database(SQLite::Database& db, ledger::Parcel& p, std::vector<std::string>& errors,
                            std::optional<ledger::TrackingLookup>& tracking)
{
  if (!tracking) {
    tracking.emplace(db);
  }
  if (auto existing = tracking->find(p.carrier, p.tracking_no)) {
    errors.push_back(ledger::duplicate_tracking_message(p, *existing));
    return;
  }
  if (p.status == "arrived" || p.status == "notified") {
    p.pickup_code = ledger::issue_pickup_code(db, p.station_id);
  }
}

// True when check_against_database changed a column after the reading thread made the row's
// canonical tail: only a waiting parcel's pickup code.
template <typename R>
bool changed_by_check(const R&)
{
  return false;
}

template <>
bool changed_by_check(const ledger::Parcel& p)
{
  return !p.pickup_code.empty();
}

std::string joined(const std::vector<std::string>& parts)
{
  std::string out;
  for (const auto& p : parts) {
    out += (out.empty() ? "" : "; ") + p;
  }
  return out;
}

// Reads the header row and maps its columns; throws czs::Error(bad_data) listing every problem.
void read_header(text::CsvReader& reader, HeaderMap& header, std::span<const ColumnSpec> specs,
                 std::span<const ledger::RecordHeading> headings, const std::string& path)
{
  text::CsvRow row;
  try {
    if (!reader.next(row) || row.blank) {
      throw Error(ErrorKind::bad_data, trf("{}: the first line must name the columns", path),
                  tr("see czstation-import(1) for the columns of each kind of file"));
    }
  } catch (const text::CsvError& e) {
    throw Error(ErrorKind::bad_data, e.what());
  }
  if (auto problems = header.read(specs, row, headings); !problems.empty()) {
    std::vector<Diagnostic> diagnostics;
    for (auto& p : problems) {
      diagnostics.push_back({"", "", trf("{}: {}", path, p), ""});
    }
    diagnostics.back().hint = tr("see czstation-import(1) for the columns of each kind of file; nothing was imported");
    throw Error(ErrorKind::bad_data, std::move(diagnostics));
  }
}

// The checks that need the database (the station, a tracking number's uniqueness), made on the
// writing thread; adds to parsed.errors.
template <typename R>
void check_row(SQLite::Database& db, StationCache& stations, ParsedRow<R>& parsed,
               std::optional<ledger::TrackingLookup>& duplicate)
{
  if (const stations::Station* station = stations.find(parsed.station)) {
    std::string refusal = ledger::new_record_refusal(*station, first_day(parsed.record));
    if (refusal.empty()) {
      refusal = ledger::record_day_refusal(*station, last_day(parsed.record));
    }
    if (!refusal.empty()) {
      parsed.errors.push_back(std::move(refusal));
      return;
    }
    parsed.record.station_id = station->id;
  } else {
    parsed.errors.push_back(stations.unknown(parsed.station));
    return;
  }
  check_against_database(db, parsed.record, parsed.errors, duplicate);
}

template <typename R>
ImportResult run(SQLite::Database& db, const audit::AuditContext& who, const ImportOptions& o,
                 std::span<const ColumnSpec> specs, std::span<const ledger::RecordHeading> headings)
{
  ImportSource source(o.path);
  text::CsvReader reader(source.stream());
  HeaderMap header;
  read_header(reader, header, specs, headings, o.path);

  const std::string table(ledger::table_of(R{}));
  ForeignKeysChecked by_us(db);
  audit::AuditedTransaction tx(db, who, "import." + std::string(to_string(o.kind)));
  CacheSize cache(db);
  StationCache stations(db);
  std::int64_t next_id = db.execAndGet("SELECT coalesce(max(id), 0) + 1 FROM " + table).getInt64();
  ImportResult result;
  result.first_id = next_id;
  SQLite::Statement insert(db, ledger::insert_sql(table, ledger::columns_of(R{})));
  std::optional<ledger::TrackingLookup> duplicate;
  std::vector<ledger::ColumnValue> values;
  audit::CanonicalRow canonical;
  audit::RowDigest digest;
  std::vector<Diagnostic> problems;
  std::int64_t read = 0;
  Sequels<R> sequels(tx, stations);

  RowReader<R> rows(source, reader, header, o.today);
  while (auto batch = rows.next()) {
    for (auto& parsed : *batch) {
      ++read;
      if (o.progress && read % k_progress_every == 0) {
        o.progress(read);
      }
      if (parsed.empty) {
        ++result.empty_rows;
        continue;
      }
      if (!parsed.problem.empty()) {
        problems.push_back({"", "", parsed.problem, ""});
        continue;
      }
      const bool sequel = sequels.is_sequel(parsed);
      if (parsed.errors.empty()) {
        if (sequel) {
          sequels.sequel(parsed, problems.empty());
        } else {
          sequels.prepare(parsed);
          if (parsed.errors.empty()) {
            check_row(db, stations, parsed, duplicate);
          }
        }
      }
      if (!parsed.errors.empty()) {
        problems.push_back({"", "", trf("line {}: {}", parsed.line, joined(parsed.errors)), ""});
        continue;
      }
      if (sequel) {
        continue;
      }
      if (!problems.empty()) {
        sequels.record(parsed); // still validating, to report every bad row; nothing more is written
        continue;
      }
      parsed.record.id = next_id++;
      ledger::values_of(parsed.record, values);
      insert.reset();
      ledger::bind_values(insert, values);
      insert.exec();
      canonical.clear();
      if (parsed.retold || changed_by_check(parsed.record)) {
        ledger::add_canonical(canonical, values);
      } else {
        canonical.add(parsed.record.id);
        canonical.add(parsed.record.station_id);
        canonical.append_canonical(parsed.canonical_tail);
      }
      digest.add_row(canonical.text());
      ++result.rows;
      sequels.record(parsed);
    }
    rows.recycle(std::move(*batch));
  }
  sequels.finish(problems, problems.empty());
  if (o.progress) {
    o.progress(read);
  }
  if (!problems.empty()) {
    problems.back().hint =
        trf("nothing was imported: fix the {} bad line(s) and import the file again", problems.size());
    throw Error(ErrorKind::bad_data, std::move(problems));
  }
  result.file_sha256 = rows.file_sha256();
  result.converted_from_gbk = source.converted_from_gbk();
  if (result.rows == 0) {
    // A header alone (a template, or an export of an empty period) imports nothing: not an
    // error, but there is no audit entry either, as for any command that changes nothing.
    result.first_id = 0;
    return result;
  }
  result.last_id = next_id - 1;
  result.further_sales = sequels.further_sales();
  result.delistings = sequels.delistings();
  result.exchanges = sequels.exchanges();
  result.disputes = sequels.disputes();
  audit::ImportLog log{table,
                       result.first_id,
                       result.last_id,
                       result.rows,
                       std::filesystem::path(o.path).filename().string(),
                       result.file_sha256,
                       digest.hex_digest()};
  tx.imported(log);
  tx.commit();
  return result;
}

} // namespace

std::optional<ImportKind> parse_import_kind(std::string_view name)
{
  if (name == "purchases")
    return ImportKind::purchases;
  if (name == "sales")
    return ImportKind::sales;
  if (name == "services")
    return ImportKind::services;
  if (name == "parcels")
    return ImportKind::parcels;
  return std::nullopt;
}

std::string_view to_string(ImportKind kind)
{
  switch (kind) {
  case ImportKind::purchases:
    return "purchases";
  case ImportKind::sales:
    return "sales";
  case ImportKind::services:
    return "services";
  case ImportKind::parcels:
    return "parcels";
  }
  return "purchases";
}

ImportResult import_csv(SQLite::Database& db, const audit::AuditContext& who, const ImportOptions& options)
{
  switch (options.kind) {
  case ImportKind::purchases:
    return run<ledger::Purchase>(db, who, options, purchase_file_columns(), ledger::purchase_headings());
  case ImportKind::sales:
    return run<ledger::Sale>(db, who, options, sale_file_columns(), ledger::sale_headings());
  case ImportKind::services:
    return run<ledger::Service>(db, who, options, service_file_columns(), ledger::service_headings());
  case ImportKind::parcels:
    return run<ledger::Parcel>(db, who, options, parcel_file_columns(), ledger::parcel_headings());
  }
  return {};
}

} // namespace czs::importing
