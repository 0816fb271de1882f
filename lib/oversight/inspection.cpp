#include "oversight/inspection.hpp"

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "oversight/checklist.hpp"
#include "oversight/conditions.hpp"
#include "oversight/in_service.hpp"
#include "stations/batch.hpp"
#include "storage/sql_values.hpp"

#include <SQLiteCpp/Statement.h>

namespace czs::oversight {

namespace {

constexpr const char* k_select =
    "SELECT i.id, i.station_id, s.code, i.inspected_on, i.inspector, i.problems, coalesce(i.followup_by, ''), "
    "coalesce(i.followup_on, ''), i.followup_note, "
    "(SELECT count(*) FROM inspection_item t WHERE t.inspection_id = i.id AND t.passed = 0) "
    "FROM inspection i JOIN station s ON s.id = i.station_id ";

Inspection read_inspection(SQLite::Statement& q)
{
  Inspection i;
  i.id = q.getColumn(0).getInt64();
  i.station_id = q.getColumn(1).getInt64();
  i.station_code = q.getColumn(2).getString();
  i.inspected_on = q.getColumn(3).getString();
  i.inspector = q.getColumn(4).getString();
  i.problems = q.getColumn(5).getString();
  i.followup_by = q.getColumn(6).getString();
  i.followup_on = q.getColumn(7).getString();
  i.followup_note = q.getColumn(8).getString();
  i.failed = q.getColumn(9).getInt64();
  return i;
}

void load_items(SQLite::Database& db, Inspection& inspection)
{
  SQLite::Statement q(db, "SELECT item, passed, note FROM inspection_item WHERE inspection_id = ? ORDER BY id");
  q.bind(1, inspection.id);
  while (q.executeStep()) {
    inspection.items.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt() != 0, q.getColumn(2).getString()});
  }
}

void insert_items(audit::AuditedTransaction& tx, std::int64_t id, const std::vector<stations::SiteItemResult>& items)
{
  SQLite::Statement insert(tx.db(),
                           "INSERT INTO inspection_item (inspection_id, item, passed, note) VALUES (?, ?, ?, ?)");
  for (const auto& r : items) {
    insert.bind(1, id);
    insert.bind(2, r.item);
    insert.bind(3, r.passed ? 1 : 0);
    insert.bind(4, r.note);
    insert.exec();
    insert.reset();
    tx.inserted("inspection_item", tx.db().getLastInsertRowid());
  }
}

} // namespace

std::int64_t record_inspection(audit::AuditedTransaction& tx, const stations::Station& station, Inspection inspection)
{
  require_active(station, inspection.inspected_on, N_("an inspection"));
  if (!inspection.followup_by.empty() && inspection.followup_by < inspection.inspected_on) {
    throw Error(ErrorKind::bad_data,
                trf("the follow-up deadline {} is before the inspection on {}", inspection.followup_by,
                    inspection.inspected_on),
                tr("give a deadline on or after the day of the visit"));
  }
  inspection.items = in_checklist_order(inspection.items);
  SQLite::Statement insert(tx.db(),
                           "INSERT INTO inspection (station_id, inspected_on, inspector, problems, followup_by) "
                           "VALUES (?, ?, ?, ?, ?)");
  insert.bind(1, station.id);
  insert.bind(2, inspection.inspected_on);
  insert.bind(3, inspection.inspector);
  insert.bind(4, inspection.problems);
  storage::bind_text_or_null(insert, 5, inspection.followup_by);
  insert.exec();
  const std::int64_t id = tx.db().getLastInsertRowid();
  tx.set_station(station.code);
  tx.inserted("inspection", id);
  insert_items(tx, id, inspection.items);
  return id;
}

void record_followup(audit::AuditedTransaction& tx, Inspection& inspection, const std::string& date,
                     const std::string& note)
{
  if (!inspection.followup_on.empty()) {
    throw Error(ErrorKind::bad_data,
                trf("the follow-up of inspection {} was already recorded on {}", inspection.id, inspection.followup_on),
                tr("a follow-up is recorded once; record a new inspection for a later visit"));
  }
  if (date < inspection.inspected_on) {
    throw Error(ErrorKind::bad_data,
                trf("the follow-up date {} is before the inspection on {}", date, inspection.inspected_on),
                tr("give the date the follow-up was done, on or after the visit"));
  }
  SQLite::Statement update(tx.db(), "UPDATE inspection SET followup_on = ?, followup_note = ? WHERE id = ?");
  update.bind(1, date);
  update.bind(2, note);
  update.bind(3, inspection.id);
  update.exec();
  inspection.followup_on = date;
  inspection.followup_note = note;
  tx.set_station(inspection.station_code);
  tx.updated("inspection", inspection.id);
}

Inspection require_inspection(SQLite::Database& db, std::int64_t id)
{
  SQLite::Statement q(db, std::string(k_select) + "WHERE i.id = ?");
  q.bind(1, id);
  if (!q.executeStep()) {
    throw Error(ErrorKind::not_found, trf("no inspection with id {}", id),
                tr("list the inspections with: czstation inspect list"));
  }
  Inspection inspection = read_inspection(q);
  load_items(db, inspection);
  return inspection;
}

void for_each_inspection(SQLite::Database& db, const InspectionFilter& filter,
                         const std::function<void(const Inspection&)>& each)
{
  Conditions where;
  if (filter.station_id)
    where.add("i.station_id = ?", *filter.station_id);
  if (!filter.from.empty())
    where.add("i.inspected_on >= ?", filter.from);
  if (!filter.to.empty())
    where.add("i.inspected_on <= ?", filter.to);
  if (!filter.inspector.empty())
    where.add("i.inspector = ?", filter.inspector);
  if (filter.failed_only) {
    where.add("EXISTS (SELECT 1 FROM inspection_item t WHERE t.inspection_id = i.id AND t.passed = 0)");
  }
  if (filter.followup_open)
    where.add("i.followup_by IS NOT NULL AND i.followup_on IS NULL");
  if (!filter.batch.empty())
    where.add(stations::batch_condition("i.station_id", "?"), filter.batch);
  SQLite::Statement q(db, std::string(k_select) + where.where() + " ORDER BY i.inspected_on, i.id");
  where.bind(q);
  while (q.executeStep()) {
    each(read_inspection(q));
  }
}

} // namespace czs::oversight
