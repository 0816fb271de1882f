#pragma once

#include "period/period.hpp"
#include "stations/station.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::audit {
class AuditedTransaction;
}

namespace czs::oversight {

// One line of a count sheet (Art. 11): an item with its book and counted quantities, in
// hundredths of its unit; a line that does not match needs a reason before closing.
struct StocktakeLine
{
  std::int64_t id = 0;
  std::string item;
  std::string unit;
  std::int64_t book_centi = 0;
  std::int64_t counted_centi = 0;
  std::string reason;

  bool matches() const { return book_centi == counted_centi; }
};

// A station's stock-take of one calendar month ("2026-03"); closed_on is empty while open.
struct Stocktake
{
  std::int64_t id = 0;
  std::int64_t station_id = 0;
  std::string station_code;
  std::string month;
  std::string counted_on;
  std::string counter;
  std::string closed_on;
  bool matched = false; // meaningful once closed
  std::int64_t line_count = 0;
  std::int64_t mismatched_count = 0;
  std::vector<StocktakeLine> lines; // filled by require_stocktake
};

// What a count sheet says: how many lines, which do not match, which of those lack a reason,
// and whether books and stock match (every line matches).
struct StocktakeResult
{
  std::size_t lines = 0;
  std::vector<std::string> mismatched;
  std::vector<std::string> unexplained;
  bool matched = true;
};

// Judges a count sheet; pure, for closing and for tests.
StocktakeResult evaluate(const std::vector<StocktakeLine>& lines);

// Which stock-takes a listing shows; empty fields do not filter. Months are inclusive labels.
struct StocktakeFilter
{
  std::optional<std::int64_t> station_id;
  std::string from_month;
  std::string to_month;
  bool open_only = false;
  std::string batch; // the stations of this construction batch (Art. 2.2), as stored
};

// Opens the stock-take of `month` for a station in service on `counted_on`, which may not be
// before the month starts. Throws czs::Error(bad_data) for a second stock-take of the month.
std::int64_t open_stocktake(audit::AuditedTransaction& tx, const stations::Station& station, const Period& month,
                            const std::string& counted_on, const std::string& counter);

// Adds a line to an open stock-take, or replaces the line of the same item (a recount); returns
// true when it replaced one. Throws czs::Error(bad_data) when the stock-take is closed.
bool put_line(audit::AuditedTransaction& tx, Stocktake& stocktake, const StocktakeLine& line);

// Closes the stock-take on `date` (not before it was counted), freezing its lines and recording
// whether books and stock match. Throws czs::Error(bad_data) when it is already closed, has no
// lines, or has mismatched lines without a reason (naming each).
void close_stocktake(audit::AuditedTransaction& tx, Stocktake& stocktake, const std::string& date);

// The stock-take of a station and month with its lines; throws czs::Error(not_found).
Stocktake require_stocktake(SQLite::Database& db, const stations::Station& station, const std::string& month);

// Calls `each` for every matching stock-take (without lines), by month then station code.
void for_each_stocktake(SQLite::Database& db, const StocktakeFilter& filter,
                        const std::function<void(const Stocktake&)>& each);

} // namespace czs::oversight
