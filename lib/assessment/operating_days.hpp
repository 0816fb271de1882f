#pragma once

#include "period/date.hpp"
#include "period/period.hpp"

#include <optional>

namespace czs::assessment {

// The days a station operated: from its opening (the plaque day, Art. 15) up to, not including,
// the day its exit was decided (status closing); open-ended while it operates.
struct OperatingSpan
{
  Date opened_on;
  std::optional<Date> exit_decided_on;
};

// How many days of `period` the station operated.
int operating_days(const OperatingSpan& span, const Period& period);

// True when the station operated on `date`.
bool operating_on(const OperatingSpan& span, Date date);

// A monthly quota scaled to the days operated, rounded up: a station open 12 of 31 days owes
// ceil(2 × 12 / 31) = 1 inspection. A whole period owes the whole quota; no days owe nothing.
int prorated_quota(int quota, int days_operated, int days_in_period);

// Days in a period, both ends included.
int days_in(const Period& period);

// True when the station has operated at least `months` whole months by the end of `date`
// (opened on 2026-01-01, six months are complete at the end of 2026-06-30).
bool operated_months_by(const OperatingSpan& span, int months, Date date);

} // namespace czs::assessment
