#pragma once

#include "assessment/facts.hpp"
#include "assessment/finding.hpp"
#include "period/period.hpp"
#include "rules/parameters.hpp"

#include <vector>

namespace czs::assessment {

// What a quarter's end means for a station's standing beyond its findings.
struct QuarterOutcome
{
  std::vector<Finding> findings;
  bool order_rectification = false;         // R-VOLUME caught a station with no order in force
  bool lift_rectification = false;          // the order in force is lifted: volume reached the threshold
  int quarters_without_improvement = 0;     // for the order in force, after this quarter
  bool eligible_volume_termination = false; // R-TERMINATE-VOLUME
  bool eligible_credit_termination = false; // R-TERMINATE-CREDIT
};

// Applies R-CALLBACK, R-VOLUME, R-TERMINATE-VOLUME and R-TERMINATE-CREDIT to one station at
// the end of one calendar quarter.
//
// Readings of the measures (Art. 14.2, 14.3), documented in czstation-assess(1):
// - R-VOLUME judges a station that has operated at least min_months_open whole months by the
//   quarter's end, on the ledger records of the two quarters ending there (its half year).
// - "Improvement" under an order is the trailing half-year volume reaching the threshold, which
//   lifts the order; each later quarter end without it counts, and at the third consecutive one
//   (quarters_without_improvement) the station may be terminated.
// - R-TERMINATE-CREDIT: a serious incident whose grace period ended by the quarter's end and that
//   is still uncorrected at that end.
// - R-CALLBACK is owed by the centre for a station operating on the quarter's last day.
QuarterOutcome check_quarter(const StationLife& station, const Period& quarter, const QuarterFacts& facts,
                             const rules::Parameters& params);

} // namespace czs::assessment
