#pragma once

#include "ledger/records.hpp"

#include <cstdint>
#include <string>

namespace czs::ledger {

// The steps of a parcel (Art. 4.2, 8) as changes to the record; each throws czs::Error
// (bad_data) when out of order, dated before the previous step, or (pickup) given the wrong
// code.

// "12": parcels are numbered on their own.
std::string parcel_ref(std::int64_t id);
std::string last_step(const Parcel& p);

// The recipient was told to collect an inbound parcel.
void notify(Parcel& p, const std::string& at);
// The recipient collected it, showing the pickup code; a wrong code is refused without saying
// the right one. Collected before any notice: the notice is set to the pickup time and
// p.notice_at_pickup to true (the caller records it with record_notice_at_pickup).
void pick_up(Parcel& p, const std::string& at, const std::string& code);
// Returned to the carrier unclaimed (or refused).
void return_unclaimed(Parcel& p, const std::string& day, const std::string& reason);
// An outbound parcel was handed to the carrier.
void dispatch(Parcel& p, const std::string& day);

} // namespace czs::ledger
