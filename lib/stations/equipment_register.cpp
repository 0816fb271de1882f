#include "stations/equipment_register.hpp"

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "stations/onboarding_records.hpp"

#include <SQLiteCpp/Statement.h>

namespace czs::stations {

namespace {

struct Held
{
  std::int64_t id = 0;
  std::string kind;
  std::string issued_on;
};

// The item with `serial` the station holds now, or a refusal naming what is wrong.
Held held_item(SQLite::Database& db, const Station& station, const std::string& serial, const std::string& date)
{
  SQLite::Statement q(db, "SELECT id, kind, issued_on FROM equipment "
                          "WHERE station_id = ? AND serial = ? AND recovered_on IS NULL");
  q.bind(1, static_cast<std::int64_t>(station.id));
  q.bind(2, serial);
  if (!q.executeStep()) {
    throw Error(ErrorKind::not_found, trf("station {} holds no equipment with serial {}", station.code, serial),
                tr("list what it holds with: czstation register holdings CODE"));
  }
  Held out{q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString()};
  if (date < out.issued_on) {
    throw Error(ErrorKind::bad_data,
                trf("{} {} was issued to station {} on {}; it cannot move on {}", out.kind, serial, station.code,
                    out.issued_on, date),
                tr("check the date"));
  }
  return out;
}

void recover(audit::AuditedTransaction& tx, const Station& station, std::int64_t id, const std::string& date)
{
  SQLite::Statement q(tx.db(), "UPDATE equipment SET recovered_on = ? WHERE id = ?");
  q.bind(1, date);
  q.bind(2, id);
  q.exec();
  tx.set_station(station.code);
  tx.updated("equipment", id);
}

} // namespace

std::int64_t return_equipment(audit::AuditedTransaction& tx, const Station& station, const std::string& serial,
                              const std::string& date, const std::string& replacement)
{
  require_takes_registration_records(station);
  if (replacement == serial) {
    throw Error(ErrorKind::bad_data, trf("the replacement of {} cannot be the same item", serial),
                tr("give the serial of the new item with --replace-with"));
  }
  const Held item = held_item(tx.db(), station, serial, date);
  recover(tx, station, item.id, date);
  if (replacement.empty()) {
    return 0;
  }
  return issue_equipment(tx, station, Equipment{0, item.kind, replacement, date, ""});
}

std::int64_t transfer_equipment(audit::AuditedTransaction& tx, const Station& from, const Station& to,
                                const std::string& serial, const std::string& date)
{
  if (from.id == to.id) {
    throw Error(ErrorKind::bad_data, trf("{} already holds {}", from.code, serial),
                tr("name the station that receives it with --to"));
  }
  require_takes_registration_records(to);
  const Held item = held_item(tx.db(), from, serial, date);
  recover(tx, from, item.id, date);
  return issue_equipment(tx, to, Equipment{0, item.kind, serial, date, ""});
}

void for_each_item(SQLite::Database& db, bool all, const std::function<void(const RegisterItem&)>& each)
{
  SQLite::Statement q(db, std::string("SELECT s.code, e.kind, e.serial, e.issued_on, coalesce(e.recovered_on, '') "
                                      "FROM equipment e JOIN station s ON s.id = e.station_id ")
                              + (all ? "" : "WHERE e.recovered_on IS NULL ")
                              + "ORDER BY s.code, e.kind, e.serial, e.issued_on, e.id");
  while (q.executeStep()) {
    each({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(),
          q.getColumn(3).getString(), q.getColumn(4).getString()});
  }
}

} // namespace czs::stations
