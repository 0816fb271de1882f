#include "oversight/period_counts.hpp"

#include "oversight/post.hpp"

#include <algorithm>
#include <map>

#include <SQLiteCpp/Statement.h>

namespace czs::oversight {

// INDEXED BY pins each query to its period index. Without statistics the planner prefers to
// walk a by-station index to save the GROUP BY sort, which reads the whole table (a whole-life
// violations count took over a second on a province instead of 6 ms); and a missing index
// becomes an error instead of a silent full scan.

namespace {

void stream_counts(SQLite::Statement& q, const CountSink& each)
{
  while (q.executeStep()) {
    each({q.getColumn(0).getInt64(), q.getColumn(1).getInt64()});
  }
}

// Counts the rows of `q` (station_id first) by station and streams them in station order. A
// GROUP BY station_id over an index in period order sorts every entry in a temporary b-tree: for a
// province's posts that sort took four times as long as reading the entries (issue 12). A map of
// one count per station is the same order for a fraction of it.
void count_by_station(SQLite::Statement& q, const CountSink& each)
{
  std::map<std::int64_t, std::int64_t> counts;
  while (q.executeStep()) {
    ++counts[q.getColumn(0).getInt64()];
  }
  for (const auto& [station_id, count] : counts) {
    each({station_id, count});
  }
}

} // namespace

void inspections_by_station(SQLite::Database& db, const Period& period, const CountSink& each)
{
  SQLite::Statement q(db, "SELECT station_id, count(*) FROM inspection INDEXED BY inspection_by_period "
                          "WHERE inspected_on BETWEEN ? AND ? GROUP BY station_id ORDER BY station_id");
  q.bind(1, to_string(period.first));
  q.bind(2, to_string(period.last));
  stream_counts(q, each);
}

void counted_posts_by_station(SQLite::Database& db, const Period& period, Date decided_by, const CountSink& each)
{
  SQLite::Statement q(db, "SELECT station_id FROM post INDEXED BY post_counted_by_period "
                          "WHERE status = 'approved' AND duplicate_of IS NULL AND submitted_on BETWEEN ? AND ? "
                          "AND decided_on <= ?");
  q.bind(1, to_string(period.first));
  q.bind(2, to_string(period.last));
  q.bind(3, to_string(decided_by));
  count_by_station(q, each);
}

void violations_by_station(SQLite::Database& db, std::optional<Date> from, Date to, const CountSink& each)
{
  SQLite::Statement q(db, std::string("SELECT station_id FROM post INDEXED BY post_violation_by_decision "
                                      "WHERE status = 'rejected' AND decided_on BETWEEN ? AND ? AND ")
                              + k_rejected_as_violation);
  // Dates sort as text, and every stored date is at least '1900-01-01'.
  q.bind(1, from ? to_string(*from) : std::string("0000-00-00"));
  q.bind(2, to_string(to));
  count_by_station(q, each);
}

void art9_rejections_by_station(SQLite::Database& db, const Period& period,
                                const std::function<void(const Art9Rejections&)>& each)
{
  SQLite::Statement q(db, "SELECT p.station_id, count(CASE WHEN g.ground = 'untrue' THEN 1 END), "
                          "count(CASE WHEN g.ground = 'nonstandard' THEN 1 END) "
                          "FROM post p INDEXED BY post_violation_by_decision JOIN post_rejection g ON g.id = p.id "
                          "WHERE p.status = 'rejected' AND p.decided_on BETWEEN ? AND ? AND g.ground <> 'violation' "
                          "GROUP BY p.station_id ORDER BY p.station_id");
  q.bind(1, to_string(period.first));
  q.bind(2, to_string(period.last));
  while (q.executeStep()) {
    each({q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), q.getColumn(2).getInt64()});
  }
}

std::optional<Date> violation_window_start(Date to, int window_months)
{
  if (window_months <= 0) {
    return std::nullopt;
  }
  return add_days(add_months(to, -window_months), 1);
}

void stocktakes_by_station(SQLite::Database& db, const Period& month,
                           const std::function<void(const StocktakeState&)>& each)
{
  SQLite::Statement q(db, "SELECT station_id, closed_on IS NOT NULL, coalesce(matched, 0) "
                          "FROM stocktake INDEXED BY stocktake_by_period WHERE month = ? ORDER BY station_id");
  q.bind(1, label(month));
  while (q.executeStep()) {
    each({q.getColumn(0).getInt64(), q.getColumn(1).getInt() != 0, q.getColumn(2).getInt() != 0});
  }
}

void callbacks_by_station(SQLite::Database& db, const Period& quarter,
                          const std::function<void(const CallbackCount&)>& each)
{
  SQLite::Statement q(db, "SELECT station_id, count(*), sum(reached) FROM callback INDEXED BY callback_by_period "
                          "WHERE quarter = ? GROUP BY station_id ORDER BY station_id");
  q.bind(1, label(quarter));
  while (q.executeStep()) {
    each({q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), q.getColumn(2).getInt64()});
  }
}

void overdue_credit_by_station(SQLite::Database& db, Date at, int grace_days,
                               const std::function<void(const OverdueCredit&)>& each)
{
  SQLite::Statement q(
      db, "SELECT station_id, count(*), min(happened_on) FROM credit_incident INDEXED BY credit_incident_serious "
          "WHERE serious = 1 AND happened_on < ? AND (corrected_on IS NULL OR corrected_on > ?) "
          "GROUP BY station_id ORDER BY station_id");
  q.bind(1, to_string(add_days(at, -grace_days)));
  q.bind(2, to_string(at));
  while (q.executeStep()) {
    each({q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), parse_date(q.getColumn(2).getString()).value()});
  }
}

void credit_eligibility_by_station(SQLite::Database& db, const Period& quarter, int grace_days,
                                   const std::function<void(const CreditEligibility&)>& each)
{
  // ?1: the last day an incident may have happened for its grace to end by the quarter's end;
  // ?2: the quarter's first day; ?3: the grace days. An incident whose grace ended before the
  // quarter still counts while it stayed uncorrected past the quarter's first day.
  SQLite::Statement q(
      db, "SELECT station_id, happened_on, corrected_on FROM credit_incident INDEXED BY credit_incident_serious "
          "WHERE serious = 1 AND happened_on <= ?1 "
          "AND (corrected_on IS NULL OR corrected_on > date(happened_on, '+' || ?3 || ' days')) "
          "AND (date(happened_on, '+' || ?3 || ' days') >= ?2 OR corrected_on IS NULL OR corrected_on > ?2) "
          "ORDER BY station_id, happened_on");
  q.bind(1, to_string(add_days(quarter.last, -grace_days)));
  q.bind(2, to_string(quarter.first));
  q.bind(3, grace_days);
  CreditEligibility current;
  auto flush = [&] {
    if (current.incidents > 0) {
      each(current);
    }
  };
  while (q.executeStep()) {
    const std::int64_t station = q.getColumn(0).getInt64();
    if (station != current.station_id) {
      flush();
      current = CreditEligibility{station, 0, 0, {}, {}};
    }
    const Date happened = parse_date(q.getColumn(1).getString()).value();
    // Uncorrected through the quarter's last day counts that day too: an incident whose grace
    // ends that day measures one day more than its grace (a correction on a day ends the count).
    const Date after_quarter = add_days(quarter.last, 1);
    const Date until = q.getColumn(2).isNull()
                           ? after_quarter
                           : std::min(after_quarter, parse_date(q.getColumn(2).getString()).value());
    const std::int64_t days = to_days(until) - to_days(happened);
    if (current.incidents == 0 || days > current.uncorrected_days) {
      current.uncorrected_days = days;
      current.happened_on = happened;
      current.grace_ended = add_days(happened, grace_days);
    }
    ++current.incidents;
  }
  flush();
}

} // namespace czs::oversight
