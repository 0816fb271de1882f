#pragma once

#include "stations/station.hpp"

#include <cstdint>
#include <string>
#include <string_view>

#include <SQLiteCpp/Database.h>

namespace czs::ledger {

// Why a station cannot take a record dated `day`, or an empty string when it can: the measures
// apply from the plaque day (Art. 15), so a station takes records dated from its opening to its
// closing. One that never opened, a day before it opened and a day after it closed are refused.
std::string record_day_refusal(const stations::Station& station, const std::string& day);

// Why a station cannot take a new record (not a step of one already there) dated `day`:
// record_day_refusal, or its exit was decided by then (stations::exit_refusal). Empty when it can.
std::string new_record_refusal(const stations::Station& station, const std::string& day);

// The station with this code, for a new record dated `day`; throws czs::Error(not_found, with
// "did you mean") for an unknown code and czs::Error(bad_data) when new_record_refusal refuses.
stations::Station require_station_on(SQLite::Database& db, std::string_view code, const std::string& day);

// The station of an existing record (by id), for a new record dated `day` that follows from it
// (a dispute over a purchase); throws czs::Error(bad_data) when record_day_refusal refuses.
stations::Station require_station_of(SQLite::Database& db, std::int64_t station_id, const std::string& day);

// The station takes a new ledger record dated `day` (new_record_refusal is empty), else throws
// czs::Error(bad_data) with it: a sale is a new record in the ledger, also when its product was
// recommended before the station's exit was decided (Art. 14).
void require_new_record_day(const stations::Station& station, const std::string& day);

// A record entered late, from paper, for a station whose exit is decided (closing or closed) and
// dated before that: it must end settled, as its form says, since goods left waiting at a station
// that is leaving are what R-EXIT-WAITING forbids (Art. 14). Throws czs::Error(bad_data) when
// `status` (the record's, after the form's steps) keeps goods or a parcel at the station.
void require_settled_at_exit(const stations::Station& station, std::string_view status, std::string_view ref);

// The station with this id (records point to it, so it exists).
stations::Station station_by_id(SQLite::Database& db, std::int64_t id);

} // namespace czs::ledger
