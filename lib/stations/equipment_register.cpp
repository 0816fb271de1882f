#include "stations/equipment_register.hpp"

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "stations/onboarding_records.hpp"

#include <vector>

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

namespace {

struct HeldAccount
{
  std::int64_t id = 0;
  PlatformAccount account;
};

// The account `login` (or platform:login) the station holds now, or a refusal.
HeldAccount held_account(SQLite::Database& db, const Station& station, const std::string& login,
                         const std::string& date)
{
  std::vector<PlatformAccount> matches;
  for (const auto& a : accounts_of(db, station.id)) {
    if (a.recovered_on.empty() && (a.login == login || a.platform + ":" + a.login == login)) {
      matches.push_back(a);
    }
  }
  if (matches.empty()) {
    throw Error(ErrorKind::not_found, trf("station {} holds no platform account {}", station.code, login),
                tr("list what it holds with: czstation register holdings CODE"));
  }
  if (matches.size() > 1) {
    throw Error(ErrorKind::usage, trf("station {} holds the login {} on more than one platform", station.code, login),
                trf("name it as PLATFORM:LOGIN, e.g. {}:{}", matches[0].platform, matches[0].login));
  }
  const PlatformAccount& a = matches[0];
  if (date < a.granted_on) {
    throw Error(ErrorKind::bad_data,
                trf("the {} account {} was granted to station {} on {}; it cannot move on {}", a.platform, a.login,
                    station.code, a.granted_on, date),
                tr("check the date"));
  }
  return {a.id, a};
}

void recover_account(audit::AuditedTransaction& tx, const Station& station, std::int64_t id, const std::string& date)
{
  SQLite::Statement q(tx.db(), "UPDATE platform_account SET recovered_on = ? WHERE id = ?");
  q.bind(1, date);
  q.bind(2, id);
  q.exec();
  tx.set_station(station.code);
  tx.updated("platform_account", id);
}

} // namespace

std::int64_t return_account(audit::AuditedTransaction& tx, const Station& station, const std::string& login,
                            const std::string& date, const std::string& replacement)
{
  require_takes_registration_records(station);
  const HeldAccount held = held_account(tx.db(), station, login, date);
  if (replacement == held.account.login) {
    throw Error(ErrorKind::bad_data, trf("the replacement of {} cannot be the same account", held.account.login),
                tr("give the new login with --replace-with"));
  }
  recover_account(tx, station, held.id, date);
  if (replacement.empty()) {
    return 0;
  }
  return grant_account(tx, station,
                       PlatformAccount{0, held.account.platform, replacement, held.account.role, date, ""});
}

std::int64_t transfer_account(audit::AuditedTransaction& tx, const Station& from, const Station& to,
                              const std::string& login, const std::string& date)
{
  if (from.id == to.id) {
    throw Error(ErrorKind::bad_data, trf("{} already holds {}", from.code, login),
                tr("name the station that receives it with --to"));
  }
  require_takes_registration_records(to);
  const HeldAccount held = held_account(tx.db(), from, login, date);
  recover_account(tx, from, held.id, date);
  PlatformAccount moved = held.account;
  moved.id = 0;
  moved.granted_on = date;
  moved.recovered_on.clear();
  return grant_account(tx, to, moved);
}

void for_each_item(SQLite::Database& db, bool all, const std::function<void(const RegisterItem&)>& each)
{
  // What ended an issue is read from the register: the same item issued elsewhere on the
  // recovery day was moved there; recovered once an exit was decided, at the exit; an item of
  // the same kind issued to the station that day replaced it; else it was returned. Each
  // lookup is by the serial, login or station index.
  const std::string where = all ? "" : " WHERE x.recovered_on IS NULL";
  SQLite::Statement q(db, R"(
    WITH x AS (
      SELECT 'equipment' AS type, e.id, e.station_id, e.kind, e.serial, '' AS role, e.issued_on, e.recovered_on,
        (SELECT s2.code FROM equipment n JOIN station s2 ON s2.id = n.station_id
          WHERE n.serial = e.serial AND n.issued_on = e.recovered_on AND n.station_id <> e.station_id
            AND n.id > e.id ORDER BY n.id LIMIT 1) AS moved_to,
        (SELECT n.serial FROM equipment n WHERE n.station_id = e.station_id AND n.kind = e.kind
            AND n.issued_on = e.recovered_on AND n.id > e.id ORDER BY n.id LIMIT 1) AS replaced_by
      FROM equipment e
      UNION ALL
      SELECT 'account', a.id, a.station_id, a.platform, a.login, a.role, a.granted_on, a.recovered_on,
        (SELECT s2.code FROM platform_account n JOIN station s2 ON s2.id = n.station_id
          WHERE n.platform = a.platform AND n.login = a.login AND n.granted_on = a.recovered_on
            AND n.station_id <> a.station_id AND n.id > a.id ORDER BY n.id LIMIT 1),
        (SELECT n.login FROM platform_account n WHERE n.station_id = a.station_id AND n.platform = a.platform
            AND n.granted_on = a.recovered_on AND n.id > a.id ORDER BY n.id LIMIT 1)
      FROM platform_account a)
    SELECT s.code, x.type, x.kind, x.serial, x.role, x.issued_on, coalesce(x.recovered_on, ''),
      CASE WHEN x.recovered_on IS NULL THEN ''
           WHEN x.moved_to IS NOT NULL THEN 'moved'
           WHEN c.decided_on IS NOT NULL AND c.decided_on <= x.recovered_on THEN 'exit'
           WHEN x.replaced_by IS NOT NULL THEN 'replaced'
           ELSE 'returned' END,
      coalesce(x.moved_to, ''), coalesce(x.replaced_by, '')
    FROM x JOIN station s ON s.id = x.station_id LEFT JOIN closure c ON c.station_id = x.station_id)"
                              + where + " ORDER BY s.code, x.type DESC, x.kind, x.serial, x.issued_on, x.id");
  while (q.executeStep()) {
    RegisterItem i;
    i.station_code = q.getColumn(0).getString();
    i.type = q.getColumn(1).getString();
    i.kind = q.getColumn(2).getString();
    i.serial = q.getColumn(3).getString();
    i.role = q.getColumn(4).getString();
    i.issued_on = q.getColumn(5).getString();
    i.recovered_on = q.getColumn(6).getString();
    i.movement = q.getColumn(7).getString();
    if (i.movement == "moved") {
      i.to_station = q.getColumn(8).getString();
    } else if (i.movement == "replaced") {
      i.replaced_by = q.getColumn(9).getString();
    }
    each(i);
  }
}

} // namespace czs::stations
