#pragma once

// A database in a fresh temporary directory with stations in chosen states, for the oversight
// unit tests. Records are written through lib/ exactly as the commands write them.

#include "audit/audited_transaction.hpp"
#include "stations/station_store.hpp"
#include "storage/database.hpp"
#include "temp_dir.hpp"

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

namespace czs::test {

class OversightDb
{
public:
  OversightDb() { m_db.emplace(storage::Database::open(m_dir.file("county.db"), storage::OpenOptions{})); }
  ~OversightDb() { m_db.reset(); }
  OversightDb(const OversightDb&) = delete;
  OversightDb& operator=(const OversightDb&) = delete;

  SQLite::Database& db() { return m_db->sql(); }

  // A write in the way commands make them; commit() it.
  audit::AuditedTransaction write() { return audit::AuditedTransaction(db(), {"tester", "unit test"}, "test"); }

  // A station that applied on 2025-01-01 and opened on `opened_on` (stays applied when empty).
  stations::Station station(const std::string& code, const std::string& opened_on = "2025-02-01")
  {
    stations::Station s;
    s.code = code;
    s.name = code + " 站";
    s.township = "卡达乡";
    s.village = "卡达村";
    s.premises = stations::Premises::village_office;
    s.area_centi_m2 = 4500;
    s.population = 500;
    s.manager_name = "卓玛";
    s.manager_phone = "13900000002";
    s.applied_on = "2025-01-01";
    auto tx = write();
    s.id = stations::insert_station(tx, s);
    if (!opened_on.empty()) {
      stations::change_status(tx, s, stations::Status::open, opened_on, Bilingual{"opened", "opened"});
    }
    tx.commit();
    return s;
  }

  // Closes a station on `date`.
  void close(stations::Station& s, const std::string& date)
  {
    auto tx = write();
    stations::change_status(tx, s, stations::Status::closing, date, Bilingual{"exit", "exit"});
    stations::change_status(tx, s, stations::Status::closed, date, Bilingual{"closed", "closed"});
    tx.commit();
  }

private:
  TempDir m_dir; // first: removed after the database closes
  std::optional<storage::Database> m_db;
};

} // namespace czs::test
