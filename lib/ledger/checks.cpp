#include "ledger/checks.hpp"

#include "i18n/translate.hpp"
#include "ledger/ledger.hpp"
#include "money/money.hpp"
#include "period/date.hpp"

#include <algorithm>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace czs::ledger {

namespace {

const rules::FeeCap* schedule_entry(const rules::Parameters& params, std::string_view kind,
                                    std::string_view service_kind)
{
  if (!service_kind.empty()) {
    const auto it = params.fee_schedule.find(fmt::format("{}.{}", kind, service_kind));
    if (it != params.fee_schedule.end()) {
      return &it->second;
    }
  }
  const auto it = params.fee_schedule.find(std::string(kind));
  return it == params.fee_schedule.end() ? nullptr : &it->second;
}

// The station filter, only when one is given: `(?3 IS NULL OR station_id = ?3)` would keep
// SQLite off the (station_id, completed_on) index for a single station (issue 12).
std::string station_filter(std::optional<std::int64_t> station_id)
{
  return station_id ? " AND station_id = ?3" : "";
}

void bind_range(SQLite::Statement& q, Date from, Date to, std::optional<std::int64_t> station_id)
{
  q.bind(1, to_string(from));
  q.bind(2, to_string(to));
  if (station_id) {
    q.bind(3, static_cast<std::int64_t>(*station_id));
  }
}

} // namespace

std::optional<std::int64_t> fee_cap(const rules::Parameters& params, std::string_view kind,
                                    std::string_view service_kind, std::int64_t amount_fen)
{
  const rules::FeeCap* cap = schedule_entry(params, kind, service_kind);
  if (!cap) {
    return std::nullopt;
  }
  std::optional<std::int64_t> limit = cap->max_fen;
  if (cap->max_permille) {
    const std::int64_t share = amount_fen * *cap->max_permille / 1000;
    limit = limit ? std::min(*limit, share) : share;
  }
  return limit;
}

std::optional<LedgerFinding> check_notice(const rules::Parameters& params, std::string_view kind,
                                          std::int64_t record_id, std::string_view record_ref,
                                          const std::string& arrived_at, const std::string& notified_at, bool at_pickup)
{
  const std::int64_t limit = params.pickup_notice_hours;
  const std::int64_t seconds = seconds_between(arrived_at, notified_at);
  if (seconds <= limit * 3600) {
    return std::nullopt;
  }
  LedgerFinding f;
  f.rule = rules::Rule::pickup_notice;
  f.kind = std::string(kind);
  f.record_id = record_id;
  f.on = day_of(arrived_at);
  f.measured = seconds / 3600;
  f.threshold = limit;
  // A notice recorded at the pickup was none: say so, as report checks does.
  f.message = at_pickup ? trf("parcel {} had no notice before its pickup, {} hours after it arrived; the limit is {} "
                              "hours",
                              record_ref, f.measured, limit)
              : kind == "purchase" ? trf("purchase {} was notified {} hours after it arrived; the limit is {} hours",
                                         record_ref, f.measured, limit)
                                   : trf("parcel {} was notified {} hours after it arrived; the limit is {} hours",
                                         record_ref, f.measured, limit);
  return f;
}

std::optional<LedgerFinding> check_fee(const rules::Parameters& params, std::string_view kind,
                                       std::string_view service_kind, std::int64_t amount_fen, std::int64_t fee_fen)
{
  const auto cap = fee_cap(params, kind, service_kind, amount_fen);
  if (!cap || fee_fen <= *cap) {
    return std::nullopt;
  }
  LedgerFinding f;
  f.rule = rules::Rule::fee;
  f.kind = std::string(kind);
  f.measured = fee_fen;
  f.threshold = *cap;
  f.message = trf("a fee of {} yuan is above the {} yuan the fee schedule allows for this {}", format_fen(fee_fen),
                  format_fen(*cap), kind);
  return f;
}

std::string LedgerFinding::ref() const
{
  const char* prefix = kind == "purchase" ? "P" : kind == "sale" ? "S" : kind == "service" ? "C" : "";
  return fmt::format("{}{}", prefix, record_id);
}

std::int64_t seconds_between(const std::string& from, const std::string& to)
{
  const auto a = parse_date_time(from);
  const auto b = parse_date_time(to);
  if (!a || !b) {
    return 0;
  }
  return to_seconds(*b) - to_seconds(*a);
}

std::string fee_query(bool one_station)
{
  return fmt::format(R"(
    SELECT 'purchase', id, station_id, completed_on, coalesce(paid_fen, 0), fee_fen, '' FROM purchase
      WHERE completed_on BETWEEN ?1 AND ?2{0}
    UNION ALL SELECT 'sale', id, station_id, completed_on, coalesce(amount_fen, 0), fee_fen, '' FROM sale
      WHERE completed_on BETWEEN ?1 AND ?2{0}
    UNION ALL SELECT 'sale', sale_id, station_id, completed_on, amount_fen, fee_fen, '' FROM sale_repeat
      WHERE completed_on BETWEEN ?1 AND ?2{0}
    UNION ALL SELECT 'service', id, station_id, completed_on, amount_fen, fee_fen, kind FROM service
      WHERE completed_on BETWEEN ?1 AND ?2{0}
    UNION ALL SELECT 'parcel_' || direction, id, station_id, completed_on, 0, fee_fen, '' FROM parcel
      WHERE completed_on BETWEEN ?1 AND ?2{0}
    ORDER BY 3, 4)",
                     station_filter(one_station ? std::optional<std::int64_t>(0) : std::nullopt));
}

void for_each_fee_finding(SQLite::Database& db, const rules::Parameters& params, Date from, Date to,
                          std::optional<std::int64_t> station_id, const std::function<void(const LedgerFinding&)>& each)
{
  if (params.fee_schedule.empty()) {
    return; // the measures' default: no cap, so nothing to read
  }
  SQLite::Statement q(db, fee_query(station_id.has_value()));
  bind_range(q, from, to, station_id);
  while (q.executeStep()) {
    auto finding = check_fee(params, q.getColumn(0).getString(), q.getColumn(6).getString(), q.getColumn(4).getInt64(),
                             q.getColumn(5).getInt64());
    if (finding) {
      finding->record_id = q.getColumn(1).getInt64();
      finding->station_id = q.getColumn(2).getInt64();
      finding->on = q.getColumn(3).getString();
      each(*finding);
    }
  }
}

namespace {

// The smallest notice limit (hours) the indexes of 0017 serve: they hold the arrivals not
// notified within 24 hours, so a lower limit could find one they leave out.
constexpr int k_indexed_notice_hours = 24;

// One arm of notice_query: the arrivals in ?1..?2 of `table` not known to be notified in time
// (?5 seconds after arrival, or not notified by ?4; NULL when SQLite cannot read a time) for the
// exact check. `late_index` is 0017's index of the table, with its WHERE repeated word for word
// so SQLite sees the rows are all in it; empty for the whole table. Arrival times are
// YYYY-MM-DDTHH:MM:SS (or with a space), so the day range ends just before the next day. The +
// keeps the planner from walking the by-station index to save the sort, which fetched every row
// of the table out of order.
std::string notice_arm(std::string_view select, std::string_view table, std::string_view direction,
                       std::string_view late_index, std::optional<std::int64_t> station_id)
{
  const std::string late = late_index.empty()
                               ? ""
                               : fmt::format(" AND (notified_at IS NULL OR coalesce(unixepoch(notified_at) "
                                             "- unixepoch(arrived_at) > {}, 1))",
                                             k_indexed_notice_hours * 3600);
  return fmt::format("SELECT {} FROM {}{} WHERE {}arrived_at >= ?1 AND arrived_at < ?2 || 'U'{}{} "
                     "AND coalesce(unixepoch(coalesce(notified_at, ?4)) - unixepoch(arrived_at) > ?5, 1)",
                     select, table, late_index.empty() ? "" : fmt::format(" INDEXED BY {}", late_index), direction,
                     station_filter(station_id), late);
}

} // namespace

std::string notice_query(bool one_station, int notice_hours)
{
  const bool indexed = notice_hours >= k_indexed_notice_hours;
  const auto station = one_station ? std::optional<std::int64_t>(0) : std::nullopt;
  return notice_arm("'purchase', id, +station_id, arrived_at, notified_at, 0", "purchase", "",
                    indexed ? "purchase_notice_late" : "", station)
         + " UNION ALL "
         + notice_arm("'parcel_in', id, +station_id, arrived_at, notified_at, "
                      "EXISTS (SELECT 1 FROM parcel_notice_at_pickup n WHERE n.id = parcel.id)",
                      "parcel", "direction = 'in' AND ", indexed ? "parcel_notice_late" : "", station)
         + " ORDER BY 3, 4";
}

void for_each_notice_finding(SQLite::Database& db, const rules::Parameters& params, Date from, Date to,
                             const std::string& now, std::optional<std::int64_t> station_id,
                             const std::function<void(const LedgerFinding&)>& each)
{
  // With the default limit, the period's range of 0017's indexes of late or unnotified
  // arrivals: the work is the period's late notices, however many years the ledger holds.
  SQLite::Statement q(db, notice_query(station_id.has_value(), params.pickup_notice_hours));
  bind_range(q, from, to, station_id);
  q.bind(4, now);
  q.bind(5, static_cast<std::int64_t>(params.pickup_notice_hours) * 3600);
  const std::int64_t limit = params.pickup_notice_hours;
  while (q.executeStep()) {
    const std::string arrived = q.getColumn(3).getString();
    const bool notified = !q.getColumn(4).isNull();
    const std::string until = notified ? q.getColumn(4).getString() : now;
    // Late means more than the limit: a notice exactly 24 hours after arrival is in time.
    const std::int64_t seconds = seconds_between(arrived, until);
    if (seconds <= limit * 3600) {
      continue;
    }
    const std::int64_t hours = seconds / 3600;
    LedgerFinding f;
    f.rule = rules::Rule::pickup_notice;
    f.kind = q.getColumn(0).getString();
    f.record_id = q.getColumn(1).getInt64();
    f.station_id = q.getColumn(2).getInt64();
    f.on = day_of(arrived);
    f.measured = hours;
    f.threshold = limit;
    if (q.getColumn(5).getInt() != 0) {
      f.message = trf("no notice before the pickup, {} hours after arriving on {}; the limit is {} hours", hours,
                      arrived, limit);
    } else {
      f.message =
          notified ? trf("notified {} hours after arriving on {}; the limit is {} hours", hours, arrived, limit)
                   : trf("arrived on {} and not notified after {} hours; the limit is {} hours", arrived, hours, limit);
    }
    each(f);
  }
}

} // namespace czs::ledger
