// Prints the SQL that a czstation listing runs, with its parameters bound, so that bench/all.sh
// times the sqlite3 shell on the same query as the command (issue 12: "the shell's same query")
// and the yardstick follows the code when a listing's query changes.
//
//   czstation_bench_sql DB LISTING [STATION_ID]
// LISTING is one of order, parcel, post, inspection, station, items, audit (the columns a table
// shows) or audit-changes (with the changes, as JSON and CSV print). With STATION_ID, the listing
// of that one station where the command has --station.
//
// The SQL is the statement that delivers the listing's first row (of an empty listing, the first
// statement run), caught by sqlite3_trace_v2 while the library's own for_each_* runs; the listing
// is then stopped.
#include "audit/audit_query.hpp"
#include "ledger/record_query.hpp"
#include "oversight/inspection.hpp"
#include "oversight/post.hpp"
#include "stations/equipment_register.hpp"
#include "stations/station_store.hpp"
#include "storage/database.hpp"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <optional>
#include <string>

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

namespace {

struct FirstRow
{};

struct Caught
{
  std::string first_run;
  std::string first_with_row;
};

std::string expanded(void* statement)
{
  char* text = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
  std::string sql = text ? text : "";
  sqlite3_free(text);
  return sql;
}

int on_trace(unsigned event, void* context, void* statement, void*)
{
  auto* caught = static_cast<Caught*>(context);
  if (event == SQLITE_TRACE_STMT && caught->first_run.empty())
    caught->first_run = expanded(statement);
  if (event == SQLITE_TRACE_ROW && caught->first_with_row.empty())
    caught->first_with_row = expanded(statement);
  return 0;
}

void run_listing(SQLite::Database& db, const std::string& listing, std::optional<std::int64_t> station_id,
                 const std::string& station_code)
{
  const auto stop = [](const auto&...) { throw FirstRow{}; };
  if (listing == "order" || listing == "parcel") {
    czs::ledger::RecordFilter filter;
    filter.station_id = station_id;
    if (listing == "order")
      czs::ledger::for_each_order(db, filter, stop);
    else
      czs::ledger::for_each_parcel(db, filter, stop);
  } else if (listing == "post") {
    czs::oversight::PostFilter filter;
    filter.station_id = station_id;
    czs::oversight::for_each_post(db, filter, stop);
  } else if (listing == "inspection") {
    czs::oversight::InspectionFilter filter;
    filter.station_id = station_id;
    czs::oversight::for_each_inspection(db, filter, stop);
  } else if (listing == "station") {
    czs::stations::for_each_station(db, {}, stop);
  } else if (listing == "items") {
    czs::stations::for_each_item(db, true, stop);
  } else if (listing == "audit" || listing == "audit-changes") {
    czs::audit::AuditFilter filter;
    filter.with_changes = listing == "audit-changes";
    filter.station_code = station_code;
    czs::audit::for_each_entry(db, filter, stop);
  } else {
    throw std::invalid_argument("unknown listing " + listing);
  }
}

} // namespace

int main(int argc, char** argv)
{
  if (argc < 3 || argc > 4) {
    std::fprintf(stderr, "usage: %s DB LISTING [STATION_ID]\n", argv[0]);
    return 64;
  }
  try {
    czs::storage::OpenOptions options;
    options.mode = czs::storage::OpenMode::read_only;
    auto database = czs::storage::Database::open(argv[1], options);
    std::optional<std::int64_t> station_id;
    if (argc == 4)
      station_id = std::atoll(argv[3]);
    std::string station_code; // audit entries name their station by code
    if (station_id) {
      SQLite::Statement q(database.sql(), "SELECT code FROM station WHERE id = ?");
      q.bind(1, *station_id);
      if (q.executeStep())
        station_code = q.getColumn(0).getString();
    }
    Caught caught;
    sqlite3_trace_v2(database.sql().getHandle(), SQLITE_TRACE_STMT | SQLITE_TRACE_ROW, on_trace, &caught);
    try {
      run_listing(database.sql(), argv[2], station_id, station_code);
    } catch (const FirstRow&) {
    }
    const std::string& sql = caught.first_with_row.empty() ? caught.first_run : caught.first_with_row;
    if (sql.empty()) {
      std::fprintf(stderr, "%s: the %s listing ran no SQL\n", argv[0], argv[2]);
      return 70;
    }
    std::printf("%s;\n", sql.c_str());
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: %s\n", argv[0], e.what());
    return 70;
  }
}
