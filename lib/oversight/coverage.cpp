#include "oversight/coverage.hpp"

#include "i18n/translate.hpp"
#include "oversight/post.hpp"

#include <SQLiteCpp/Statement.h>

namespace czs::oversight {

namespace {

// Stations in service for at least one day between ?1 and ?2 (first and last day).
constexpr const char* k_station_columns = "s.id, s.code, s.name, s.township, s.status, s.opened_on";
constexpr const char* k_in_service =
    " FROM station s WHERE s.opened_on IS NOT NULL AND s.opened_on <= ?2 AND (s.closed_on IS NULL OR s.closed_on >= ?1)"
    " ORDER BY s.township, s.code";

StationRef read_station(SQLite::Statement& q)
{
  StationRef s;
  s.id = q.getColumn(0).getInt64();
  s.code = q.getColumn(1).getString();
  s.name = q.getColumn(2).getString();
  s.township = q.getColumn(3).getString();
  s.status = stations::parse_status(q.getColumn(4).getString()).value_or(stations::Status::open);
  s.opened_on = q.getColumn(5).getString();
  return s;
}

StocktakeStanding standing_of(const SQLite::Column& closed, const SQLite::Column& matched)
{
  if (closed.isNull()) {
    return StocktakeStanding::none;
  }
  if (closed.getInt() == 0) {
    return StocktakeStanding::open;
  }
  return matched.getInt() != 0 ? StocktakeStanding::matched : StocktakeStanding::mismatched;
}

} // namespace

std::string_view to_string(StocktakeStanding standing)
{
  switch (standing) {
  case StocktakeStanding::none:
    return "none";
  case StocktakeStanding::open:
    return "open";
  case StocktakeStanding::matched:
    return "matched";
  case StocktakeStanding::mismatched:
    return "mismatched";
  }
  return "none";
}

const char* stocktake_standing_label(StocktakeStanding standing)
{
  switch (standing) {
  case StocktakeStanding::none:
    return tr("none");
  case StocktakeStanding::open:
    return tr("counting");
  case StocktakeStanding::matched:
    return tr("matched");
  case StocktakeStanding::mismatched:
    return tr("mismatched");
  }
  return "";
}

void month_coverage(SQLite::Database& db, const Period& month, const std::function<void(const MonthCoverage&)>& each)
{
  SQLite::Statement q(
      db, std::string("SELECT ") + k_station_columns
              + ", (SELECT count(*) FROM inspection i WHERE i.station_id = s.id AND i.inspected_on BETWEEN ?1 AND ?2)"
                ", (SELECT max(inspected_on) FROM inspection i WHERE i.station_id = s.id AND i.inspected_on BETWEEN ?1 "
                "AND ?2)"
                ", (SELECT k.closed_on IS NOT NULL FROM stocktake k WHERE k.station_id = s.id AND k.month = ?3)"
                ", (SELECT k.matched FROM stocktake k WHERE k.station_id = s.id AND k.month = ?3)"
              + k_in_service);
  q.bind(1, to_string(month.first));
  q.bind(2, to_string(month.last));
  q.bind(3, label(month));
  while (q.executeStep()) {
    MonthCoverage c;
    c.station = read_station(q);
    c.inspections = q.getColumn(6).getInt64();
    c.last_inspected_on = q.getColumn(7).isNull() ? std::string() : q.getColumn(7).getString();
    c.stocktake = standing_of(q.getColumn(8), q.getColumn(9));
    each(c);
  }
}

void quarter_coverage(SQLite::Database& db, const Period& quarter,
                      const std::function<void(const QuarterCoverage&)>& each)
{
  SQLite::Statement q(
      db, std::string("SELECT ") + k_station_columns
              + ", (SELECT count(*) FROM callback c WHERE c.station_id = s.id AND c.quarter = ?3)"
                ", (SELECT count(*) FROM callback c WHERE c.station_id = s.id AND c.quarter = ?3 AND c.reached = 1)"
                ", (SELECT max(called_on) FROM callback c WHERE c.station_id = s.id AND c.quarter = ?3)"
              + k_in_service);
  q.bind(1, to_string(quarter.first));
  q.bind(2, to_string(quarter.last));
  q.bind(3, label(quarter));
  while (q.executeStep()) {
    QuarterCoverage c;
    c.station = read_station(q);
    c.attempts = q.getColumn(6).getInt64();
    c.reached = q.getColumn(7).getInt64();
    c.last_called_on = q.getColumn(8).isNull() ? std::string() : q.getColumn(8).getString();
    each(c);
  }
}

void post_tally(SQLite::Database& db, const Period& month, std::optional<Date> violations_from,
                const std::function<void(const PostTally&)>& each)
{
  // Both tallies are grouped once over their period index and joined to the stations, rather
  // than counted per station: on a province that is one pass over a month of posts instead of
  // five thousand walks over each station's whole history.
  SQLite::Statement q(
      db, std::string("SELECT ") + k_station_columns
              + ", coalesce(m.posts, 0), coalesce(m.counted, 0), coalesce(m.pending, 0)"
                ", coalesce(m.duplicates, 0), coalesce(m.rejected, 0), coalesce(v.violations, 0)"
                " FROM station s"
                " LEFT JOIN (SELECT station_id, count(*) AS posts,"
                "   count(CASE WHEN status = 'approved' AND duplicate_of IS NULL THEN 1 END) AS counted,"
                "   count(CASE WHEN status = 'submitted' THEN 1 END) AS pending,"
                "   count(duplicate_of) AS duplicates, count(CASE WHEN status = 'rejected' THEN 1 END) AS rejected"
                "   FROM post INDEXED BY post_by_period WHERE submitted_on BETWEEN ?1 AND ?2 GROUP BY station_id) m"
                "   ON m.station_id = s.id"
                " LEFT JOIN (SELECT station_id, count(*) AS violations FROM post INDEXED BY post_violation_by_decision"
                "   WHERE status = 'rejected' AND decided_on BETWEEN ?3 AND ?2 AND "
              + k_rejected_as_violation
              + " GROUP BY station_id) v"
                "   ON v.station_id = s.id"
                " WHERE s.opened_on IS NOT NULL AND s.opened_on <= ?2 AND (s.closed_on IS NULL OR s.closed_on >= ?1)"
                " ORDER BY s.township, s.code");
  q.bind(1, to_string(month.first));
  q.bind(2, to_string(month.last));
  q.bind(3, violations_from ? to_string(*violations_from) : std::string("0000-00-00"));
  while (q.executeStep()) {
    PostTally t;
    t.station = read_station(q);
    t.submitted = q.getColumn(6).getInt64();
    t.counted = q.getColumn(7).getInt64();
    t.pending = q.getColumn(8).getInt64();
    t.duplicates = q.getColumn(9).getInt64();
    t.rejected = q.getColumn(10).getInt64();
    t.violations = q.getColumn(11).getInt64();
    each(t);
  }
}

} // namespace czs::oversight
