#include "ledger/station_gate.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "ledger/words.hpp"
#include "period/date.hpp"
#include "rules/rule_catalogue.hpp"
#include "stations/station_store.hpp"

#include <algorithm>

#include <SQLiteCpp/Statement.h>

namespace czs::ledger {

std::string record_day_refusal(const stations::Station& s, const std::string& day)
{
  if (s.opened_on.empty()) {
    return trf("station {} has not opened (it is {}); it takes records from its plaque day (Art. 15)", s.code,
               stations::status_label(s.status));
  }
  if (day < s.opened_on) {
    return trf("station {} opened on {}; a record dated {} is before that (Art. 15)", s.code, s.opened_on, day);
  }
  if (s.status == stations::Status::closed && day > s.closed_on) {
    return trf("station {} closed on {}; it takes no record dated {}", s.code, s.closed_on, day);
  }
  return {};
}

std::string new_record_refusal(const stations::Station& s, const std::string& day)
{
  std::string refusal = record_day_refusal(s, day_of(day));
  return refusal.empty() ? stations::exit_refusal(s, day_of(day)) : refusal;
}

void require_new_record_day(const stations::Station& s, const std::string& day)
{
  if (std::string refusal = new_record_refusal(s, day); !refusal.empty()) {
    throw Error(ErrorKind::bad_data, refusal, tr("see the station with czstation register show CODE"));
  }
}

void require_settled_at_exit(const stations::Station& s, std::string_view status, std::string_view ref)
{
  if (s.status != stations::Status::closing && s.status != stations::Status::closed) {
    return;
  }
  // Goods ordered for the station, at it, or a parcel accepted and not handed to the carrier.
  constexpr std::string_view waiting[] = {"ordered", "arrived", "notified", "exchanging", "accepted"};
  if (std::find(std::begin(waiting), std::end(waiting), status) == std::end(waiting)) {
    return;
  }
  throw Error(ErrorKind::bad_data,
              {rules::diagnostic(rules::Rule::exit_waiting,
                                 trf("station {} is leaving (its exit was decided on {}): {} would stay {} there",
                                     s.code, s.exit_decided_on, ref, word_for_people(record_statuses(), status)),
                                 tr("enter it with the steps that settled it (picked up, returned, dispatched), as "
                                    "the paper record shows"))});
}

stations::Station require_station_on(SQLite::Database& db, std::string_view code, const std::string& day)
{
  stations::Station s = stations::require_station(db, code);
  require_new_record_day(s, day);
  return s;
}

stations::Station require_station_of(SQLite::Database& db, std::int64_t station_id, const std::string& day)
{
  stations::Station s = station_by_id(db, station_id);
  if (std::string refusal = record_day_refusal(s, day_of(day)); !refusal.empty()) {
    throw Error(ErrorKind::bad_data, refusal, tr("see the station with czstation register show CODE"));
  }
  return s;
}

stations::Station station_by_id(SQLite::Database& db, std::int64_t id)
{
  SQLite::Statement q(db, "SELECT code FROM station WHERE id = ?");
  q.bind(1, static_cast<std::int64_t>(id));
  if (!q.executeStep()) {
    throw Error(ErrorKind::internal, trf("no station with id {}", id));
  }
  return stations::require_station(db, q.getColumn(0).getString());
}

} // namespace czs::ledger
