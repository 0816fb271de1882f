#include "stations/batch.hpp"

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "stations/station.hpp"
#include "text/spellcheck.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace czs::stations {

BatchAssignment batch_of(SQLite::Database& db, std::int64_t station_id)
{
  SQLite::Statement q(db, "SELECT batch, coalesce(phase, 0), set_on FROM station_batch WHERE id = ?");
  q.bind(1, static_cast<std::int64_t>(station_id));
  if (!q.executeStep()) {
    return {};
  }
  return {q.getColumn(0).getString(), q.getColumn(1).getInt64(), q.getColumn(2).getString()};
}

void set_batch(audit::AuditedTransaction& tx, const Station& station, const BatchAssignment& b)
{
  require_not_closed(station);
  if (b.batch.empty()) {
    throw Error(ErrorKind::bad_data, tr("--batch: a batch name is required"),
                tr("give the batch as the county names it, e.g. 2026年第一批"));
  }
  const bool exists = !batch_of(tx.db(), station.id).batch.empty();
  SQLite::Statement q(tx.db(), exists ? "UPDATE station_batch SET batch = ?2, phase = ?3, set_on = ?4 WHERE id = ?1"
                                      : "INSERT INTO station_batch (id, batch, phase, set_on) VALUES (?1, ?2, ?3, ?4)");
  q.bind(1, static_cast<std::int64_t>(station.id));
  q.bind(2, b.batch);
  if (b.phase > 0) {
    q.bind(3, static_cast<std::int64_t>(b.phase));
  } else {
    q.bind(3);
  }
  q.bind(4, b.set_on);
  q.exec();
  tx.set_station(station.code);
  if (exists) {
    tx.updated("station_batch", station.id);
  } else {
    tx.inserted("station_batch", station.id);
  }
}

std::vector<std::string> batch_names(SQLite::Database& db)
{
  SQLite::Statement q(db, "SELECT DISTINCT batch FROM station_batch ORDER BY batch");
  std::vector<std::string> out;
  while (q.executeStep()) {
    out.push_back(q.getColumn(0).getString());
  }
  return out;
}

std::string require_batch(SQLite::Database& db, std::string_view batch)
{
  SQLite::Statement q(db, "SELECT 1 FROM station_batch WHERE batch = ? LIMIT 1");
  q.bind(1, std::string(batch));
  if (q.executeStep()) {
    return std::string(batch);
  }
  const auto names = batch_names(db);
  if (names.empty()) {
    throw Error(ErrorKind::not_found, trf("--batch: no station is in batch {}; no batch has been set", batch),
                tr("set a station's batch with: czstation register batch CODE --batch TEXT"));
  }
  const std::string guess = text::closest_match(batch, names);
  std::string known;
  for (const auto& n : names) {
    known += (known.empty() ? "" : ", ") + n;
  }
  throw Error(ErrorKind::not_found, trf("--batch: no station is in batch {}", batch),
              guess.empty() ? trf("the batches are: {}", known) : trf("did you mean {}?", guess));
}

std::string batch_condition(std::string_view station_column, std::string_view parameter)
{
  return fmt::format("{} IN (SELECT id FROM station_batch WHERE batch = {})", station_column, parameter);
}

} // namespace czs::stations
