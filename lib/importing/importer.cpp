#include "importing/importer.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "importing/import_guards.hpp"
#include "importing/purchase_sequels.hpp"
#include "importing/row_parsers.hpp"
#include "importing/row_reader.hpp"
#include "importing/row_writer.hpp"
#include "importing/sale_sequels.hpp"
#include "ledger/record_headings.hpp"
#include "ledger/record_store.hpp"

#include <filesystem>

#include <SQLiteCpp/Statement.h>

namespace czs::importing {

namespace {

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
  SQLite::Statement insert(db, ledger::insert_sql(table, columns));
  writer.write_all(insert);
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
