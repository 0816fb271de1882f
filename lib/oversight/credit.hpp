#pragma once

#include "period/date.hpp"
#include "stations/station.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include <SQLiteCpp/Database.h>

namespace czs::audit {
class AuditedTransaction;
}

namespace czs::oversight {

// Art. 14.3: bad credit of a station's staff, serious or not, and when it was corrected.
struct CreditIncident
{
  std::int64_t id = 0;
  std::int64_t station_id = 0;
  std::string station_code;
  std::string happened_on;
  bool serious = false;
  std::string description;
  std::string corrected_on; // empty: not corrected
  std::string correction_note;
};

// The last day a serious incident may be corrected on without making the station eligible for
// termination (R-TERMINATE-CREDIT): `grace_days` days after it happened.
Date correction_deadline(Date happened_on, int grace_days);

// True when a serious incident is uncorrected on `at` and its deadline lies before `at`.
bool is_overdue(const CreditIncident& incident, Date at, int grace_days);

// Which incidents a listing shows; empty fields do not filter. Dates are inclusive.
struct CreditFilter
{
  std::optional<std::int64_t> station_id;
  std::string from;
  std::string to;
  bool serious_only = false;
  bool open_only = false; // not corrected
  std::string batch;      // the stations of this construction batch (Art. 2.2), as stored
};

// Records an incident of a station in service on its date; returns its id.
std::int64_t record_credit_incident(audit::AuditedTransaction& tx, const stations::Station& station,
                                    const CreditIncident& incident);

// Records that the incident was corrected on `date`. Throws czs::Error(bad_data) when the date
// is before the incident or it was already corrected.
void correct_credit_incident(audit::AuditedTransaction& tx, CreditIncident& incident, const std::string& date,
                             const std::string& note);

// The incident with this id; throws czs::Error(not_found).
CreditIncident require_credit_incident(SQLite::Database& db, std::int64_t id);

// Calls `each` for every matching incident, by date then id.
void for_each_credit_incident(SQLite::Database& db, const CreditFilter& filter,
                              const std::function<void(const CreditIncident&)>& each);

// Calls `each` for every serious incident overdue on `at` (R-TERMINATE-CREDIT), oldest first.
void for_each_overdue_incident(SQLite::Database& db, Date at, int grace_days,
                               const std::function<void(const CreditIncident&)>& each);

} // namespace czs::oversight
