#pragma once

#include "period/date.hpp"
#include "rules/parameters.hpp"
#include "rules/rule_catalogue.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <SQLiteCpp/Database.h>

namespace czs::ledger {

// A record that breaks R-FEE (Art. 4.6) or R-PICKUP-NOTICE (Art. 5.1, 8): what the assessment
// reports, with the measured value and the threshold.
struct LedgerFinding
{
  rules::Rule rule = rules::Rule::fee; // fee or pickup_notice; ID and article from the catalogue
  std::int64_t station_id = 0;
  std::string kind; // purchase, sale, service, parcel_in, parcel_out
  std::int64_t record_id = 0;
  std::string on;            // the day it happened (completion, or arrival)
  std::int64_t measured = 0; // fen (R-FEE) or hours (R-PICKUP-NOTICE): see in_fen()
  std::int64_t threshold = 0;
  std::string message; // translated

  // True when measured and threshold are money (fen), false when they are hours.
  bool in_fen() const { return rule == rules::Rule::fee; }
  // The record as a clerk writes it: P12 (purchase), S3 (sale), C5 (service), or a parcel's bare
  // number (parcels are numbered on their own).
  std::string ref() const;
};

// R-FEE: the most a record of `kind` (purchase, sale, service, parcel_in, parcel_out) moving
// `amount_fen` may charge under the schedule, or nullopt when nothing caps it. A service is
// looked up as service.<service kind> first, then service. Each part of a cap (a fixed ceiling,
// a share of the amount) that is set limits it; the lower wins.
std::optional<std::int64_t> fee_cap(const rules::Parameters& params, std::string_view kind,
                                    std::string_view service_kind, std::int64_t amount_fen);

// The R-FEE finding for one record, or nullopt when its fee is within the schedule.
std::optional<LedgerFinding> check_fee(const rules::Parameters& params, std::string_view kind,
                                       std::string_view service_kind, std::int64_t amount_fen, std::int64_t fee_fen);

// R-PICKUP-NOTICE for one record as a clerk records its notice: the finding when `notified_at`
// is more than params.pickup_notice_hours after `arrived_at` (both YYYY-MM-DDTHH:MM:SS; exactly
// the limit is in time), or nullopt. `kind` is purchase or parcel_in; the message names the
// record as `record_ref` ("P12", "5"), and says the parcel had no notice when `at_pickup` (the
// notice was recorded at its pickup, counter.hpp).
std::optional<LedgerFinding> check_notice(const rules::Parameters& params, std::string_view kind,
                                          std::int64_t record_id, std::string_view record_ref,
                                          const std::string& arrived_at, const std::string& notified_at,
                                          bool at_pickup = false);

// Seconds from `from` to `to` (YYYY-MM-DDTHH:MM:SS) on the county's wall clock; 0 when either
// is not such a time.
std::int64_t seconds_between(const std::string& from, const std::string& to);

// The query for_each_fee_finding runs: ?1..?2 the completion days, and ?3 the station when
// `one_station` (then it reads the (station_id, completed_on) indexes only). For plan tests.
std::string fee_query(bool one_station);

// Calls `each` for every R-FEE finding among the ledger records completed from `from` to `to`
// (of one station, or all when station_id is nullopt), streamed.
void for_each_fee_finding(SQLite::Database& db, const rules::Parameters& params, Date from, Date to,
                          std::optional<std::int64_t> station_id,
                          const std::function<void(const LedgerFinding&)>& each);

// The query for_each_notice_finding runs: ?1..?2 the arrival days, ?4 now, ?5 the limit in
// seconds and ?3 the station when `one_station`. With a limit of 24 hours or more it reads the
// period's range of the indexes of late or unnotified arrivals (schema 0017) only; under 24 hours
// the purchase and parcel tables whole. For plan tests.
std::string notice_query(bool one_station, int notice_hours);

// Calls `each` for every R-PICKUP-NOTICE finding among purchases and inbound parcels that
// arrived from `from` to `to`: notified more than params.pickup_notice_hours after arrival, or
// not notified at all by `now` (YYYY-MM-DDTHH:MM:SS) when that much time has passed. Streamed.
void for_each_notice_finding(SQLite::Database& db, const rules::Parameters& params, Date from, Date to,
                             const std::string& now, std::optional<std::int64_t> station_id,
                             const std::function<void(const LedgerFinding&)>& each);

} // namespace czs::ledger
