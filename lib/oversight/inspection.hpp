#pragma once

#include "stations/site_check.hpp"
#include "stations/station.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::audit {
class AuditedTransaction;
}

namespace czs::oversight {

// Art. 10: one visit of the county centre to a station, with its checklist.
struct Inspection
{
  std::int64_t id = 0;
  std::int64_t station_id = 0;
  std::string station_code;
  std::string inspected_on;
  std::string inspector;
  std::string problems;    // what was found; empty: nothing
  std::string followup_by; // follow-up required by this date; empty: none required
  std::string followup_on; // when the follow-up was done; empty: not yet
  std::string followup_note;
  std::int64_t failed = 0;                     // failed checklist items
  std::vector<stations::SiteItemResult> items; // in checklist order (filled by find/require)
};

// Which inspections a listing shows; empty fields do not filter. Dates are inclusive.
struct InspectionFilter
{
  std::optional<std::int64_t> station_id;
  std::string from;
  std::string to;
  std::string inspector;
  bool failed_only = false;   // with at least one failed item
  bool followup_open = false; // a follow-up is required and not yet done
  std::string batch;          // the stations of this construction batch (Art. 2.2), as stored
};

// Records an inspection of a station in service on its date, with every checklist item judged
// once (see checklist.hpp); a follow-up deadline may not precede the visit. Returns its id.
// Throws czs::Error(bad_data) saying what is wrong.
std::int64_t record_inspection(audit::AuditedTransaction& tx, const stations::Station& station, Inspection inspection);

// Records that the follow-up of an inspection was done on `date` (not before the visit, and
// only once). Throws czs::Error(bad_data).
void record_followup(audit::AuditedTransaction& tx, Inspection& inspection, const std::string& date,
                     const std::string& note);

// The inspection with this id, with its items; throws czs::Error(not_found).
Inspection require_inspection(SQLite::Database& db, std::int64_t id);

// Calls `each` for every matching inspection (without items, with the failed count), oldest
// first, streaming.
void for_each_inspection(SQLite::Database& db, const InspectionFilter& filter,
                         const std::function<void(const Inspection&)>& each);

} // namespace czs::oversight
