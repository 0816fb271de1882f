#pragma once

#include "i18n/translate.hpp"
#include "stations/station.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::audit {
class AuditedTransaction;
}

namespace czs::stations {

// A dated change of status.
struct StationEvent
{
  std::string happened_on;
  std::string from_status; // empty for the first
  std::string to_status;
  std::string reason;
};

// Which stations a listing shows; empty or unset fields do not filter.
struct StationFilter
{
  std::string township;
  std::optional<Status> status;
  std::string batch; // construction batch (Art. 2.2), exactly as stored
};

// The station with this code, or nullopt.
std::optional<Station> find_station(SQLite::Database& db, std::string_view code);

// The station with this code; throws czs::Error(not_found) naming the code and, when one is
// close, the code the clerk probably meant.
Station require_station(SQLite::Database& db, std::string_view code);

// Calls `each` for every station matching the filter, ordered by township then code.
void for_each_station(SQLite::Database& db, const StationFilter& filter,
                      const std::function<void(const Station&)>& each);

// Inserts a new station (status applied); returns its id. Throws czs::Error(bad_data) when
// the code is taken.
std::int64_t insert_station(audit::AuditedTransaction& tx, const Station& station);

// Writes the station's descriptive fields (name, place, premises, area, population, manager).
void update_station(audit::AuditedTransaction& tx, const Station& station);

// Moves the station to `to` on `date`, recording the dated event with its reason in both
// languages (schema 0019, so a clerk of either language reads it later), and sets opened_on /
// closed_on when the move opens or closes it.
void change_status(audit::AuditedTransaction& tx, Station& station, Status to, const std::string& date,
                   const Bilingual& reason);

// Every status change of a station, oldest first, each reason in the current language (one
// recorded before schema 0019 reads the sentence it was recorded with).
std::vector<StationEvent> events_of(SQLite::Database& db, std::int64_t station_id);

} // namespace czs::stations
