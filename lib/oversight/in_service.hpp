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

// Refuses a record dated `date` for a station not in service then: one that had not opened by
// that date (its plaque day, when the measures start to apply, Art. 15) or that is closed. A
// station being closed (closing) is still in service: the centre oversees it until the closure
// completes. `what` names the record in the message, a msgid marked with N_ (N_("an inspection")). Throws
// czs::Error(bad_data) saying why and what to do.
void require_in_service(const stations::Station& station, const std::string& date, const char* what);

// The same for new activity at the station (an inspection, a post), which also stops once its exit
// is decided (stations::exit_refusal, Art. 14). Throws czs::Error(bad_data).
void require_active(const stations::Station& station, const std::string& date, const char* what);

// Refuses a record for a period (a stock-take's month, a callback's quarter) that ended before
// the station opened. Throws czs::Error(bad_data).
void require_open_by(const stations::Station& station, const std::string& period_label, const std::string& last_day);

} // namespace czs::oversight
