#include "oversight/credit.hpp"

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "oversight/conditions.hpp"
#include "oversight/in_service.hpp"
#include "stations/batch.hpp"

#include <SQLiteCpp/Statement.h>

namespace czs::oversight {

namespace {

constexpr const char* k_select =
    "SELECT c.id, c.station_id, s.code, c.happened_on, c.serious, c.description, coalesce(c.corrected_on, ''), "
    "c.correction_note FROM credit_incident c JOIN station s ON s.id = c.station_id";

CreditIncident read_incident(SQLite::Statement& q)
{
  CreditIncident c;
  c.id = q.getColumn(0).getInt64();
  c.station_id = q.getColumn(1).getInt64();
  c.station_code = q.getColumn(2).getString();
  c.happened_on = q.getColumn(3).getString();
  c.serious = q.getColumn(4).getInt() != 0;
  c.description = q.getColumn(5).getString();
  c.corrected_on = q.getColumn(6).getString();
  c.correction_note = q.getColumn(7).getString();
  return c;
}

} // namespace

Date correction_deadline(Date happened_on, int grace_days)
{
  return add_days(happened_on, grace_days);
}

bool is_overdue(const CreditIncident& incident, Date at, int grace_days)
{
  if (!incident.serious) {
    return false;
  }
  const std::string day = to_string(at);
  const bool open_then = incident.corrected_on.empty() || incident.corrected_on > day;
  const auto happened = parse_date(incident.happened_on);
  return open_then && happened && correction_deadline(*happened, grace_days) < at;
}

std::int64_t record_credit_incident(audit::AuditedTransaction& tx, const stations::Station& station,
                                    const CreditIncident& c)
{
  require_in_service(station, c.happened_on, N_("a credit incident"));
  SQLite::Statement insert(tx.db(), "INSERT INTO credit_incident (station_id, happened_on, serious, description) "
                                    "VALUES (?, ?, ?, ?)");
  insert.bind(1, station.id);
  insert.bind(2, c.happened_on);
  insert.bind(3, c.serious ? 1 : 0);
  insert.bind(4, c.description);
  insert.exec();
  const std::int64_t id = tx.db().getLastInsertRowid();
  tx.set_station(station.code);
  tx.inserted("credit_incident", id);
  return id;
}

void correct_credit_incident(audit::AuditedTransaction& tx, CreditIncident& c, const std::string& date,
                             const std::string& note)
{
  if (!c.corrected_on.empty()) {
    throw Error(ErrorKind::bad_data, trf("credit incident {} was already corrected on {}", c.id, c.corrected_on),
                tr("a correction is recorded once; record a new incident if the problem came back"));
  }
  if (date < c.happened_on) {
    throw Error(
        ErrorKind::bad_data,
        trf("credit incident {} happened on {}; it cannot be corrected on {}, before that", c.id, c.happened_on, date),
        tr("give the date the station corrected it, on or after the incident"));
  }
  SQLite::Statement update(tx.db(), "UPDATE credit_incident SET corrected_on = ?, correction_note = ? WHERE id = ?");
  update.bind(1, date);
  update.bind(2, note);
  update.bind(3, c.id);
  update.exec();
  c.corrected_on = date;
  c.correction_note = note;
  tx.set_station(c.station_code);
  tx.updated("credit_incident", c.id);
}

CreditIncident require_credit_incident(SQLite::Database& db, std::int64_t id)
{
  SQLite::Statement q(db, std::string(k_select) + " WHERE c.id = ?");
  q.bind(1, id);
  if (!q.executeStep()) {
    throw Error(ErrorKind::not_found, trf("no credit incident with id {}", id),
                tr("list the incidents with: czstation review credit list"));
  }
  return read_incident(q);
}

void for_each_credit_incident(SQLite::Database& db, const CreditFilter& filter,
                              const std::function<void(const CreditIncident&)>& each)
{
  Conditions where;
  if (filter.station_id)
    where.add("c.station_id = ?", *filter.station_id);
  if (!filter.batch.empty())
    where.add(stations::batch_condition("c.station_id", "?"), filter.batch);
  if (!filter.from.empty())
    where.add("c.happened_on >= ?", filter.from);
  if (!filter.to.empty())
    where.add("c.happened_on <= ?", filter.to);
  if (filter.serious_only)
    where.add("c.serious = 1");
  if (filter.open_only)
    where.add("c.corrected_on IS NULL");
  SQLite::Statement q(db, std::string(k_select) + where.where() + " ORDER BY c.happened_on, c.id");
  where.bind(q);
  while (q.executeStep()) {
    each(read_incident(q));
  }
}

void for_each_overdue_incident(SQLite::Database& db, Date at, int grace_days,
                               const std::function<void(const CreditIncident&)>& each)
{
  // Overdue on `at`: happened before at - grace (its deadline has passed) and not corrected
  // by `at`. The partial index on serious incidents serves the date range.
  SQLite::Statement q(
      db, std::string(k_select)
              + " WHERE c.serious = 1 AND c.happened_on < ? AND (c.corrected_on IS NULL OR c.corrected_on > ?)"
                " ORDER BY c.happened_on, c.id");
  q.bind(1, to_string(add_days(at, -grace_days)));
  q.bind(2, to_string(at));
  while (q.executeStep()) {
    each(read_incident(q));
  }
}

} // namespace czs::oversight
