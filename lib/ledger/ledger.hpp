#pragma once

#include "ledger/lifecycle.hpp"
#include "period/date.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::ledger {

// The ledger (台账, Art. 10; SPEC.md section 2) is every completed transaction or service. This
// file is the one place that says what counts: for each kind, the table its records live in,
// the status in which a record is complete (its lifecycle's `completed`), and the amount and
// fee it adds. A record carries completed_on (the day it reached that status, NULL otherwise),
// indexed with its station, so counting is one indexed query.
struct LedgerKind
{
  std::string_view name; // purchase, sale, service, parcel_in, parcel_out
  std::string_view table;
  std::string_view where;      // extra condition selecting the kind's rows in the table
  std::string_view amount_sql; // the money the record moved, in fen
  const Lifecycle& (*lifecycle)();
  // A second table of the kind's ledger records, with the same station_id, completed_on,
  // amount and fee_fen columns (sale_repeat: the further sales of a listed product), or empty.
  std::string_view more_table = {};
};

// Every ledger kind, in the order reports list them.
std::span<const LedgerKind> ledger_kinds();

// The kind with this name, or nullptr.
const LedgerKind* find_ledger_kind(std::string_view name);

// The position of the kind with this name in ledger_kinds() (0 for an unknown name), for arrays
// of totals by kind.
std::size_t ledger_kind_index(std::string_view name);

// The day a record in `status` completes, given the day of the step that led there: that day
// when the status is the lifecycle's completed one, empty (not in the ledger) otherwise.
std::string completed_on(const Lifecycle& lifecycle, std::string_view status, const std::string& step_day);

// How many ledger records of the given kinds (all kinds when empty) a station (every station
// when station_id is nullopt) completed from `from` to `to`, both included. One SQL statement,
// each part a range over an index on (station_id, completed_on).
std::int64_t count_ledger(SQLite::Database& db, std::optional<std::int64_t> station_id, Date from, Date to,
                          std::span<const std::string> kinds = {});

// Calls `each(station_id, count)` for every station with ledger records of the given kinds
// (all when empty) from `from` to `to`, in station id order; one SQL statement, an index range
// per station and kind. Stations with none are not listed.
void for_each_station_volume(SQLite::Database& db, Date from, Date to, std::span<const std::string> kinds,
                             const std::function<void(std::int64_t station_id, std::int64_t count)>& each);

// One line of the ledger report: a station's completed records of one kind over a period.
struct LedgerTotal
{
  std::int64_t station_id = 0;
  std::string kind;
  std::int64_t records = 0;
  std::int64_t amount_fen = 0;
  std::int64_t fee_fen = 0;
};

// Calls `each` for every (station, kind) with ledger records from `from` to `to`, ordered by
// station id then the order of ledger_kinds(). One SQL statement, streamed.
void for_each_ledger_total(SQLite::Database& db, Date from, Date to,
                           const std::function<void(const LedgerTotal&)>& each);

// A villager's goods or parcel still waiting at a station: a purchase that arrived (or is being
// exchanged) and was not yet picked up or returned, or an inbound parcel not yet collected or
// returned. `ref` is as a clerk writes it (P12, or a parcel's number), `since` its arrival.
struct WaitingGoods
{
  std::string kind; // purchase or parcel_in
  std::string ref;
  std::string since;
};

// Every item waiting at the station, oldest first: what must be handed over or returned before
// the station's closure completes (R-EXIT-WAITING).
std::vector<WaitingGoods> waiting_at_station(SQLite::Database& db, std::int64_t station_id);

} // namespace czs::ledger
