#include "ledger/outreach.hpp"

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "ledger/station_gate.hpp"
#include "stations/batch.hpp"
#include "text/shown_value.hpp"

#include <algorithm>

#include <SQLiteCpp/Statement.h>

namespace czs::ledger {

namespace {

std::size_t kind_index(std::string_view kind)
{
  const auto it = std::find(k_outreach_kinds.begin(), k_outreach_kinds.end(), kind);
  return static_cast<std::size_t>(it - k_outreach_kinds.begin());
}

} // namespace

std::int64_t record_outreach(audit::AuditedTransaction& tx, std::string_view station_code, Outreach o)
{
  if (kind_index(o.kind) == k_outreach_kinds.size()) {
    throw Error(ErrorKind::bad_data, trf("--kind: unknown outreach kind '{}'", text::shown_value(o.kind)),
                tr("use publicity (宣传), training (培训) or online-safety (网络安全讲座)"));
  }
  if (o.attendees < 1) {
    throw Error(ErrorKind::bad_data, tr("--attendees: an activity has at least one villager attending (Art. 4.1)"),
                tr("give the number of villagers who attended"));
  }
  const stations::Station s = require_station_on(tx.db(), station_code, o.held_on);
  SQLite::Statement q(tx.db(),
                      "INSERT INTO outreach (station_id, held_on, kind, topic, attendees) VALUES (?, ?, ?, ?, ?)");
  q.bind(1, static_cast<std::int64_t>(s.id));
  q.bind(2, o.held_on);
  q.bind(3, o.kind);
  q.bind(4, o.topic);
  q.bind(5, static_cast<std::int64_t>(o.attendees));
  q.exec();
  const std::int64_t id = tx.db().getLastInsertRowid();
  tx.set_station(s.code);
  tx.inserted("outreach", id);
  return id;
}

void for_each_outreach(SQLite::Database& db, const OutreachFilter& f, const std::function<void(const Outreach&)>& each)
{
  std::string where;
  auto add = [&where](const std::string& condition) { where += (where.empty() ? " WHERE " : " AND ") + condition; };
  if (f.station_id)
    add("o.station_id = ?1");
  if (!f.from.empty())
    add("o.held_on >= ?2");
  if (!f.to.empty())
    add("o.held_on <= ?3");
  if (!f.batch.empty())
    add(stations::batch_condition("o.station_id", "?4"));
  SQLite::Statement q(db, "SELECT o.id, o.station_id, s.code, o.held_on, o.kind, o.topic, o.attendees FROM outreach o "
                          "JOIN station s ON s.id = o.station_id"
                              + where + " ORDER BY o.held_on, o.id");
  if (f.station_id)
    q.bind(1, static_cast<std::int64_t>(*f.station_id));
  if (!f.from.empty())
    q.bind(2, f.from);
  if (!f.to.empty())
    q.bind(3, f.to);
  if (!f.batch.empty())
    q.bind(4, f.batch);
  Outreach o;
  while (q.executeStep()) {
    o.id = q.getColumn(0).getInt64();
    o.station_id = q.getColumn(1).getInt64();
    o.station_code = q.getColumn(2).getString();
    o.held_on = q.getColumn(3).getString();
    o.kind = q.getColumn(4).getString();
    o.topic = q.getColumn(5).getString();
    o.attendees = q.getColumn(6).getInt64();
    each(o);
  }
}

std::map<std::int64_t, OutreachCount> outreach_by_station(SQLite::Database& db, Date from, Date to)
{
  SQLite::Statement q(db, "SELECT station_id, kind, count(*), sum(attendees) FROM outreach "
                          "WHERE held_on BETWEEN ?1 AND ?2 GROUP BY station_id, kind");
  q.bind(1, to_string(from));
  q.bind(2, to_string(to));
  std::map<std::int64_t, OutreachCount> out;
  while (q.executeStep()) {
    auto& c = out[q.getColumn(0).getInt64()];
    const std::size_t k = kind_index(q.getColumn(1).getString());
    const std::int64_t n = q.getColumn(2).getInt64();
    c.activities += n;
    c.attendees += q.getColumn(3).getInt64();
    if (k < c.by_kind.size()) {
      c.by_kind[k] += n;
    }
  }
  return out;
}

OutreachCount count_outreach(SQLite::Database& db, Date from, Date to)
{
  OutreachCount total;
  for (const auto& [station, c] : outreach_by_station(db, from, to)) {
    total.activities += c.activities;
    total.attendees += c.attendees;
    for (std::size_t k = 0; k < c.by_kind.size(); ++k) {
      total.by_kind[k] += c.by_kind[k];
    }
  }
  return total;
}

} // namespace czs::ledger
