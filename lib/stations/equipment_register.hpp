#pragma once

#include "stations/station.hpp"

#include <cstdint>
#include <functional>
#include <string>

#include <SQLiteCpp/Database.h>

namespace czs::audit {
class AuditedTransaction;
}

namespace czs::stations {

// One issue of an item of equipment in the county-wide register: which station held it, from
// when, and until when (empty while it holds it). An item's movements are its issues in order.
struct RegisterItem
{
  std::string station_code;
  std::string kind;
  std::string serial;
  std::string issued_on;
  std::string recovered_on;
};

// Takes back an item a running station holds, on `date` (Art. 14.4 outside an exit: broken,
// no longer needed); with a `replacement` serial, issues a new item of the same kind to the
// station the same day and returns its id (else 0). Refuses a closing or closed station (use
// close recover), a serial it does not hold (not_found), a date before the item was issued.
std::int64_t return_equipment(audit::AuditedTransaction& tx, const Station& station, const std::string& serial,
                              const std::string& date, const std::string& replacement);

// Moves an item from one station to another on `date`: recovered from `from`, issued to `to`
// (which must take registration records). Returns the new issue's id; refusals as above.
std::int64_t transfer_equipment(audit::AuditedTransaction& tx, const Station& from, const Station& to,
                                const std::string& serial, const std::string& date);

// The county-wide register: every item currently issued (or, with `all`, every issue ever,
// recovered ones included), by station code, kind, serial and issue date.
void for_each_item(SQLite::Database& db, bool all, const std::function<void(const RegisterItem&)>& each);

} // namespace czs::stations
