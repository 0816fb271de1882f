#include "stations/onboarding_records.hpp"

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "storage/sql_values.hpp"

#include <SQLiteCpp/Statement.h>

namespace czs::stations {

namespace {

using storage::bind_text_or_null;
using storage::text_or_empty;

// A signature date already on file may be added to, never rewritten: a correction is a new
// agreement reference, so the record of what was signed when stays true.
std::string merged_date(const std::string& stored, const std::string& given, const char* party,
                        const std::string& reference)
{
  if (given.empty() || given == stored) {
    return stored;
  }
  if (!stored.empty()) {
    throw Error(ErrorKind::bad_data,
                trf("agreement {} already records the {} signature on {}", reference, party, stored),
                tr("a signature date is not changed once recorded; record a new agreement reference instead"));
  }
  return given;
}

} // namespace

std::int64_t record_agreement(audit::AuditedTransaction& tx, const Station& station, const Agreement& a)
{
  require_takes_registration_records(station);
  tx.set_station(station.code);
  SQLite::Statement find(tx.db(), "SELECT id, coalesce(office_signed_on, ''), coalesce(committee_signed_on, '') "
                                  "FROM agreement WHERE station_id = ? AND reference = ?");
  find.bind(1, static_cast<std::int64_t>(station.id));
  find.bind(2, a.reference);
  if (find.executeStep()) {
    const std::int64_t id = find.getColumn(0).getInt64();
    const std::string office =
        merged_date(find.getColumn(1).getString(), a.office_signed_on, tr("e-commerce office"), a.reference);
    const std::string committee =
        merged_date(find.getColumn(2).getString(), a.committee_signed_on, tr("village committee"), a.reference);
    SQLite::Statement update(tx.db(),
                             "UPDATE agreement SET office_signed_on = ?, committee_signed_on = ? WHERE id = ?");
    bind_text_or_null(update, 1, office);
    bind_text_or_null(update, 2, committee);
    update.bind(3, static_cast<std::int64_t>(id));
    update.exec();
    tx.updated("agreement", id);
    return id;
  }
  SQLite::Statement insert(tx.db(), "INSERT INTO agreement (station_id, reference, office_signed_on, "
                                    "committee_signed_on) VALUES (?, ?, ?, ?)");
  insert.bind(1, static_cast<std::int64_t>(station.id));
  insert.bind(2, a.reference);
  bind_text_or_null(insert, 3, a.office_signed_on);
  bind_text_or_null(insert, 4, a.committee_signed_on);
  insert.exec();
  const std::int64_t id = tx.db().getLastInsertRowid();
  tx.inserted("agreement", id);
  return id;
}

std::int64_t record_training(audit::AuditedTransaction& tx, const Station& station, const Training& t)
{
  require_takes_registration_records(station);
  SQLite::Statement insert(tx.db(),
                           "INSERT INTO training (station_id, trained_on, deci_hours, topic) VALUES (?, ?, ?, ?)");
  insert.bind(1, static_cast<std::int64_t>(station.id));
  insert.bind(2, t.trained_on);
  insert.bind(3, static_cast<std::int64_t>(t.deci_hours));
  insert.bind(4, t.topic);
  insert.exec();
  const std::int64_t id = tx.db().getLastInsertRowid();
  tx.set_station(station.code);
  tx.inserted("training", id);
  return id;
}

std::int64_t issue_equipment(audit::AuditedTransaction& tx, const Station& station, const Equipment& e)
{
  require_takes_registration_records(station);
  // A serial names one item whatever kind it is entered as: return and transfer find an item by
  // its serial alone, so two issued items with one serial would be ambiguous.
  SQLite::Statement holder(tx.db(), "SELECT s.code, e.kind FROM equipment e JOIN station s ON s.id = e.station_id "
                                    "WHERE e.serial = ? AND e.recovered_on IS NULL");
  holder.bind(1, e.serial);
  if (holder.executeStep()) {
    throw Error(ErrorKind::bad_data,
                trf("{} with serial {} is already issued to station {}", holder.getColumn(1).getString(), e.serial,
                    holder.getColumn(0).getString()),
                tr("check the serial number; an item is issued again only after it was recovered"));
  }
  // An item is in one place at a time: it is issued again from the day it was last recovered.
  SQLite::Statement last(tx.db(), "SELECT s.code, e.recovered_on FROM equipment e JOIN station s ON s.id = "
                                  "e.station_id WHERE e.serial = ? ORDER BY e.recovered_on DESC LIMIT 1");
  last.bind(1, e.serial);
  if (last.executeStep() && e.issued_on < last.getColumn(1).getString()) {
    throw Error(ErrorKind::bad_data,
                trf("serial {} was at station {} until it was recovered on {}; it cannot be issued on {}", e.serial,
                    last.getColumn(0).getString(), last.getColumn(1).getString(), e.issued_on),
                tr("check the date: an item is issued again from the day it was recovered"));
  }
  SQLite::Statement insert(tx.db(), "INSERT INTO equipment (station_id, kind, serial, issued_on) VALUES (?, ?, ?, ?)");
  insert.bind(1, static_cast<std::int64_t>(station.id));
  insert.bind(2, e.kind);
  insert.bind(3, e.serial);
  insert.bind(4, e.issued_on);
  insert.exec();
  const std::int64_t id = tx.db().getLastInsertRowid();
  tx.set_station(station.code);
  tx.inserted("equipment", id);
  return id;
}

std::int64_t grant_account(audit::AuditedTransaction& tx, const Station& station, const PlatformAccount& a)
{
  require_takes_registration_records(station);
  SQLite::Statement holder(tx.db(), "SELECT s.code FROM platform_account a JOIN station s ON s.id = a.station_id "
                                    "WHERE a.platform = ? AND a.login = ? AND a.recovered_on IS NULL");
  holder.bind(1, a.platform);
  holder.bind(2, a.login);
  if (holder.executeStep()) {
    throw Error(
        ErrorKind::bad_data,
        trf("the {} account {} is already granted to station {}", a.platform, a.login, holder.getColumn(0).getString()),
        tr("check the login; an account is granted again only after it was recovered"));
  }
  // An account is with one station at a time: it is granted again from the day it was recovered.
  SQLite::Statement last(tx.db(), "SELECT s.code, a.recovered_on FROM platform_account a JOIN station s ON s.id = "
                                  "a.station_id WHERE a.platform = ? AND a.login = ? ORDER BY a.recovered_on DESC "
                                  "LIMIT 1");
  last.bind(1, a.platform);
  last.bind(2, a.login);
  if (last.executeStep() && a.granted_on < last.getColumn(1).getString()) {
    throw Error(ErrorKind::bad_data,
                trf("the {} account {} was with station {} until it was recovered on {}; it cannot be granted on {}",
                    a.platform, a.login, last.getColumn(0).getString(), last.getColumn(1).getString(), a.granted_on),
                tr("check the date: an account is granted again from the day it was recovered"));
  }
  SQLite::Statement insert(tx.db(), "INSERT INTO platform_account (station_id, platform, login, role, granted_on) "
                                    "VALUES (?, ?, ?, ?, ?)");
  insert.bind(1, static_cast<std::int64_t>(station.id));
  insert.bind(2, a.platform);
  insert.bind(3, a.login);
  insert.bind(4, a.role);
  insert.bind(5, a.granted_on);
  insert.exec();
  const std::int64_t id = tx.db().getLastInsertRowid();
  tx.set_station(station.code);
  tx.inserted("platform_account", id);
  return id;
}

std::vector<Agreement> agreements_of(SQLite::Database& db, std::int64_t station_id)
{
  SQLite::Statement q(db, "SELECT id, reference, office_signed_on, committee_signed_on FROM agreement "
                          "WHERE station_id = ? ORDER BY id");
  q.bind(1, static_cast<std::int64_t>(station_id));
  std::vector<Agreement> out;
  while (q.executeStep()) {
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), text_or_empty(q.getColumn(2)),
                   text_or_empty(q.getColumn(3))});
  }
  return out;
}

std::vector<Training> trainings_of(SQLite::Database& db, std::int64_t station_id)
{
  SQLite::Statement q(db, "SELECT id, trained_on, deci_hours, topic FROM training WHERE station_id = ? "
                          "ORDER BY trained_on, id");
  q.bind(1, static_cast<std::int64_t>(station_id));
  std::vector<Training> out;
  while (q.executeStep()) {
    out.push_back(
        {q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getInt64(), q.getColumn(3).getString()});
  }
  return out;
}

std::vector<Equipment> equipment_of(SQLite::Database& db, std::int64_t station_id)
{
  SQLite::Statement q(
      db, "SELECT id, kind, serial, issued_on, recovered_on FROM equipment WHERE station_id = ? ORDER BY id");
  q.bind(1, static_cast<std::int64_t>(station_id));
  std::vector<Equipment> out;
  while (q.executeStep()) {
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                   q.getColumn(3).getString(), text_or_empty(q.getColumn(4))});
  }
  return out;
}

std::vector<PlatformAccount> accounts_of(SQLite::Database& db, std::int64_t station_id)
{
  SQLite::Statement q(db, "SELECT id, platform, login, role, granted_on, recovered_on FROM platform_account "
                          "WHERE station_id = ? ORDER BY id");
  q.bind(1, static_cast<std::int64_t>(station_id));
  std::vector<PlatformAccount> out;
  while (q.executeStep()) {
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                   q.getColumn(3).getString(), q.getColumn(4).getString(), text_or_empty(q.getColumn(5))});
  }
  return out;
}

} // namespace czs::stations
