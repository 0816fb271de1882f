#pragma once

#include "assessment/facts.hpp"
#include "assessment/judgement.hpp"
#include "period/date.hpp"
#include "period/period.hpp"
#include "rules/parameters.hpp"

#include <cstdint>
#include <map>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::assessment {

// Every station that operated at least one day of the period (from its opening to the day its
// exit was decided), in code order, with its operating span.
std::vector<StationLife> stations_in_period(SQLite::Database& db, const Period& period);

// Every station in the register, in code order, with its opening day and exit decision if any.
std::vector<RegisterEntry> register_entries(SQLite::Database& db);

// The monthly facts of every station for each calendar month of `period` (a month or a
// quarter), in the order of months_in(period), each by station id (a station without any record
// has default facts). `as_of` bounds decisions and notices: what was decided or done after it
// does not count yet, so a rerun with the same --as-of gives the same facts. The ledger is read
// once for the whole period and split by month.
std::vector<std::map<std::int64_t, MonthFacts>> gather_months(SQLite::Database& db, const Period& period, Date as_of,
                                                              const rules::Parameters& params);

// The quarterly facts of every station at the end of one calendar quarter, by station id,
// including the rectification orders in force at the quarter's start (orders_in_force_at).
std::map<std::int64_t, QuarterFacts> gather_quarter(SQLite::Database& db, const Period& quarter,
                                                    const rules::Parameters& params);

// Everything the rules of a month or quarter read, gathered once: the stations that operated in
// the period, the facts of each of its months, and (a quarter only) the facts at its end.
struct PeriodFacts
{
  std::vector<StationLife> stations;
  std::vector<std::map<std::int64_t, MonthFacts>> months; // in the order of months_in(period)
  std::map<std::int64_t, QuarterFacts> quarter;           // empty for a month
};

// stations_in_period, gather_months and, for a quarter, gather_quarter of one period.
PeriodFacts gather_period(SQLite::Database& db, const Period& period, Date as_of, const rules::Parameters& params);

} // namespace czs::assessment
