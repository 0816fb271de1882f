#include "ledger/record_query.hpp"

#include "ledger/record_columns.hpp"
#include "ledger/record_store.hpp"
#include "period/date.hpp"
#include "stations/batch.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace czs::ledger {

namespace {

constexpr std::string_view k_parcel_started = "substr(coalesce(r.arrived_at, r.accepted_on), 1, 10)";
constexpr std::string_view k_parcel_direction = " AND r.direction = ?7";

// Binds the filter parameters the statement has: ?1 station, ?2 status, ?3 from, ?4 to, ?5 name,
// ?6 phone, ?7 kind, ?8 batch. The statement has a condition only for each filter given (see conditions()),
// so that SQLite can use the index of the filter rather than scan a table of millions of rows.
void bind_filter(SQLite::Statement& q, const RecordFilter& f)
{
  if (f.station_id && q.getIndex("?1") > 0) {
    q.bind(1, static_cast<std::int64_t>(*f.station_id));
  }
  auto text = [&q](int i, const std::string& s) {
    if (!s.empty() && q.getIndex(fmt::format("?{}", i).c_str()) > 0) {
      q.bind(i, s);
    }
  };
  text(2, f.status);
  text(3, f.from);
  text(4, f.to);
  text(5, f.name);
  text(6, f.phone);
  text(7, f.kind);
  text(8, f.batch);
}

// The conditions on one table for the filters given, given its start-date, name and phone
// expressions; "1" when none is.
std::string conditions(const RecordFilter& f, std::string_view prefix, std::string_view started, std::string_view name,
                       std::string_view phone)
{
  std::string where;
  auto add = [&where](const std::string& condition) { where += (where.empty() ? "" : " AND ") + condition; };
  if (f.station_id) {
    add(fmt::format("{}station_id = ?1", prefix));
  }
  if (!f.status.empty()) {
    add(fmt::format("{}status = ?2", prefix));
  }
  if (!f.from.empty()) {
    add(fmt::format("{} >= ?3", started));
  }
  if (!f.to.empty()) {
    add(fmt::format("{} <= ?4", started));
  }
  if (!f.name.empty()) {
    add(fmt::format("{} = ?5", name));
  }
  if (!f.phone.empty()) {
    add(fmt::format("{} = ?6", phone));
  }
  if (!f.batch.empty()) {
    add(stations::batch_condition(fmt::format("{}station_id", prefix), "?8"));
  }
  return where.empty() ? "1" : where;
}

// The condition choosing one arm of the order listing by --kind; "1" when no kind is given.
std::string kind_is(const RecordFilter& f, std::string_view kind)
{
  return f.kind.empty() ? "1" : fmt::format("?7 = '{}'", kind);
}

template <typename R>
std::string list_query(const RecordFilter& filter, std::string_view started, std::string_view name,
                       std::string_view phone, std::string_view extra)
{
  R record;
  std::string columns;
  for (const char* c : columns_of(record)) {
    columns += fmt::format("{}r.{}", columns.empty() ? "" : ", ", c);
  }
  return fmt::format("SELECT {}, s.code FROM {} r JOIN station s ON s.id = r.station_id WHERE {}{} ORDER BY r.id",
                     columns, table_of(record), conditions(filter, "r.", started, name, phone),
                     filter.kind.empty() ? std::string_view() : extra);
}

template <typename R>
void for_each_in(SQLite::Database& db, const RecordFilter& filter, std::string_view started, std::string_view name,
                 std::string_view phone, std::string_view extra,
                 const std::function<void(const R&, const std::string&)>& each)
{
  R record;
  SQLite::Statement q(db, list_query<R>(filter, started, name, phone, extra));
  bind_filter(q, filter);
  const int code_column = static_cast<int>(columns_of(record).size());
  RowColumns columns(q);
  std::string code;
  while (q.executeStep()) {
    read_row(columns, record);
    columns.text(code_column, code);
    each(record, code);
  }
}

} // namespace

std::string order_query(const RecordFilter& filter)
{
  return fmt::format(R"(
    SELECT o.kind, o.id, st.code, o.status, o.started, o.name, o.phone, o.subject, o.amount, o.fee, o.completed_on
    FROM (
      SELECT 'purchase' AS kind, 0 AS ord, p.id, p.station_id, p.status, p.requested_on AS started,
             p.villager_name AS name, p.villager_phone AS phone, p.item AS subject,
             coalesce(p.paid_fen, p.price_fen * p.quantity) AS amount, p.fee_fen AS fee, p.completed_on
        FROM purchase p WHERE {4} AND {0}
      UNION ALL
      SELECT 'sale', 1, s.id, s.station_id, s.status, s.recommended_on, s.producer_name, s.producer_phone,
             s.product, s.amount_fen, s.fee_fen, s.completed_on
        FROM sale s WHERE {5} AND {1}
      UNION ALL
      SELECT 'service', 2, v.id, v.station_id, v.status, v.served_on, v.villager_name, v.villager_phone,
             v.kind, v.amount_fen, v.fee_fen, v.completed_on
        FROM service v WHERE {6} AND {2}
      UNION ALL
      SELECT 'dispute', 3, d.id, d.station_id, d.status, d.opened_on, p.villager_name, p.villager_phone,
             d.kind, NULL, 0, NULL
        FROM dispute d JOIN purchase p ON p.id = d.purchase_id
        WHERE {7} AND {3}
    ) o JOIN station st ON st.id = o.station_id
    ORDER BY o.started, o.ord, o.id)",
                     conditions(filter, "p.", "p.requested_on", "p.villager_name", "p.villager_phone"),
                     conditions(filter, "s.", "s.recommended_on", "s.producer_name", "s.producer_phone"),
                     conditions(filter, "v.", "v.served_on", "v.villager_name", "v.villager_phone"),
                     conditions(filter, "d.", "d.opened_on", "p.villager_name", "p.villager_phone"),
                     kind_is(filter, "purchase"), kind_is(filter, "sale"), kind_is(filter, "service"),
                     kind_is(filter, "dispute"));
}

void for_each_order(SQLite::Database& db, const RecordFilter& filter, const std::function<void(const OrderLine&)>& each)
{
  SQLite::Statement q(db, order_query(filter));
  bind_filter(q, filter);
  OrderLine line;
  while (q.executeStep()) {
    line.kind = q.getColumn(0).getString();
    line.id = q.getColumn(1).getInt64();
    line.station_code = q.getColumn(2).getString();
    line.status = q.getColumn(3).getString();
    line.started_on = q.getColumn(4).getString();
    line.name = q.getColumn(5).getString();
    line.phone = q.getColumn(6).getString();
    line.subject = q.getColumn(7).getString();
    line.amount_fen = q.getColumn(8).isNull() ? std::nullopt : std::optional<std::int64_t>(q.getColumn(8).getInt64());
    line.fee_fen = q.getColumn(9).getInt64();
    line.completed_on = q.getColumn(10).isNull() ? std::string() : q.getColumn(10).getString();
    each(line);
  }
}

void for_each_purchase(SQLite::Database& db, const RecordFilter& filter,
                       const std::function<void(const Purchase&, const std::string&)>& each)
{
  for_each_in<Purchase>(db, filter, "r.requested_on", "r.villager_name", "r.villager_phone", "", each);
}

void for_each_sale(SQLite::Database& db, const RecordFilter& filter,
                   const std::function<void(const Sale&, const std::string&)>& each)
{
  for_each_in<Sale>(db, filter, "r.recommended_on", "r.producer_name", "r.producer_phone", "", each);
}

void for_each_service(SQLite::Database& db, const RecordFilter& filter,
                      const std::function<void(const Service&, const std::string&)>& each)
{
  for_each_in<Service>(db, filter, "r.served_on", "r.villager_name", "r.villager_phone", "", each);
}

std::string parcel_query(const RecordFilter& filter)
{
  return list_query<Parcel>(filter, k_parcel_started, "r.person_name", "r.person_phone", k_parcel_direction);
}

void for_each_parcel(SQLite::Database& db, const RecordFilter& filter,
                     const std::function<void(const Parcel&, const std::string&)>& each)
{
  for_each_in<Parcel>(db, filter, k_parcel_started, "r.person_name", "r.person_phone", k_parcel_direction, each);
}

void for_each_overdue_parcel(SQLite::Database& db, std::optional<std::int64_t> station_id, const std::string& today,
                             int days, const std::function<void(const Parcel&, const std::string&)>& each)
{
  Parcel record;
  std::string columns;
  for (const char* c : parcel_columns()) {
    columns += fmt::format("{}r.{}", columns.empty() ? "" : ", ", c);
  }
  const auto day = parse_date(today);
  const std::string cutoff = day ? to_string(add_days(*day, -days)) : today;
  // Waiting more than `days` days: arrived before the cutoff day.
  SQLite::Statement q(db, fmt::format("SELECT {}, s.code FROM parcel r JOIN station s ON s.id = r.station_id "
                                      "WHERE r.status IN ('arrived', 'notified') AND r.arrived_at < ?1 "
                                      "{} ORDER BY r.arrived_at, r.id",
                                      columns, station_id ? "AND r.station_id = ?2" : ""));
  q.bind(1, cutoff);
  if (station_id) {
    q.bind(2, static_cast<std::int64_t>(*station_id));
  }
  const int code_column = static_cast<int>(parcel_columns().size());
  RowColumns row(q);
  std::string code;
  while (q.executeStep()) {
    read_row(row, record);
    row.text(code_column, code);
    each(record, code);
  }
}

void for_each_dispute_of(SQLite::Database& db, std::int64_t purchase_id,
                         const std::function<void(const Dispute&)>& each)
{
  SQLite::Statement q(db, fmt::format("SELECT {} FROM dispute WHERE purchase_id = ? ORDER BY opened_on, id",
                                      column_list(dispute_columns())));
  q.bind(1, static_cast<std::int64_t>(purchase_id));
  Dispute d;
  while (q.executeStep()) {
    read_row(q, d);
    each(d);
  }
}

void for_each_exchange_of(SQLite::Database& db, std::int64_t purchase_id,
                          const std::function<void(const PurchaseExchange&)>& each)
{
  SQLite::Statement q(db, fmt::format("SELECT {} FROM purchase_exchange WHERE purchase_id = ? ORDER BY id",
                                      column_list(exchange_columns())));
  q.bind(1, static_cast<std::int64_t>(purchase_id));
  PurchaseExchange e;
  while (q.executeStep()) {
    read_row(q, e);
    each(e);
  }
}

struct PurchaseDisputes::Statement
{
  SQLite::Statement q;
};

PurchaseDisputes::PurchaseDisputes(SQLite::Database& db)
    : m_q(std::make_unique<Statement>(Statement{
        SQLite::Statement(db, fmt::format("SELECT {} FROM dispute WHERE purchase_id = ? ORDER BY opened_on, id",
                                          column_list(dispute_columns())))}))
{
}

PurchaseDisputes::~PurchaseDisputes() = default;

std::vector<Dispute> PurchaseDisputes::of(std::int64_t purchase_id)
{
  auto& q = m_q->q;
  q.reset();
  q.bind(1, static_cast<std::int64_t>(purchase_id));
  std::vector<Dispute> disputes;
  while (q.executeStep()) {
    read_row(q, disputes.emplace_back());
  }
  return disputes;
}

} // namespace czs::ledger
