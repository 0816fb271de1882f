#include "stations/station_store.hpp"

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "stations/batch.hpp"
#include "storage/sql_values.hpp"
#include "text/spellcheck.hpp"

#include <SQLiteCpp/Statement.h>

namespace czs::stations {

namespace {

constexpr const char* k_columns =
    "id, code, name, township, village, premises, area_centi_m2, population, manager_name, "
    "manager_phone, status, applied_on, coalesce(opened_on, ''), coalesce(closed_on, ''), "
    "coalesce((SELECT max(e.happened_on) FROM station_event e WHERE e.station_id = station.id "
    "AND e.to_status = 'closing'), ''), "
    "coalesce((SELECT b.batch FROM station_batch b WHERE b.id = station.id), ''), "
    "coalesce((SELECT b.phase FROM station_batch b WHERE b.id = station.id), 0)";

Station read_station(SQLite::Statement& q)
{
  Station s;
  s.id = q.getColumn(0).getInt64();
  s.code = q.getColumn(1).getString();
  s.name = q.getColumn(2).getString();
  s.township = q.getColumn(3).getString();
  s.village = q.getColumn(4).getString();
  s.premises = parse_premises(q.getColumn(5).getString()).value_or(Premises::other);
  s.area_centi_m2 = q.getColumn(6).getInt64();
  s.population = q.getColumn(7).getInt64();
  s.manager_name = q.getColumn(8).getString();
  s.manager_phone = q.getColumn(9).getString();
  s.status = parse_status(q.getColumn(10).getString()).value_or(Status::applied);
  s.applied_on = q.getColumn(11).getString();
  s.opened_on = q.getColumn(12).getString();
  s.closed_on = q.getColumn(13).getString();
  s.exit_decided_on = q.getColumn(14).getString();
  s.batch = q.getColumn(15).getString();
  s.phase = q.getColumn(16).getInt64();
  return s;
}

std::vector<std::string> all_codes(SQLite::Database& db)
{
  SQLite::Statement q(db, "SELECT code FROM station");
  std::vector<std::string> codes;
  while (q.executeStep()) {
    codes.push_back(q.getColumn(0).getString());
  }
  return codes;
}

} // namespace

std::optional<Station> find_station(SQLite::Database& db, std::string_view code)
{
  SQLite::Statement q(db, std::string("SELECT ") + k_columns + " FROM station WHERE code = ?");
  q.bind(1, std::string(code));
  if (!q.executeStep()) {
    return std::nullopt;
  }
  return read_station(q);
}

Station require_station(SQLite::Database& db, std::string_view code)
{
  if (auto station = find_station(db, code)) {
    return *station;
  }
  const std::string guess = text::closest_match(code, all_codes(db));
  throw Error(ErrorKind::not_found, trf("no station with code {}", code),
              guess.empty() ? tr("list the stations with: czstation register list") : trf("did you mean {}?", guess));
}

void for_each_station(SQLite::Database& db, const StationFilter& filter,
                      const std::function<void(const Station&)>& each)
{
  SQLite::Statement q(db, std::string("SELECT ") + k_columns
                              + " FROM station WHERE (?1 = '' OR township = ?1)"
                                " AND (?2 = '' OR status = ?2)"
                              + (filter.batch.empty() ? "" : " AND " + batch_condition("id", "?3"))
                              + " ORDER BY township, code");
  q.bind(1, filter.township);
  q.bind(2, filter.status ? std::string(to_string(*filter.status)) : std::string());
  if (!filter.batch.empty()) {
    q.bind(3, filter.batch);
  }
  while (q.executeStep()) {
    each(read_station(q));
  }
}

std::int64_t insert_station(audit::AuditedTransaction& tx, const Station& s)
{
  if (find_station(tx.db(), s.code)) {
    throw Error(ErrorKind::bad_data, trf("a station with code {} already exists", s.code),
                tr("choose another code, or change the existing station with: czstation register update"));
  }
  SQLite::Statement q(tx.db(), "INSERT INTO station (code, name, township, village, premises, "
                               "area_centi_m2, population, manager_name, manager_phone, status, "
                               "applied_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'applied', ?)");
  q.bind(1, s.code);
  q.bind(2, s.name);
  q.bind(3, s.township);
  q.bind(4, s.village);
  q.bind(5, std::string(to_string(s.premises)));
  q.bind(6, static_cast<std::int64_t>(s.area_centi_m2));
  q.bind(7, static_cast<std::int64_t>(s.population));
  q.bind(8, s.manager_name);
  q.bind(9, s.manager_phone);
  q.bind(10, s.applied_on);
  q.exec();
  const std::int64_t id = tx.db().getLastInsertRowid();
  tx.set_station(s.code);
  tx.inserted("station", id);
  return id;
}

void update_station(audit::AuditedTransaction& tx, const Station& s)
{
  require_not_closed(s);
  SQLite::Statement q(tx.db(), "UPDATE station SET name = ?, township = ?, village = ?, "
                               "premises = ?, area_centi_m2 = ?, population = ?, "
                               "manager_name = ?, manager_phone = ? WHERE id = ?");
  q.bind(1, s.name);
  q.bind(2, s.township);
  q.bind(3, s.village);
  q.bind(4, std::string(to_string(s.premises)));
  q.bind(5, static_cast<std::int64_t>(s.area_centi_m2));
  q.bind(6, static_cast<std::int64_t>(s.population));
  q.bind(7, s.manager_name);
  q.bind(8, s.manager_phone);
  q.bind(9, static_cast<std::int64_t>(s.id));
  q.exec();
  tx.set_station(s.code);
  tx.updated("station", s.id);
}

void change_status(audit::AuditedTransaction& tx, Station& station, Status to, const std::string& date,
                   const Bilingual& reason)
{
  SQLite::Statement event(tx.db(), "INSERT INTO station_event (station_id, happened_on, "
                                   "from_status, to_status, reason) VALUES (?, ?, ?, ?, ?)");
  event.bind(1, static_cast<std::int64_t>(station.id));
  event.bind(2, date);
  event.bind(3, std::string(to_string(station.status)));
  event.bind(4, std::string(to_string(to)));
  // The event keeps the sentence of the clerk's language, as before 0019, so its recorded image
  // is unchanged; both sentences go to a table of their own.
  event.bind(5, in_current_language(reason));
  event.exec();
  const std::int64_t event_id = tx.db().getLastInsertRowid();
  tx.inserted("station_event", event_id);
  SQLite::Statement both(tx.db(), "INSERT INTO station_event_reason (id, en, zh) VALUES (?, ?, ?)");
  both.bind(1, event_id);
  both.bind(2, reason.en);
  both.bind(3, reason.zh);
  both.exec();
  tx.inserted("station_event_reason", event_id);

  if (to == Status::open && station.opened_on.empty()) {
    station.opened_on = date;
  }
  if (to == Status::closing) {
    station.exit_decided_on = date;
  }
  if (to == Status::closed) {
    station.closed_on = date;
  }
  station.status = to;
  SQLite::Statement update(tx.db(), "UPDATE station SET status = ?, opened_on = ?, closed_on = ? WHERE id = ?");
  update.bind(1, std::string(to_string(to)));
  storage::bind_text_or_null(update, 2, station.opened_on);
  storage::bind_text_or_null(update, 3, station.closed_on);
  update.bind(4, static_cast<std::int64_t>(station.id));
  update.exec();
  tx.set_station(station.code);
  tx.updated("station", station.id);
}

std::vector<StationEvent> events_of(SQLite::Database& db, std::int64_t station_id)
{
  // The reason in the reader's language; a change recorded before 0019 has only the sentence its
  // clerk's language gave.
  const std::string reason =
      current_language() == Language::zh ? "coalesce(r.zh, e.reason)" : "coalesce(r.en, e.reason)";
  SQLite::Statement q(db, "SELECT e.happened_on, coalesce(e.from_status, ''), e.to_status, " + reason
                              + " FROM station_event e LEFT JOIN station_event_reason r ON r.id = e.id "
                                "WHERE e.station_id = ? ORDER BY e.happened_on, e.id");
  q.bind(1, static_cast<std::int64_t>(station_id));
  std::vector<StationEvent> out;
  while (q.executeStep()) {
    out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                   q.getColumn(3).getString()});
  }
  return out;
}

} // namespace czs::stations
