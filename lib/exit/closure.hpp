#pragma once

#include "exit/exit_rules.hpp"
#include "stations/station.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::audit {
class AuditedTransaction;
}

namespace czs::exit {

// A decided exit.
struct Closure
{
  std::int64_t id = 0;
  Basis basis = Basis::voluntary;
  std::string decided_on;
  std::string agreement_ref;
  std::string eligibility_period; // the assessment that found the station eligible, if any
  std::string override_reason;
  std::string completed_on;
};

// What the clerk asks for when deciding an exit.
struct ExitRequest
{
  Basis basis = Basis::voluntary;
  std::string decided_on;
  std::string agreement_ref;   // R-EXIT-MIN: for an early voluntary exit
  std::string override_reason; // a termination without an eligible assessment
};

// Decides the exit of an operating station: checks R-EXIT-MIN for a voluntary exit, and for a
// termination (low_volume, bad_credit) that the latest applied quarterly assessment found the
// station eligible (R-TERMINATE-VOLUME, R-TERMINATE-CREDIT) unless an override reason is given.
// The station becomes closing. Throws czs::Error(bad_data) with every reason it is refused.
Closure decide_exit(audit::AuditedTransaction& tx, stations::Station& station, const ExitRequest& request,
                    const rules::Parameters& params);

// Records the recovery of an item of equipment (by serial) or an account (by login, or
// platform:login) on `date`. Throws czs::Error(not_found) naming what the station holds.
void recover_equipment(audit::AuditedTransaction& tx, const stations::Station& station, const std::string& serial,
                       const std::string& date);
void recover_account(audit::AuditedTransaction& tx, const stations::Station& station, const std::string& login,
                     const std::string& date);

// Completes the closure (status closed) when nothing is outstanding (R-EXIT-RECOVER).
void complete_exit(audit::AuditedTransaction& tx, stations::Station& station, const std::string& date);

// The station's closure, if an exit was decided.
std::optional<Closure> closure_of(SQLite::Database& db, std::int64_t station_id);

} // namespace czs::exit
