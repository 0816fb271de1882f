#pragma once

#include "assessment/overview.hpp"
#include "period/period.hpp"
#include "rules/parameters.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

// The county's quarterly report for its leadership: every figure of the printed report,
// gathered for all stations at once (each part one indexed query or one streamed pass), in
// the shapes the report prints. Reads only; renders nothing.
namespace czs::county_report {

// Statuses in the order of stations::Status: applied, open, rectifying, closing, closed.
inline constexpr std::size_t k_statuses = 5;

struct StationLine
{
  std::int64_t id = 0;
  std::string code;
  std::string name;
  std::string township;
};

// Stations of one township by the status they had on the quarter's last day.
struct TownshipStations
{
  std::string township;
  std::array<std::int64_t, k_statuses> by_status{};
};

// Ledger records completed, with the money they moved and the fees, in fen.
struct Volume
{
  std::int64_t records = 0;
  std::int64_t amount_fen = 0;
  std::int64_t fee_fen = 0;

  void add(const Volume& v);
};

// One volume per ledger kind, in the order of ledger::ledger_kinds().
using KindVolumes = std::vector<Volume>;

// A township's ledger: its stations in service during the quarter or with records in it.
struct TownshipVolume
{
  std::string township;
  KindVolumes by_kind;
};

// A quarter's ledger records per kind (in the order of ledger::ledger_kinds()): counts only, so
// the eight quarters are read from the indexes alone.
struct QuarterVolume
{
  std::string quarter; // "2026Q2"
  std::vector<std::int64_t> records;

  std::int64_t total() const;
};

// The findings of one rule recorded for the quarter and its months by the runs in force: how
// many (station, period) findings and how many stations.
struct RuleFindings
{
  std::string rule;
  std::string article;
  std::int64_t findings = 0;
  std::int64_t stations = 0;
};

// An R-VOLUME rectification order (Art. 14.2) that was issued at, lifted at, or in force after
// the quarter's end (withdrawn orders are left out).
struct Rectification
{
  StationLine station;
  std::string issued_quarter;
  std::string issued_on;
  std::int64_t volume = 0;    // the half-year volume that led to it
  std::string lifted_quarter; // empty while in force
  std::int64_t quarters_without_improvement = 0;
  bool ordered_now = false; // issued at this quarter's end
  bool lifted_now = false;  // lifted at this quarter's end
  bool in_force = false;    // still in force after this quarter's end
};

// A station the quarter's applied assessment found eligible for termination (R-TERMINATE-*).
struct Eligible
{
  StationLine station;
  std::string rule;
  std::string article;
  std::string message;
};

// The centre's visits in one month of the quarter (Art. 10, 11).
struct MonthOversight
{
  std::string month;
  std::int64_t in_service = 0;         // stations in service for a day of the month or more
  std::int64_t inspected_enough = 0;   // of them, with the inspections R-INSPECT-FREQ asks
  std::int64_t inspections = 0;        // visits in the month
  std::int64_t stocktakes_matched = 0; // stock-takes closed and matching
};

// The quarter's callbacks (Art. 14.2).
struct CallbackOversight
{
  std::int64_t in_service = 0;
  std::int64_t called = 0;  // stations with at least one call for the quarter
  std::int64_t reached = 0; // stations reached
};

struct StationActivity
{
  StationLine station;
  std::int64_t records = 0; // ledger records of every kind in the quarter
  std::int64_t amount_fen = 0;
};

struct QuarterReport
{
  assessment::QuarterOverview overview;
  std::vector<TownshipStations> stations_by_township; // by township
  KindVolumes quarter_total;                          // the quarter's ledger, every station
  std::vector<TownshipVolume> volume_by_township;     // by township, the quarter's ledger
  std::vector<QuarterVolume> trend;                   // oldest first, ending with the quarter
  std::vector<RuleFindings> findings;                 // in the order of the rule catalogue
  std::vector<Rectification> rectifications;          // by issued quarter, then station code
  std::vector<Eligible> eligible;                     // by station code, then rule
  std::vector<MonthOversight> months;                 // the quarter's three months
  CallbackOversight callbacks;
  std::int64_t inspections_required = 0;     // per station and month (R-INSPECT-FREQ)
  std::vector<StationActivity> most_active;  // most ledger records first
  std::vector<StationActivity> least_active; // fewest first; none of most_active
};

// The report of a calendar quarter: the trend covers `trend_quarters` quarters ending with
// it, the most and least active lists `ranked` stations each among those in service during
// the quarter. Reads only; call inside one read transaction for a consistent picture.
QuarterReport quarter_report(SQLite::Database& db, const Period& quarter, const rules::Parameters& params,
                             int trend_quarters = 8, std::size_t ranked = 5);

} // namespace czs::county_report
