#include "ledger/counter.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "ledger/record_store.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace czs::ledger {

namespace {

// The stations (codes, comma-separated) where a parcel waits under this pickup code.
std::string stations_waiting_with(SQLite::Database& db, const std::string& code)
{
  SQLite::Statement q(db, "SELECT group_concat(s.code, ', ') FROM parcel r JOIN station s ON s.id = r.station_id "
                          "WHERE r.pickup_code = ? AND r.direction = 'in' AND r.status IN ('arrived', 'notified')");
  q.bind(1, code);
  return q.executeStep() && !q.getColumn(0).isNull() ? q.getColumn(0).getString() : std::string();
}

} // namespace

std::int64_t waiting_parcel_with_code(SQLite::Database& db, const stations::Station& station, const std::string& code)
{
  SQLite::Statement q(db, "SELECT id FROM parcel WHERE station_id = ? AND pickup_code = ? AND direction = 'in' "
                          "AND status IN ('arrived', 'notified')");
  q.bind(1, static_cast<std::int64_t>(station.id));
  q.bind(2, code);
  if (q.executeStep()) {
    return q.getColumn(0).getInt64();
  }
  const std::string elsewhere = stations_waiting_with(db, code);
  if (!elsewhere.empty()) {
    // Saying where it waits is safe: the code was shown by its holder, and the parcel stays
    // there until the code is given at that station.
    throw Error(ErrorKind::bad_data,
                trf("pickup code {} is for a parcel waiting at {}, not at {}", code, elsewhere, station.code),
                tr("a parcel is handed over only at the station it waits at; send the villager there"));
  }
  throw Error(ErrorKind::not_found, trf("no parcel waiting at {} has the pickup code {}", station.code, code),
              tr("check the code in the pickup notice, or find the parcel with: czstation parcel find TRACKING"));
}

int for_each_parcel_tracked(SQLite::Database& db, const std::string& tracking_no,
                            const std::function<void(const Parcel&, const std::string& station)>& each)
{
  Parcel record;
  std::string columns;
  for (const char* c : parcel_columns()) {
    columns += fmt::format("{}r.{}", columns.empty() ? "" : ", ", c);
  }
  SQLite::Statement q(db, fmt::format("SELECT {}, s.code FROM parcel r JOIN station s ON s.id = r.station_id "
                                      "WHERE r.tracking_no = ? ORDER BY r.id",
                                      columns));
  q.bind(1, tracking_no);
  const int code_column = static_cast<int>(parcel_columns().size());
  int count = 0;
  while (q.executeStep()) {
    read_row(q, record);
    each(record, q.getColumn(code_column).getString());
    ++count;
  }
  return count;
}

std::vector<std::int64_t> parcels_to_notify(SQLite::Database& db, std::int64_t station_id, const std::string& day)
{
  // Arrival times are YYYY-MM-DDTHH:MM:SS: the day's range ends just before the next day.
  SQLite::Statement q(db, "SELECT id FROM parcel WHERE station_id = ?1 AND direction = 'in' AND status = 'arrived' "
                          "AND arrived_at >= ?2 AND arrived_at < ?2 || 'U' ORDER BY arrived_at, id");
  q.bind(1, static_cast<std::int64_t>(station_id));
  q.bind(2, day);
  std::vector<std::int64_t> ids;
  while (q.executeStep()) {
    ids.push_back(q.getColumn(0).getInt64());
  }
  return ids;
}

void record_notice_at_pickup(audit::AuditedTransaction& tx, const Parcel& p)
{
  SQLite::Statement q(tx.db(), "INSERT INTO parcel_notice_at_pickup (id, recorded_at) VALUES (?, ?)");
  q.bind(1, static_cast<std::int64_t>(p.id));
  q.bind(2, p.picked_up_at);
  q.exec();
  tx.inserted("parcel_notice_at_pickup", p.id);
}

bool notice_was_at_pickup(SQLite::Database& db, std::int64_t id)
{
  SQLite::Statement q(db, "SELECT 1 FROM parcel_notice_at_pickup WHERE id = ?");
  q.bind(1, static_cast<std::int64_t>(id));
  return q.executeStep();
}

} // namespace czs::ledger
