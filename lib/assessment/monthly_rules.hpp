#pragma once

#include "assessment/facts.hpp"
#include "assessment/finding.hpp"
#include "period/period.hpp"
#include "rules/parameters.hpp"

#include <vector>

namespace czs::assessment {

// Applies R-INSPECT-FREQ, R-POST-QUOTA, R-POST-VIOLATIONS, R-STOCKTAKE, R-PICKUP-NOTICE and
// R-FEE to one station for one calendar month, appending a finding for each rule not met.
// Quotas are scaled to the days the station operated in the month (prorated_quota); the
// stock-take is owed when the station operated on the month's last day.
void check_month(const StationLife& station, const Period& month, const MonthFacts& facts,
                 const rules::Parameters& params, std::vector<Finding>& out);

} // namespace czs::assessment
