#pragma once

#include "assessment/operating_days.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace czs::assessment {

// Who is judged: a station and the days it operated.
struct StationLife
{
  std::int64_t id = 0;
  std::string code;
  std::string township;
  OperatingSpan span;
};

// The state of a station's stock-take for a month (Art. 11).
enum class StocktakeState
{
  missing,
  unclosed,
  matched,
  mismatched
};

// What the records say of one station in one calendar month, as the monthly rules need it.
struct MonthFacts
{
  int inspections = 0;          // R-INSPECT-FREQ: inspections dated in the month
  int approved_posts = 0;       // R-POST-QUOTA: approved, non-duplicate posts submitted in the month
  int violations_in_month = 0;  // R-POST-VIOLATIONS: posts rejected as violations in the month
  int violations_in_window = 0; // ... and in the configured window ending with the month
  StocktakeState stocktake = StocktakeState::missing; // R-STOCKTAKE
  int late_notices = 0;     // R-PICKUP-NOTICE: arrivals in the month notified late, or not yet
  int overcharged_fees = 0; // R-FEE: records in the month whose fee exceeds the schedule
  int login_days = 0;       // R-DAILY-LOGIN: days of the month the station was active on the platform
};

// A rectification order still in force at the start of a quarter (R-VOLUME, R-TERMINATE-VOLUME).
struct OpenRectification
{
  std::int64_t id = 0;
  std::string issued_quarter;           // the quarter at whose end it was ordered
  int quarters_without_improvement = 0; // applied quarter ends since the order, none improved
};

// What the records say of one station at one quarter's end, as the quarterly rules need it.
struct QuarterFacts
{
  int reached_callbacks = 0;                // R-CALLBACK: callbacks in the quarter that reached the station
  int half_year_volume = 0;                 // R-VOLUME: ledger records in the two quarters ending here
  int overdue_credit_incidents = 0;         // R-TERMINATE-CREDIT: serious, not corrected within the grace period
  std::int64_t credit_uncorrected_days = 0; // the longest such incident stayed uncorrected, to the quarter's end
  std::string credit_happened_on;           // the day that incident happened (its days count from it)
  std::string credit_grace_ended;           // the last day of that incident's grace period
  std::optional<OpenRectification> rectification;
};

} // namespace czs::assessment
