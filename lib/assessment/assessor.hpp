#pragma once

#include "assessment/fact_gathering.hpp"
#include "assessment/facts.hpp"
#include "assessment/finding.hpp"
#include "assessment/judgement.hpp"
#include "period/period.hpp"
#include "rules/parameters.hpp"

#include <cstdint>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::assessment {

// What a quarter's end means for one station's standing (see QuarterOutcome).
struct StationDecision
{
  std::int64_t station_id = 0;
  std::string station_code;
  std::int64_t half_year_volume = 0;
  std::int64_t rectification_id = 0; // the order in force at the quarter's start, 0 when none
  std::string order_issued_quarter;  // ... the quarter at whose end it was issued, empty when none
  bool order_rectification = false;
  bool lift_rectification = false;
  int quarters_without_improvement = 0;
  bool eligible_volume_termination = false;
  bool eligible_credit_termination = false;
};

// The outcome of running the rules over a month or a quarter; nothing is written.
struct Assessment
{
  Period period;
  bool quarterly = false;
  std::int64_t stations = 0;              // stations that operated in the period
  std::vector<Finding> findings;          // by station code, then period, then rule
  std::vector<StationDecision> decisions; // quarterly only: stations with something to decide
  std::vector<StationJudgement> judged;   // every station in the register, in code order
  // The parameters that decided it (rules::canonical_rules_text): recorded with an applied run,
  // so a rerun decides under them; empty for a run recorded before schema 15.
  std::string rules;
};

// Runs the monthly rules for a month, or for each month of a quarter and then the quarterly
// rules at its end. `period` must be a calendar month or quarter. Rectification orders are
// taken as they stood at the quarter's start (orders_in_force_at), never as they stand today,
// so a rerun with the same --as-of decides the same. Reads only; streams each rule's counts for
// all stations at once.
Assessment assess(SQLite::Database& db, const Period& period, Date as_of, const rules::Parameters& params);

// The same over facts already gathered for the period (gather_period with the same --as-of and
// parameters), for a caller that shows the facts beside the findings (the monthly evaluation).
Assessment assess(SQLite::Database& db, const Period& period, const PeriodFacts& facts,
                  const rules::Parameters& params);

} // namespace czs::assessment
