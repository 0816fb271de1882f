#pragma once

#include "period/period.hpp"
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

// Art. 14.2: the county centre's quarterly phone call to a station.
struct Callback
{
  std::int64_t id = 0;
  std::int64_t station_id = 0;
  std::string station_code;
  std::string quarter; // "2026Q3"
  std::string called_on;
  std::string caller;
  bool reached = false;
  std::string reported; // what the station reported
  std::string notes;
};

// Which callbacks a listing shows; empty fields do not filter. Quarters are inclusive labels.
struct CallbackFilter
{
  std::optional<std::int64_t> station_id;
  std::string from_quarter;
  std::string to_quarter;
  std::string batch; // the stations of this construction batch (Art. 2.2), as stored
};

// Records a callback for `quarter` made on callback.called_on to a station in service then.
// Refused (czs::Error(bad_data)) for a quarter that has not begun by `today`, a call made
// before its quarter began, and a quarter in which the station was already reached (a second
// call is for when the first one did not get through).
std::int64_t record_callback(audit::AuditedTransaction& tx, const stations::Station& station, const Period& quarter,
                             Callback callback, Date today);

// Calls `each` for every matching callback, by quarter, station code and date.
void for_each_callback(SQLite::Database& db, const CallbackFilter& filter,
                       const std::function<void(const Callback&)>& each);

} // namespace czs::oversight
