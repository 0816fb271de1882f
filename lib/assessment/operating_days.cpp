#include "assessment/operating_days.hpp"

#include <algorithm>

namespace czs::assessment {

int days_in(const Period& period)
{
  return to_days(period.last) - to_days(period.first) + 1;
}

int operating_days(const OperatingSpan& span, const Period& period)
{
  const int first = std::max(to_days(span.opened_on), to_days(period.first));
  int last = to_days(period.last);
  if (span.exit_decided_on) {
    last = std::min(last, to_days(*span.exit_decided_on) - 1);
  }
  return std::max(0, last - first + 1);
}

bool operating_on(const OperatingSpan& span, Date date)
{
  return span.opened_on <= date && (!span.exit_decided_on || date < *span.exit_decided_on);
}

int prorated_quota(int quota, int days_operated, int days_in_period)
{
  if (days_operated <= 0 || days_in_period <= 0 || quota <= 0) {
    return 0;
  }
  if (days_operated >= days_in_period) {
    return quota;
  }
  return (quota * days_operated + days_in_period - 1) / days_in_period;
}

bool operated_months_by(const OperatingSpan& span, int months, Date date)
{
  return add_months(span.opened_on, months) <= add_days(date, 1);
}

} // namespace czs::assessment
