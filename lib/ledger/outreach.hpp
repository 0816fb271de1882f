#pragma once

#include "period/date.hpp"

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <SQLiteCpp/Database.h>

namespace czs::audit {
class AuditedTransaction;
}

// Art. 4.1: a station promotes its services, e-commerce news and online safety to villagers.
// Each outreach activity it holds is a record of its own: gated like a ledger record by the
// station (Art. 15, 14: an open station, not one whose exit is decided), but not part of the
// ledger (台账) and not counted as volume.
namespace czs::ledger {

// The kinds, in the order OutreachCount::by_kind counts them.
inline constexpr std::array<std::string_view, 3> k_outreach_kinds = {"publicity", "training", "online_safety"};

struct Outreach
{
  std::int64_t id = 0;
  std::int64_t station_id = 0;
  std::string station_code;
  std::string held_on; // YYYY-MM-DD
  std::string kind;    // one of k_outreach_kinds
  std::string topic;
  std::int64_t attendees = 0; // at least 1
};

// Records an activity held at the station with this code; returns its number. Throws
// czs::Error(not_found) for an unknown station, czs::Error(bad_data) for a station that takes
// no new record that day (not open yet, closed, or its exit decided), an unknown kind or no
// attendees.
std::int64_t record_outreach(audit::AuditedTransaction& tx, std::string_view station_code, Outreach outreach);

// Which activities a listing shows; empty or unset fields do not filter (each given one is a
// condition of its own, so the query uses the index it allows).
struct OutreachFilter
{
  std::optional<std::int64_t> station_id;
  std::string from;  // YYYY-MM-DD, inclusive
  std::string to;    // YYYY-MM-DD, inclusive
  std::string batch; // the stations of this construction batch (Art. 2.2)
};

// Calls `each` for every matching activity, by date then number; streamed.
void for_each_outreach(SQLite::Database& db, const OutreachFilter& filter,
                       const std::function<void(const Outreach&)>& each);

// A period's activities: how many, how many villagers attended, and how many of each kind.
struct OutreachCount
{
  std::int64_t activities = 0;
  std::int64_t attendees = 0;
  std::array<std::int64_t, k_outreach_kinds.size()> by_kind{};
};

// The activities held from `from` to `to` (both included), per station id (stations with none
// absent); one statement over outreach_by_day.
std::map<std::int64_t, OutreachCount> outreach_by_station(SQLite::Database& db, Date from, Date to);

// The same for every station together.
OutreachCount count_outreach(SQLite::Database& db, Date from, Date to);

} // namespace czs::ledger
