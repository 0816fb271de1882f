#pragma once

#include "assessment/facts.hpp"
#include "assessment/finding.hpp"
#include "period/period.hpp"
#include "rules/parameters.hpp"

#include <vector>

namespace czs::assessment {

// Applies R-INSPECT-FREQ, R-POST-QUOTA, R-POST-VIOLATIONS, R-STOCKTAKE, R-PICKUP-NOTICE, R-FEE
// and R-DAILY-LOGIN to one station for one calendar month, appending a finding for each rule not met.
// Quotas are scaled to the days the station operated in the month (prorated_quota); the
// stock-take is owed when the station operated on the month's last day.
void check_month(const StationLife& station, const Period& month, const MonthFacts& facts,
                 const rules::Parameters& params, std::vector<Finding>& out);

// R-DAILY-LOGIN (Art. 12): the days of platform activity owed in a month by a station that
// operated `days_operated` of its `days_in_month` days: params.min_login_days prorated as the
// quotas are (rounded up), and never more than the days it operated; 0 when the minimum is 0
// (recorded, not enforced).
int login_days_due(const rules::Parameters& params, int days_operated, int days_in_month);

} // namespace czs::assessment
