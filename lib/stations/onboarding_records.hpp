#pragma once

#include "stations/station.hpp"

#include <cstdint>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::audit {
class AuditedTransaction;
}

namespace czs::stations {

// Art. 7.2: the agreement, with the date each party signed (empty: not yet signed).
struct Agreement
{
  std::int64_t id = 0;
  std::string reference;
  std::string office_signed_on;
  std::string committee_signed_on;
};

// Art. 7.1: one training session.
struct Training
{
  std::int64_t id = 0;
  std::string trained_on;
  std::int64_t deci_hours = 0;
  std::string topic;
};

// Art. 14.4: an item of equipment issued to the station.
struct Equipment
{
  std::int64_t id = 0;
  std::string kind;
  std::string serial;
  std::string issued_on;
  std::string recovered_on;
};

// Art. 14.4: a platform account or permission granted to the station.
struct PlatformAccount
{
  std::int64_t id = 0;
  std::string platform;
  std::string login;
  std::string role;
  std::string granted_on;
  std::string recovered_on;
};

// Records an agreement, or adds the missing signature dates to the station's agreement with the
// same reference. Throws czs::Error(bad_data) when a party's date would be changed.
std::int64_t record_agreement(audit::AuditedTransaction& tx, const Station& station, const Agreement& agreement);
std::int64_t record_training(audit::AuditedTransaction& tx, const Station& station, const Training& training);
// Throws czs::Error(bad_data) when an item with the serial (of any kind) is issued now, to any
// station, or when `issued_on` is before the day the serial was last recovered (Art. 14.4).
std::int64_t issue_equipment(audit::AuditedTransaction& tx, const Station& station, const Equipment& item);
// Throws czs::Error(bad_data) when the same platform login is already granted (to any station),
// or when `granted_on` is before the day it was last recovered (Art. 14.4).
std::int64_t grant_account(audit::AuditedTransaction& tx, const Station& station, const PlatformAccount& account);

std::vector<Agreement> agreements_of(SQLite::Database& db, std::int64_t station_id);
std::vector<Training> trainings_of(SQLite::Database& db, std::int64_t station_id);
std::vector<Equipment> equipment_of(SQLite::Database& db, std::int64_t station_id);
std::vector<PlatformAccount> accounts_of(SQLite::Database& db, std::int64_t station_id);

} // namespace czs::stations
