#pragma once

#include "oversight/period_counts.hpp"
#include "period/date.hpp"
#include "period/period.hpp"
#include "stations/station.hpp"

#include <cstdint>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>

#include <SQLiteCpp/Database.h>

namespace czs::audit {
class AuditedTransaction;
}

// Art. 12: station staff log in to the content platform daily. A station's activity is the set
// of days it logged in (table platform_login, schemas/0011): several logins on one day count
// once. Days come from the platform's login log or are recorded by hand.
namespace czs::oversight {

// Where a day of activity came from.
enum class LoginSource
{
  import, // the platform's login log
  hand    // recorded by a clerk (from a screenshot, a phone call)
};

std::string_view to_string(LoginSource source);
// The source in the clerk's language.
const char* login_source_label(LoginSource source);
// The source's label untranslated ("login log", "by hand"): the msgid of login_source_label.
const char* login_source_label_in_english(LoginSource source);

// One day a station was active on the platform.
struct LoginDay
{
  std::int64_t id = 0;
  std::int64_t station_id = 0;
  std::string station_code;
  std::string day; // YYYY-MM-DD
  LoginSource source = LoginSource::hand;
  std::string first_login; // HH:MM:SS, the earliest login known that day; empty when unknown
  std::string recorded_by;
  std::string note;
};

// Records that `station` was active on the platform on login.day (first_login, source and note
// as given; recorded_by is set from the transaction's actor by the caller). Returns false and
// writes nothing when the day is already recorded for the station (a day counts once). Throws
// czs::Error(bad_data) when the station was not in service on that day (in_service.hpp).
bool record_login_day(audit::AuditedTransaction& tx, const stations::Station& station, LoginDay& login);

// The day already recorded for a station, or nullopt.
std::optional<LoginDay> find_login_day(SQLite::Database& db, std::int64_t station_id, const std::string& day);

// How a platform login log (CSV) is read.
struct LoginImportOptions
{
  std::string source;      // the file's name, for messages
  Date today;              // logins after it are refused
  bool gbk = false;        // the file is GB18030/GBK (as Chinese-locale Excel saves it), not UTF-8
  std::string recorded_by; // the clerk importing it
};

// What an import did.
struct LoginImportSummary
{
  std::int64_t rows = 0;       // data rows (logins) read
  std::int64_t days = 0;       // station-days recorded
  std::int64_t already = 0;    // station-days of the file recorded before, left as they were
  std::int64_t stations = 0;   // stations with a login in the file
  std::int64_t empty_rows = 0; // lines whose fields were all empty, skipped
};

// Imports a platform login log: CSV (RFC 4180) whose header names the columns station and time
// (Chinese headings 站点编号 and 登录时间 are accepted, other columns ignored); a time is a day
// with an optional time of day as text::input_date_time reads it ("2026/3/5 9:05"). The logins
// of one station and day make one day, with the earliest time as first_login; a day already
// recorded is left as it is, so importing the same log again adds nothing. Every broken row (an
// unknown station, a bad time, a login after today or while the station was not in service) is
// reported (up to 20, each with its line) in one czs::Error(bad_data), and then nothing is
// written: the caller's transaction is not committed. The further columns `review login list
// --days` writes are read back: first_login (首次登录), source (来源: import or hand, or the
// label a table prints, 登录日志 / 手工录入), recorded_by (录入人; the importer when empty) and
// note (备注), so that a day recorded by hand comes back with its note as hand-recorded; rows
// of one day that give two different sources, recorders or notes are refused.
LoginImportSummary import_logins(audit::AuditedTransaction& tx, std::istream& in, const LoginImportOptions& options);

// Which days a listing shows; empty fields do not filter. Dates are inclusive.
struct LoginFilter
{
  std::optional<std::int64_t> station_id;
  std::string from;
  std::string to;
};

// Calls `each` for every matching day, by station code then day, streaming.
void for_each_login_day(SQLite::Database& db, const LoginFilter& filter,
                        const std::function<void(const LoginDay&)>& each);

// R-DAILY-LOGIN (Art. 12): the days within the period on which each station was active on the
// platform, streamed in ascending station_id as the other period counts (period_counts.hpp).
void login_days_by_station(SQLite::Database& db, const Period& period, const CountSink& each);

} // namespace czs::oversight
