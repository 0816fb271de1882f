#pragma once

#include "period/date.hpp"
#include "period/period.hpp"

#include <cstdint>
#include <functional>
#include <optional>

#include <SQLiteCpp/Database.h>

// The questions the rules engine asks of the oversight records, for ALL stations of a period at
// once. Each is one query over an index that leads with the period column (schemas/0003), so it
// reads only the period's entries; rows stream to the callback in ascending station_id, one
// per station that has any, so the engine can merge them with its list of stations. A station
// that is absent has a count of zero. The engine decides which stations the rules apply to.
namespace czs::oversight {

struct StationCount
{
  std::int64_t station_id = 0;
  std::int64_t count = 0;
};
using CountSink = std::function<void(const StationCount&)>;

// R-INSPECT-FREQ (Art. 10): inspections dated within the period.
void inspections_by_station(SQLite::Database& db, const Period& period, const CountSink& each);

// R-POST-QUOTA (Art. 12): posts submitted within the period, approved on or before
// `decided_by`, and not duplicates.
void counted_posts_by_station(SQLite::Database& db, const Period& period, Date decided_by, const CountSink& each);

// R-POST-VIOLATIONS (Art. 12): posts rejected as violations with a decision dated from `from`
// (the whole life when nullopt) to `to`, both included.
void violations_by_station(SQLite::Database& db, std::optional<Date> from, Date to, const CountSink& each);

// Art. 9: posts rejected as untrue, and as non-standard wording, with a decision dated within
// the period; not violations, so R-POST-VIOLATIONS does not count them.
struct Art9Rejections
{
  std::int64_t station_id = 0;
  std::int64_t untrue = 0;
  std::int64_t nonstandard = 0;
};
void art9_rejections_by_station(SQLite::Database& db, const Period& period,
                                const std::function<void(const Art9Rejections&)>& each);

// The first day of the R-POST-VIOLATIONS window that ends on `to`: nullopt for the whole life
// (window 0), else the day after `to` minus window months (12 months ending 2026-06-30 begin
// on 2025-07-01).
std::optional<Date> violation_window_start(Date to, int window_months);

// R-STOCKTAKE (Art. 11): the stock-take of a calendar month, per station that has one.
struct StocktakeState
{
  std::int64_t station_id = 0;
  bool closed = false;
  bool matched = false; // books and stock matched (meaningful when closed)
};
void stocktakes_by_station(SQLite::Database& db, const Period& month,
                           const std::function<void(const StocktakeState&)>& each);

// R-CALLBACK (Art. 14.2): calls made for a calendar quarter, and how many reached the station.
struct CallbackCount
{
  std::int64_t station_id = 0;
  std::int64_t attempts = 0;
  std::int64_t reached = 0;
};
void callbacks_by_station(SQLite::Database& db, const Period& quarter,
                          const std::function<void(const CallbackCount&)>& each);

// R-TERMINATE-CREDIT (Art. 14.3): serious incidents not corrected by `at` whose grace period
// ended before it, with the date of the oldest.
struct OverdueCredit
{
  std::int64_t station_id = 0;
  std::int64_t count = 0;
  Date oldest;
};
void overdue_credit_by_station(SQLite::Database& db, Date at, int grace_days,
                               const std::function<void(const OverdueCredit&)>& each);

// R-TERMINATE-CREDIT (Art. 14.3) at a quarter's end, as SPEC.md reads it: a serious incident not
// corrected within its grace period (grace_days from the day it happened; corrected on the last
// day of grace is in time) counts in the quarter in which the grace period ends (one ending on the
// quarter's last day included) and in each later quarter it is still uncorrected after the first day of;
// a correction after the grace period does not erase it. Streamed by station, with the longest
// time an incident stayed uncorrected (to the day of its correction, or through the quarter's last
// day, in days counted
// from the day it happened) and that incident's day and the last day of its grace period.
struct CreditEligibility
{
  std::int64_t station_id = 0;
  std::int64_t incidents = 0;
  std::int64_t uncorrected_days = 0;
  Date happened_on;
  Date grace_ended;
};
void credit_eligibility_by_station(SQLite::Database& db, const Period& quarter, int grace_days,
                                   const std::function<void(const CreditEligibility&)>& each);

} // namespace czs::oversight
