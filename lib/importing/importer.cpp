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
#include "storage/row_feed.hpp"

#include <filesystem>
#include <utility>

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

// The name under which a run of checked rows reaches the INSERT (storage::RowFeed). A run goes
// on until a row must be written on its own or the file ends. Inside the import's transaction
// SQLite keeps a statement journal for each run, so it can undo the run alone: a copy of each
// page the run changes that existed when it began (113 pages for 100,000 purchases), in
// SQLite's temporary directory past 64 KiB, as audit verify's temporary tables are. Kept in
// memory instead (temp_store), it would grow with the pages touched unless runs were cut
// short; runs of 256 and 1,024 rows cost 6% and 2.5% more CPU on 1M purchases.
constexpr const char* k_feed = "czs_import_rows";

// The writing thread's side of an import: takes the reading thread's rows in file order, makes
// the checks that need the database, and gives the rows to write to one INSERT … SELECT through
// a storage::RowFeed. A row that must be written with other rows beside it (a sequel, a purchase's
// goods sent back) ends the feed's run instead, and is written on its own (write_held). After a
// bad row, the rest are still checked, to report every bad row, and none is written.
template <typename R>
class RowWriter
{
public:
  RowWriter(SQLite::Database& db, const ImportOptions& o, RowReader<R>& rows, Sequels<R>& sequels,
            StationCache& stations, std::int64_t next_id, ImportResult& result)
      : m_db(db), m_options(o), m_rows(rows), m_sequels(sequels), m_stations(stations), m_next_id(next_id),
        m_result(result)
  {
  }

  // The next row to write, checked, numbered and in the digest (valid until the next call), or
  // nullptr at the end of the file or before a row to write on its own (held()).
  const std::vector<ledger::ColumnValue>* next()
  {
    while (ParsedRow<R>* parsed = advance()) {
      if (!checked(*parsed)) {
        continue;
      }
      if (m_sequels.is_sequel(*parsed) || m_sequels.writes_beside(*parsed)) {
        m_held = parsed;
        return nullptr;
      }
      const auto& values = admit(*parsed);
      m_sequels.record(*parsed); // remembers the row: nothing to write beside it
      return &values;
    }
    return nullptr;
  }

  bool held() const { return m_held != nullptr; }

  // Writes the row next() stopped before, with `insert` (one row's INSERT) and what goes beside it.
  void write_held(SQLite::Statement& insert)
  {
    ParsedRow<R>& parsed = *std::exchange(m_held, nullptr);
    if (m_sequels.is_sequel(parsed)) {
      m_sequels.sequel(parsed, true);
      if (!parsed.errors.empty()) {
        refuse(parsed);
      }
      return;
    }
    const auto& values = admit(parsed);
    insert.reset();
    ledger::bind_values(insert, values);
    insert.exec();
    m_sequels.record(parsed);
  }

  std::int64_t next_id() const { return m_next_id; }
  std::int64_t read() const { return m_read; }
  std::vector<Diagnostic>& problems() { return m_problems; }
  std::string hex_digest() { return m_digest.hex_digest(); }

private:
  // The reading thread's next row, or nullptr at the end; a batch goes back to that thread once
  // every row of it is written (the rows' text is bound without a copy).
  ParsedRow<R>* advance()
  {
    while (!m_batch || m_at == m_batch->size()) {
      if (m_batch) {
        m_rows.recycle(std::move(*m_batch));
      }
      m_batch = m_rows.next();
      m_at = 0;
      if (!m_batch) {
        return nullptr;
      }
    }
    return &(*m_batch)[m_at++];
  }

  // True for a row to write now; false for one that is empty, bad (added to the problems), or
  // to be only checked and remembered because a bad row came before. A sequel is checked here
  // only when nothing will be written (write_held checks and writes it otherwise).
  bool checked(ParsedRow<R>& parsed)
  {
    ++m_read;
    if (m_options.progress && m_read % k_progress_every == 0) {
      m_options.progress(m_read);
    }
    if (parsed.empty) {
      ++m_result.empty_rows;
      return false;
    }
    if (!parsed.problem.empty()) {
      m_problems.push_back({"", "", parsed.problem, ""});
      return false;
    }
    const bool sequel = m_sequels.is_sequel(parsed);
    if (parsed.errors.empty()) {
      if (sequel) {
        if (m_problems.empty()) {
          return true; // written by write_held, which checks it first
        }
        m_sequels.sequel(parsed, false);
      } else {
        m_sequels.prepare(parsed);
        if (parsed.errors.empty()) {
          check_row(m_db, m_stations, parsed, m_duplicate);
        }
      }
    }
    if (!parsed.errors.empty()) {
      refuse(parsed);
      return false;
    }
    if (sequel) {
      return false;
    }
    if (!m_problems.empty()) {
      m_sequels.record(parsed); // still validating, to report every bad row; nothing more is written
      return false;
    }
    return true;
  }

  void refuse(const ParsedRow<R>& parsed)
  {
    m_problems.push_back({"", "", trf("line {}: {}", parsed.line, joined(parsed.errors)), ""});
  }

  // Numbers a checked row and adds it to the digest; its values, to write.
  const std::vector<ledger::ColumnValue>& admit(ParsedRow<R>& parsed)
  {
    parsed.record.id = m_next_id++;
    m_canonical.clear();
    if (parsed.retold || changed_by_check(parsed.record)) {
      ledger::values_of(parsed.record, m_values); // columns changed here: made again, whole
      ledger::add_canonical(m_canonical, m_values);
      m_digest.add_row(m_canonical.text());
      ++m_result.rows;
      return m_values;
    }
    // The reading thread made the rest (ParsedRow::values): values_of puts id and station_id first.
    parsed.values[0] = parsed.record.id;
    parsed.values[1] = parsed.record.station_id;
    m_canonical.add(parsed.record.id);
    m_canonical.add(parsed.record.station_id);
    m_canonical.append_canonical(parsed.canonical_tail);
    m_digest.add_row(m_canonical.text());
    ++m_result.rows;
    return parsed.values;
  }

  SQLite::Database& m_db;
  const ImportOptions& m_options;
  RowReader<R>& m_rows;
  Sequels<R>& m_sequels;
  StationCache& m_stations;
  std::int64_t m_next_id;
  ImportResult& m_result;
  std::optional<Batch<R>> m_batch;
  std::size_t m_at = 0;
  ParsedRow<R>* m_held = nullptr;
  std::optional<ledger::TrackingLookup> m_duplicate;
  std::vector<ledger::ColumnValue> m_values;
  audit::CanonicalRow m_canonical;
  audit::RowDigest m_digest;
  std::vector<Diagnostic> m_problems;
  std::int64_t m_read = 0;
};

template <typename R>
ImportResult run(SQLite::Database& db, const audit::AuditContext& who, const ImportOptions& o,
                 std::span<const ColumnSpec> specs, std::span<const ledger::RecordHeading> headings)
{
  ImportSource source(o.path);
  text::CsvReader reader(source.stream());
  HeaderMap header;
  read_header(reader, header, specs, headings, o.path);

  const std::string table(ledger::table_of(R{}));
  const auto columns = ledger::columns_of(R{});
  ForeignKeysChecked by_us(db);
  audit::AuditedTransaction tx(db, who, "import." + std::string(to_string(o.kind)));
  CacheSize cache(db);
  StationCache stations(db);
  ImportResult result;
  result.first_id = db.execAndGet("SELECT coalesce(max(id), 0) + 1 FROM " + table).getInt64();
  Sequels<R> sequels(tx, stations);
  RowReader<R> rows(source, reader, header, o.today);
  RowWriter<R> writer(db, o, rows, sequels, stations, result.first_id, result);
  {
    storage::RowFeed feed(db, k_feed, static_cast<int>(columns.size()), [&] { return writer.next(); });
    SQLite::Statement insert_run(db, ledger::insert_from_sql(table, columns, k_feed));
    SQLite::Statement insert_one(db, ledger::insert_sql(table, columns));
    for (;;) {
      feed.run(insert_run);
      if (!writer.held()) {
        break;
      }
      writer.write_held(insert_one);
    }
  }
  auto& problems = writer.problems();
  sequels.finish(problems, problems.empty());
  if (o.progress) {
    o.progress(writer.read());
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
  result.last_id = writer.next_id() - 1;
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
                       writer.hex_digest()};
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
