#pragma once

#include "assessment/facts.hpp"
#include "assessment/finding.hpp"
#include "assessment/run_store.hpp"
#include "ledger/outreach.hpp"
#include "period/date.hpp"
#include "period/period.hpp"
#include "rules/rule_catalogue.hpp"
#include "rules/scoring.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The monthly evaluation of each station (Art. 7.2, 10) as a value: what every renderer (text,
// JSON, CSV, and later HTML and XLSX) reads. Nothing here prints or knows a format.
namespace czs::evaluation {

// One visit of the centre (Art. 10) as the evaluation sheet lists it.
struct InspectionFact
{
  std::int64_t id = 0;
  std::string date;
  std::string inspector;
  std::string problems;          // what was found; empty: nothing
  std::int64_t failed_items = 0; // checklist items that failed
};

// The stock-take of one calendar month of the period (Art. 11).
struct StocktakeFact
{
  std::string month; // "2026-05"
  assessment::StocktakeState state = assessment::StocktakeState::missing;
  bool owed = false; // the station operated on the month's last day (R-STOCKTAKE judges it)
};

// A stock-take state's stable key ("missing", "unclosed", "matched", "mismatched"), and the
// same for people, translated.
std::string_view stocktake_key(assessment::StocktakeState state);
std::string stocktake_label(assessment::StocktakeState state);

// A ledger kind (purchase, sale, service, parcel_in, parcel_out) as a person reads it in an
// evaluation, translated: "proxy purchases picked up"; an unknown kind as is.
std::string ledger_kind_label(std::string_view kind);

// One kind of the ledger (台账, lib/ledger/ledger.hpp) in the period.
struct KindVolume
{
  std::string kind; // purchase, sale, service, parcel_in, parcel_out
  std::int64_t records = 0;
  std::int64_t amount_fen = 0;
  std::int64_t fee_fen = 0;
  bool counted = false; // the rules file counts the kind as volume (volume.counted_kinds)
};

// The period's facts the measures name for one station, from the records as they stand.
struct StationFacts
{
  std::vector<InspectionFact> inspections;       // oldest first
  std::vector<StocktakeFact> stocktakes;         // one per calendar month of the period
  std::int64_t approved_posts = 0;               // approved, non-duplicate, submitted in the period (Art. 12)
  std::int64_t violations = 0;                   // posts rejected as violations in the period (Art. 12)
  std::int64_t untrue_posts = 0;                 // posts rejected as untrue in the period (Art. 9): not violations
  std::int64_t nonstandard_posts = 0;            // posts rejected for non-standard wording in the period (Art. 9)
  std::int64_t login_days = 0;                   // days active on the content platform in the period (Art. 12)
  std::vector<KindVolume> ledger;                // every kind, in the order of ledger::ledger_kinds()
  std::int64_t volume = 0;                       // ledger records of the counted kinds (Art. 14.2)
  std::int64_t late_notices = 0;                 // arrivals not notified in time (Art. 5.1, 8)
  std::int64_t fees_fen = 0;                     // fees charged on the period's ledger records (Art. 4.6)
  std::int64_t overcharged_fees = 0;             // records whose fee exceeded the schedule
  std::optional<std::int64_t> callbacks_reached; // a quarter only: callbacks that reached the station (Art. 14.2)
  ledger::OutreachCount outreach;                // outreach activities held in the period, by kind (Art. 4.1)
};

// The points one finding cost.
struct Deduction
{
  rules::Rule rule = rules::Rule::post_quota;
  std::string period; // the period the finding judged ("2026-05" of 2026Q2)
  std::int64_t points_tenths = 0;
};

// A scored result (scoring.hpp); points in tenths (87.5 is 875).
struct Score
{
  std::int64_t full_marks_tenths = 0;
  std::int64_t volume_points_tenths = 0; // earned, out of the rules file's volume points
  std::int64_t volume_due = 0;           // counted records that earn all of them, prorated; 0 without
  std::int64_t deducted_tenths = 0;      // the sum of the deductions
  std::int64_t points_tenths = 0;        // full marks − volume points + earned − deducted, at least 0
  rules::Grade grade = rules::Grade::fail;
  std::vector<Deduction> deductions; // one per finding that cost points, in the findings' order
};

// One station's evaluation: who, the days it operated, the facts, the findings and the result.
struct StationEvaluation
{
  std::int64_t station_id = 0;
  std::string code;
  std::string name;
  std::string township;
  Date opened_on;
  std::optional<Date> exit_decided_on;
  int operated_days = 0;
  int days_in_period = 0;
  StationFacts facts;
  std::vector<assessment::Finding> findings; // the period's findings of the station, rules' order
  std::optional<Score> score;                // when the rules file scores (Parameters::scoring)
};

// The evaluation of a month or a quarter.
struct Evaluation
{
  Period period;
  bool quarterly = false;
  Date as_of;
  // The applied assessment run whose recorded findings are shown (the month's own, else its
  // quarter's); nullopt when the findings were judged now from the records as they stand.
  std::optional<assessment::RunInfo> recorded;
  std::optional<rules::Scoring> scoring;
  std::vector<StationEvaluation> stations; // in code order
};

} // namespace czs::evaluation
