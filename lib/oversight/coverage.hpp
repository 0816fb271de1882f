#pragma once

#include "period/date.hpp"
#include "period/period.hpp"
#include "stations/station.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include <SQLiteCpp/Database.h>

// The clerk's views of what the centre has done per station in a month or quarter: every
// station in service for at least one day of the period, by township then code, with its
// counts. (The rules engine uses period_counts.hpp instead.)
namespace czs::oversight {

struct StationRef
{
  std::int64_t id = 0;
  std::string code;
  std::string name;
  std::string township;
  stations::Status status = stations::Status::open;
  std::string opened_on;
};

// Where a station's stock-take of a month stands.
enum class StocktakeStanding
{
  none,
  open,
  matched,
  mismatched
};
std::string_view to_string(StocktakeStanding standing);
const char* stocktake_standing_label(StocktakeStanding standing);

// Art. 10 and 11 for one month.
struct MonthCoverage
{
  StationRef station;
  std::int64_t inspections = 0;
  std::string last_inspected_on; // empty: none in the month
  StocktakeStanding stocktake = StocktakeStanding::none;
};
void month_coverage(SQLite::Database& db, const Period& month, const std::function<void(const MonthCoverage&)>& each);

// Art. 14.2 for one quarter.
struct QuarterCoverage
{
  StationRef station;
  std::int64_t attempts = 0;
  std::int64_t reached = 0;
  std::string last_called_on; // empty: no call for the quarter
};
void quarter_coverage(SQLite::Database& db, const Period& quarter,
                      const std::function<void(const QuarterCoverage&)>& each);

// Art. 12 for one month: the station's posts of the month by outcome, the approved
// non-duplicate ones that count towards the quota, and its violations (rejections decided)
// from `violations_from` (whole life when nullopt) to the month's end.
struct PostTally
{
  StationRef station;
  std::int64_t submitted = 0; // all posts of the month
  std::int64_t counted = 0;   // approved and not duplicates
  std::int64_t pending = 0;   // not decided yet
  std::int64_t duplicates = 0;
  std::int64_t rejected = 0;   // rejected among the month's posts
  std::int64_t violations = 0; // in the window
};
void post_tally(SQLite::Database& db, const Period& month, std::optional<Date> violations_from,
                const std::function<void(const PostTally&)>& each);

} // namespace czs::oversight
