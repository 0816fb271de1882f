#pragma once

#include "rules/parameters.hpp"
#include "stations/station.hpp"

#include <string>

namespace czs::audit {
class AuditedTransaction;
}

namespace czs::stations {

// Opens the station on `date` (the plaque day, Art. 15). Throws czs::Error(bad_data) listing
// every rule that forbids it (R-SITE-*, R-ONBOARD-*), or saying why the station cannot open
// from its current status or on that date.
void open_station(audit::AuditedTransaction& tx, Station& station, const std::string& date,
                  const rules::Parameters& params);

} // namespace czs::stations
