#pragma once

#include "ledger/records.hpp"

#include <cstdint>
#include <optional>
#include <string>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace czs::ledger {

// Parcels by carrier and tracking number, which identify a parcel (Art. 4.2): one prepared
// statement, reused for every lookup of a command or an import.
class TrackingLookup
{
public:
  explicit TrackingLookup(SQLite::Database& db);

  // The number of the parcel with this carrier and tracking number, or nullopt.
  std::optional<std::int64_t> find(const std::string& carrier, const std::string& tracking_no);

private:
  SQLite::Statement m_query;
};

// Why `p` cannot be recorded: its carrier's tracking number is already parcel `existing`.
std::string duplicate_tracking_message(const Parcel& p, std::int64_t existing);

// Throws czs::Error(bad_data) naming the existing parcel when p's tracking number is taken at its carrier.
void refuse_duplicate_tracking(SQLite::Database& db, const Parcel& p);

} // namespace czs::ledger
