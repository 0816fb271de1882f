#pragma once

#include "ledger/dispute_counts.hpp"
#include "period/period.hpp"
#include "rules/parameters.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::assessment {

// The county at a quarter's end, for the centre's quarterly overview: stations by the status
// they had on the quarter's last day, the ledger's volume, and the rectification and
// termination standing that the applied assessments recorded.
struct QuarterOverview
{
  std::string quarter;
  bool applied = false;     // the quarter's assessment was applied
  std::string audit_anchor; // the audit chain's head that applied run saw (ENTRY:HASH), or empty
  std::int64_t applied_stations = 0;
  std::int64_t open_stations = 0;
  std::int64_t rectifying_stations = 0;
  std::int64_t closing_stations = 0;
  std::int64_t closed_stations = 0;
  std::int64_t ledger_records = 0;           // completed in the quarter, counted kinds
  std::int64_t half_year_ledger_records = 0; // in the quarter and the one before
  std::int64_t rectifications_ordered = 0;   // at this quarter's end
  std::int64_t rectifications_lifted = 0;    // at this quarter's end
  std::int64_t rectifications_in_force = 0;  // after this quarter's end
  std::int64_t eligible_volume_termination = 0;
  std::int64_t eligible_credit_termination = 0;
  // Purchase disputes opened in the quarter, per kind in the order of ledger::dispute_kinds() (Art. 8).
  std::array<std::int64_t, ledger::k_dispute_kinds> disputes_by_kind{};
  std::vector<std::pair<std::string, std::int64_t>>
      stations_by_batch;                // batch ("": none) → stations registered by the quarter's end
  std::int64_t outreach_activities = 0; // held in the quarter, every station (Art. 4.1)
  std::int64_t outreach_attendees = 0;
};

// The overview of one calendar quarter. Reads only.
QuarterOverview quarter_overview(SQLite::Database& db, const Period& quarter, const rules::Parameters& params);

} // namespace czs::assessment
