#include "oversight/callback.hpp"

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "oversight/conditions.hpp"
#include "oversight/in_service.hpp"
#include "stations/batch.hpp"

#include <SQLiteCpp/Statement.h>

namespace czs::oversight {

namespace {

void require_callable(const Period& quarter, const std::string& label, const Callback& c, Date today)
{
  if (today < quarter.first) {
    throw Error(
        ErrorKind::bad_data,
        trf("the quarter {} has not begun (today is {}); a callback is recorded for the current or a past quarter",
            label, to_string(today)),
        tr("give the quarter the call was made for, such as the current one"));
  }
  if (c.called_on < to_string(quarter.first)) {
    throw Error(ErrorKind::bad_data,
                trf("a callback for {} cannot be made on {}, before the quarter begins on {}", label, c.called_on,
                    to_string(quarter.first)),
                tr("give the date of the call, or the quarter it was made for (--quarter)"));
  }
}

void require_not_reached(SQLite::Database& db, const stations::Station& station, const std::string& label)
{
  SQLite::Statement q(db, "SELECT called_on, caller FROM callback WHERE station_id = ? AND quarter = ? AND reached = 1 "
                          "ORDER BY called_on LIMIT 1");
  q.bind(1, station.id);
  q.bind(2, label);
  if (q.executeStep()) {
    throw Error(ErrorKind::bad_data,
                trf("station {} was already reached for {} on {} by {}", station.code, label,
                    q.getColumn(0).getString(), q.getColumn(1).getString()),
                tr("one callback a quarter is due (Art. 14.2); another call is recorded only when the earlier ones did "
                   "not get through"));
  }
}

} // namespace

std::int64_t record_callback(audit::AuditedTransaction& tx, const stations::Station& station, const Period& quarter,
                             Callback c, Date today)
{
  const std::string label = czs::label(quarter);
  require_callable(quarter, label, c, today);
  require_in_service(station, c.called_on, N_("a callback"));
  require_open_by(station, label, to_string(quarter.last));
  require_not_reached(tx.db(), station, label);
  SQLite::Statement insert(tx.db(),
                           "INSERT INTO callback (station_id, quarter, called_on, caller, reached, reported, notes) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, station.id);
  insert.bind(2, label);
  insert.bind(3, c.called_on);
  insert.bind(4, c.caller);
  insert.bind(5, c.reached ? 1 : 0);
  insert.bind(6, c.reported);
  insert.bind(7, c.notes);
  insert.exec();
  const std::int64_t id = tx.db().getLastInsertRowid();
  tx.set_station(station.code);
  tx.inserted("callback", id);
  return id;
}

void for_each_callback(SQLite::Database& db, const CallbackFilter& filter,
                       const std::function<void(const Callback&)>& each)
{
  Conditions where;
  if (filter.station_id)
    where.add("c.station_id = ?", *filter.station_id);
  if (!filter.batch.empty())
    where.add(stations::batch_condition("c.station_id", "?"), filter.batch);
  if (!filter.from_quarter.empty())
    where.add("c.quarter >= ?", filter.from_quarter);
  if (!filter.to_quarter.empty())
    where.add("c.quarter <= ?", filter.to_quarter);
  SQLite::Statement q(db, "SELECT c.id, c.station_id, s.code, c.quarter, c.called_on, c.caller, c.reached, c.reported, "
                          "c.notes FROM callback c JOIN station s ON s.id = c.station_id"
                              + where.where() + " ORDER BY c.quarter, s.code, c.called_on, c.id");
  where.bind(q);
  while (q.executeStep()) {
    Callback c;
    c.id = q.getColumn(0).getInt64();
    c.station_id = q.getColumn(1).getInt64();
    c.station_code = q.getColumn(2).getString();
    c.quarter = q.getColumn(3).getString();
    c.called_on = q.getColumn(4).getString();
    c.caller = q.getColumn(5).getString();
    c.reached = q.getColumn(6).getInt() != 0;
    c.reported = q.getColumn(7).getString();
    c.notes = q.getColumn(8).getString();
    each(c);
  }
}

} // namespace czs::oversight
