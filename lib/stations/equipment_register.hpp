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

// One issue of an item of equipment or a platform account in the county-wide register: which
// station held it, from when, and until when (empty while it holds it), and what ended it. An
// item's movements are its issues in order.
struct RegisterItem
{
  std::string station_code;
  std::string type;   // "equipment" or "account"
  std::string kind;   // the equipment's kind, or the account's platform
  std::string serial; // the serial, or the login
  std::string role;   // an account's role; empty for equipment
  std::string issued_on;
  std::string recovered_on;
  // What ended the issue, read from the register itself: "" while held; "moved" (issued the
  // same day to `to_station`), "exit" (recovered once the station's exit was decided, Art.
  // 14.4), "replaced" (an item of the same kind or platform issued to the station that day:
  // `replaced_by`), or "returned".
  std::string movement;
  std::string to_station;
  std::string replaced_by;
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

// The same for a platform account (Art. 14.4), named by its login or platform:login: a
// replacement is a new login on the same platform with the same role. Refusals as for equipment,
// and a login two platforms share must be given as platform:login.
std::int64_t return_account(audit::AuditedTransaction& tx, const Station& station, const std::string& login,
                            const std::string& date, const std::string& replacement);
std::int64_t transfer_account(audit::AuditedTransaction& tx, const Station& from, const Station& to,
                              const std::string& login, const std::string& date);

// The county-wide register: every item and account currently issued (or, with `all`, every
// issue ever, recovered ones included with what ended them), by station code, type, kind or
// platform, serial or login, and issue date.
void for_each_item(SQLite::Database& db, bool all, const std::function<void(const RegisterItem&)>& each);

} // namespace czs::stations
