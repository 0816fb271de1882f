#pragma once

#include "audit/audited_transaction.hpp"
#include "ledger/records.hpp"
#include "stations/station.hpp"

#include <cstdint>
#include <functional>
#include <string>

#include <SQLiteCpp/Database.h>

namespace czs::ledger {

// The record of type R (Purchase, Sale, Parcel, Dispute) with this id; throws
// czs::Error(not_found) naming it as a clerk writes it ("no purchase P12") and how to list them.
template <typename R>
R require_record(SQLite::Database& db, std::int64_t id);

// A record after one step, with its station and the step's confirmation for the clerk.
template <typename R>
struct Stepped
{
  R record;
  stations::Station station;
  std::string message;
};

// Takes one step of an existing record inside the command's transaction, the one way every
// command does it: loads the record (require_record), lets `step` move it (the step checks its
// own lifecycle and returns the confirmation), refuses with czs::Error(bad_data) when the
// station cannot take the step's day (record_day_refusal, Art. 15), then saves the record and
// names the station in the audit entry. Nothing is written when anything throws.
template <typename R>
Stepped<R> take_step(audit::AuditedTransaction& tx, std::int64_t id, const std::function<std::string(R&)>& step);

} // namespace czs::ledger
