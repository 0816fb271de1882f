#pragma once

#include "stations/station.hpp"

#include <string>

namespace czs::oversight {

// True when the station was in service on `date`: it had opened by then (its plaque day, when
// the measures start to apply, Art. 15) and is not closed. A station being closed (closing)
// is still in service: the centre oversees it until the closure completes.
bool in_service_on(const stations::Station& station, const std::string& date);

// Refuses a record dated `date` for a station not in service then; `what` names the record in
// the message ("an inspection"). Throws czs::Error(bad_data) saying why and what to do.
void require_in_service(const stations::Station& station, const std::string& date, const char* what);

} // namespace czs::oversight
