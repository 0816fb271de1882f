#pragma once

#include "county_report/quarter_report.hpp"

#include <functional>

// The queries behind the quarterly report that the other folders do not already answer, each
// one SQL statement over an index, for all stations at once.
namespace czs::county_report {

// Per township, the stations by status on `day` (a station registered after it is left out).
std::vector<TownshipStations> stations_by_township(SQLite::Database& db, Date day);

// Ledger records of every kind completed from `from` to `to`, per calendar month ("2026-05")
// and kind, streamed in month order; a range seek per station on (station_id, completed_on).
void for_each_month_volume(SQLite::Database& db, Date from, Date to,
                           const std::function<void(const std::string& month, std::size_t kind, const Volume&)>& each);

// Findings recorded for any of `periods` by the runs in force, by rule (ID order).
std::vector<RuleFindings> findings_by_rule(SQLite::Database& db, const std::vector<std::string>& periods);

// Rectification orders issued at, lifted at, or in force after `quarter` ("2026Q2").
std::vector<Rectification> rectifications_at(SQLite::Database& db, const std::string& quarter);

// Stations with an R-TERMINATE-* finding for `quarter` by the run in force.
std::vector<Eligible> eligible_at(SQLite::Database& db, const std::string& quarter);

} // namespace czs::county_report
