#pragma once

#include "audit/audited_transaction.hpp"
#include "ledger/records.hpp"
#include "stations/station.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::ledger {

// Parcels at the counter (Art. 4.2, 5.1, 8): a villager shows a pickup code or a tracking
// number, and the clerk announces a day's arrivals at once.

// The number of the inbound parcel waiting (arrived or notified) at `station` under this pickup
// code (codes are unique among a station's waiting parcels). Throws czs::Error(bad_data) naming
// the station when the code belongs to a parcel waiting at another station only, and
// czs::Error(not_found) when no waiting parcel has it.
std::int64_t waiting_parcel_with_code(SQLite::Database& db, const stations::Station& station, const std::string& code);

// Calls `each` for every parcel (in or out, any carrier and station) with this tracking number,
// by number, with its station's code; returns how many there were.
int for_each_parcel_tracked(SQLite::Database& db, const std::string& tracking_no,
                            const std::function<void(const Parcel&, const std::string& station)>& each);

// The numbers of the inbound parcels at the station that arrived on `day` (YYYY-MM-DD) and have
// not been announced yet (status arrived), oldest arrival first.
std::vector<std::int64_t> parcels_to_notify(SQLite::Database& db, std::int64_t station_id, const std::string& day);

// Records that parcel p's notice was given at its pickup (pick_up set notice_at_pickup), in the
// command's transaction; R-PICKUP-NOTICE reports such a notice as one given at the counter.
void record_notice_at_pickup(audit::AuditedTransaction& tx, const Parcel& p);

// True when parcel `id`'s notice was recorded at its pickup.
bool notice_was_at_pickup(SQLite::Database& db, std::int64_t id);

} // namespace czs::ledger
