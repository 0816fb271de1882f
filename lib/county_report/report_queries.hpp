#pragma once

#include "county_report/quarter_report.hpp"

#include <functional>

// The queries behind the quarterly report that the other folders do not already answer, each
// one SQL statement over an index, for all stations at once.
namespace czs::county_report {

// Per township, the stations by status on `day` (a station registered after it is left out).
std::vector<TownshipStations> stations_by_township(SQLite::Database& db, Date day);

// Ledger records of every kind completed in each of `quarters` (consecutive, oldest first):
// [quarter][kind] counts. One statement reading only the index entries of those quarters, a
// range per station on (station_id, completed_on).
std::vector<std::vector<std::int64_t>> records_by_quarter(SQLite::Database& db, const std::vector<Period>& quarters);
// The statement records_by_quarter runs for `quarters` quarters (?1, ?2 the whole span, then each
// quarter's first and last day): one row per kind and table, the kind's index then one count per
// quarter. Public so that a test can check its query plan.
std::string records_by_quarter_sql(std::size_t quarters);

// Findings recorded for any of `periods` by the runs in force, by rule (ID order).
std::vector<RuleFindings> findings_by_rule(SQLite::Database& db, const std::vector<std::string>& periods);

// Rectification orders issued at, lifted at, or in force after `quarter` ("2026Q2").
std::vector<Rectification> rectifications_at(SQLite::Database& db, const std::string& quarter);

// Stations with an R-TERMINATE-* finding for `quarter` by the run in force.
std::vector<Eligible> eligible_at(SQLite::Database& db, const std::string& quarter);

} // namespace czs::county_report
