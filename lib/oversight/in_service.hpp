#pragma once

#include "i18n/translate.hpp"
#include "stations/station.hpp"

#include <string>

// Marks a msgid for extraction; it is translated where it is shown (the same definition as
// lib/i18n's, so either may come first).
#ifndef N_
#define N_(msgid) msgid
#endif

namespace czs::oversight {

// True when the station was in service on `date`: it had opened by then (its plaque day, when
// the measures start to apply, Art. 15) and is not closed. A station being closed (closing)
// is still in service: the centre oversees it until the closure completes.
bool in_service_on(const stations::Station& station, const std::string& date);

// Refuses a record dated `date` for a station not in service then; `what` names the record in
// the message, a msgid marked with N_ (N_("an inspection")). Throws czs::Error(bad_data) saying why and what to do.
void require_in_service(const stations::Station& station, const std::string& date, const char* what);

} // namespace czs::oversight
