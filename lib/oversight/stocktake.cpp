#include "oversight/stocktake.hpp"

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "oversight/conditions.hpp"
#include "oversight/in_service.hpp"
#include "rules/rule_catalogue.hpp"
#include "stations/batch.hpp"

#include <SQLiteCpp/Statement.h>

namespace czs::oversight {

namespace {

constexpr const char* k_select =
    "SELECT k.id, k.station_id, s.code, k.month, k.counted_on, k.counter, coalesce(k.closed_on, ''), "
    "coalesce(k.matched, 0), "
    "(SELECT count(*) FROM stocktake_line l WHERE l.stocktake_id = k.id), "
    "(SELECT count(*) FROM stocktake_line l WHERE l.stocktake_id = k.id AND l.book_centi <> l.counted_centi) "
    "FROM stocktake k JOIN station s ON s.id = k.station_id";

Stocktake read_stocktake(SQLite::Statement& q)
{
  Stocktake k;
  k.id = q.getColumn(0).getInt64();
  k.station_id = q.getColumn(1).getInt64();
  k.station_code = q.getColumn(2).getString();
  k.month = q.getColumn(3).getString();
  k.counted_on = q.getColumn(4).getString();
  k.counter = q.getColumn(5).getString();
  k.closed_on = q.getColumn(6).getString();
  k.matched = q.getColumn(7).getInt() != 0;
  k.line_count = q.getColumn(8).getInt64();
  k.mismatched_count = q.getColumn(9).getInt64();
  return k;
}

void load_lines(SQLite::Database& db, Stocktake& k)
{
  SQLite::Statement q(db, "SELECT id, item, unit, book_centi, counted_centi, reason FROM stocktake_line "
                          "WHERE stocktake_id = ? ORDER BY id");
  q.bind(1, k.id);
  while (q.executeStep()) {
    k.lines.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                       q.getColumn(3).getInt64(), q.getColumn(4).getInt64(), q.getColumn(5).getString()});
  }
}

void require_open(const Stocktake& k)
{
  if (!k.closed_on.empty()) {
    throw Error(ErrorKind::bad_data,
                trf("the stock-take of station {} for {} was closed on {}; its count sheet is kept as it was",
                    k.station_code, k.month, k.closed_on),
                tr("a closed stock-take is a snapshot; record differences in next month's stock-take"));
  }
}

} // namespace

StocktakeResult evaluate(const std::vector<StocktakeLine>& lines)
{
  StocktakeResult result;
  result.lines = lines.size();
  for (const auto& line : lines) {
    if (line.matches()) {
      continue;
    }
    result.matched = false;
    result.mismatched.push_back(line.item);
    if (line.reason.empty()) {
      result.unexplained.push_back(line.item);
    }
  }
  return result;
}

std::int64_t open_stocktake(audit::AuditedTransaction& tx, const stations::Station& station, const Period& month,
                            const std::string& counted_on, const std::string& counter)
{
  const std::string label = czs::label(month);
  require_in_service(station, counted_on, N_("a stock-take"));
  require_open_by(station, label, to_string(month.last));
  if (counted_on < to_string(month.first)) {
    throw Error(ErrorKind::bad_data,
                trf("a stock-take of {} cannot be counted on {}, before the month begins", label, counted_on),
                tr("count the month's stock on a day of that month or after it"));
  }
  SQLite::Statement existing(tx.db(), "SELECT counted_on FROM stocktake WHERE station_id = ? AND month = ?");
  existing.bind(1, station.id);
  existing.bind(2, label);
  if (existing.executeStep()) {
    throw Error(ErrorKind::bad_data,
                trf("station {} already has a stock-take for {} (counted on {})", station.code, label,
                    existing.getColumn(0).getString()),
                tr("Art. 11 asks for one count a month: add lines to that one with czstation inspect stocktake line"));
  }
  SQLite::Statement insert(tx.db(),
                           "INSERT INTO stocktake (station_id, month, counted_on, counter) VALUES (?, ?, ?, ?)");
  insert.bind(1, station.id);
  insert.bind(2, label);
  insert.bind(3, counted_on);
  insert.bind(4, counter);
  insert.exec();
  const std::int64_t id = tx.db().getLastInsertRowid();
  tx.set_station(station.code);
  tx.inserted("stocktake", id);
  return id;
}

bool put_line(audit::AuditedTransaction& tx, Stocktake& k, const StocktakeLine& line)
{
  require_open(k);
  tx.set_station(k.station_code);
  SQLite::Statement find(tx.db(), "SELECT id FROM stocktake_line WHERE stocktake_id = ? AND item = ?");
  find.bind(1, k.id);
  find.bind(2, line.item);
  if (find.executeStep()) {
    const std::int64_t id = find.getColumn(0).getInt64();
    SQLite::Statement update(tx.db(), "UPDATE stocktake_line SET unit = ?, book_centi = ?, counted_centi = ?, "
                                      "reason = ? WHERE id = ?");
    update.bind(1, line.unit);
    update.bind(2, line.book_centi);
    update.bind(3, line.counted_centi);
    update.bind(4, line.reason);
    update.bind(5, id);
    update.exec();
    tx.updated("stocktake_line", id);
    return true;
  }
  SQLite::Statement insert(tx.db(), "INSERT INTO stocktake_line (stocktake_id, item, unit, book_centi, "
                                    "counted_centi, reason) VALUES (?, ?, ?, ?, ?, ?)");
  insert.bind(1, k.id);
  insert.bind(2, line.item);
  insert.bind(3, line.unit);
  insert.bind(4, line.book_centi);
  insert.bind(5, line.counted_centi);
  insert.bind(6, line.reason);
  insert.exec();
  tx.inserted("stocktake_line", tx.db().getLastInsertRowid());
  return false;
}

void close_stocktake(audit::AuditedTransaction& tx, Stocktake& k, const std::string& date)
{
  require_open(k);
  if (date < k.counted_on) {
    throw Error(ErrorKind::bad_data,
                trf("the stock-take cannot close on {}, before it was counted on {}", date, k.counted_on),
                tr("give the date the count sheet was signed off, on or after the count"));
  }
  const StocktakeResult result = evaluate(k.lines);
  if (result.lines == 0) {
    throw Error(ErrorKind::bad_data, trf("the stock-take of station {} for {} has no lines", k.station_code, k.month),
                tr("record every item counted with: czstation inspect stocktake line"));
  }
  if (!result.unexplained.empty()) {
    std::vector<Diagnostic> problems;
    for (const auto& item : result.unexplained) {
      problems.push_back(rules::diagnostic(
          rules::Rule::stocktake, trf("the books and the count of {} differ and no reason is given", item),
          tr("give the reason with: czstation inspect stocktake line ... --item ITEM --reason TEXT")));
    }
    throw Error(ErrorKind::bad_data, std::move(problems));
  }
  SQLite::Statement update(tx.db(), "UPDATE stocktake SET closed_on = ?, matched = ? WHERE id = ?");
  update.bind(1, date);
  update.bind(2, result.matched ? 1 : 0);
  update.bind(3, k.id);
  update.exec();
  k.closed_on = date;
  k.matched = result.matched;
  tx.set_station(k.station_code);
  tx.updated("stocktake", k.id);
}

Stocktake require_stocktake(SQLite::Database& db, const stations::Station& station, const std::string& month)
{
  SQLite::Statement q(db, std::string(k_select) + " WHERE k.station_id = ? AND k.month = ?");
  q.bind(1, station.id);
  q.bind(2, month);
  if (!q.executeStep()) {
    throw Error(ErrorKind::not_found, trf("station {} has no stock-take for {}", station.code, month),
                tr("open one with: czstation inspect stocktake open CODE --month MONTH"));
  }
  Stocktake k = read_stocktake(q);
  load_lines(db, k);
  return k;
}

void for_each_stocktake(SQLite::Database& db, const StocktakeFilter& filter,
                        const std::function<void(const Stocktake&)>& each)
{
  Conditions where;
  if (filter.station_id)
    where.add("k.station_id = ?", *filter.station_id);
  if (!filter.batch.empty())
    where.add(stations::batch_condition("k.station_id", "?"), filter.batch);
  if (!filter.from_month.empty())
    where.add("k.month >= ?", filter.from_month);
  if (!filter.to_month.empty())
    where.add("k.month <= ?", filter.to_month);
  if (filter.open_only)
    where.add("k.closed_on IS NULL");
  SQLite::Statement q(db, std::string(k_select) + where.where() + " ORDER BY k.month, s.code");
  where.bind(q);
  while (q.executeStep()) {
    each(read_stocktake(q));
  }
}

} // namespace czs::oversight
