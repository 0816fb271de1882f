#include "ledger/record_query.hpp"

#include "ledger/record_columns.hpp"
#include "ledger/record_store.hpp"
#include "period/date.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace czs::ledger {

namespace {

// Binds the common filter parameters: ?1 station, ?2 status, ?3 from, ?4 to, ?5 name, ?6 phone,
// ?7 kind; each arm of a query tests "(?N IS NULL OR ...)" so one statement serves every filter.
void bind_filter(SQLite::Statement& q, const RecordFilter& f)
{
  if (f.station_id) {
    q.bind(1, static_cast<std::int64_t>(*f.station_id));
  } else {
    q.bind(1);
  }
  auto text_or_null = [&q](int i, const std::string& s) {
    if (s.empty()) {
      q.bind(i);
    } else {
      q.bind(i, s);
    }
  };
  text_or_null(2, f.status);
  text_or_null(3, f.from);
  text_or_null(4, f.to);
  text_or_null(5, f.name);
  text_or_null(6, f.phone);
  if (q.getIndex("?7") > 0) {
    text_or_null(7, f.kind); // only the queries that filter by kind have it
  }
}

// The filter conditions on one table, given its start-date, name and phone expressions.
std::string conditions(std::string_view prefix, std::string_view started, std::string_view name, std::string_view phone)
{
  return fmt::format("(?1 IS NULL OR {0}station_id = ?1) AND (?2 IS NULL OR {0}status = ?2) "
                     "AND (?3 IS NULL OR {1} >= ?3) AND (?4 IS NULL OR {1} <= ?4) "
                     "AND (?5 IS NULL OR {2} = ?5) AND (?6 IS NULL OR {3} = ?6)",
                     prefix, started, name, phone);
}

template <typename R>
void for_each_in(SQLite::Database& db, const RecordFilter& filter, std::string_view started, std::string_view name,
                 std::string_view phone, std::string_view extra,
                 const std::function<void(const R&, const std::string&)>& each)
{
  R record;
  std::string columns;
  for (const char* c : columns_of(record)) {
    columns += fmt::format("{}r.{}", columns.empty() ? "" : ", ", c);
  }
  SQLite::Statement q(db, fmt::format("SELECT {}, s.code FROM {} r JOIN station s ON s.id = r.station_id "
                                      "WHERE {}{} ORDER BY r.id",
                                      columns, table_of(record), conditions("r.", started, name, phone), extra));
  bind_filter(q, filter);
  const int code_column = static_cast<int>(columns_of(record).size());
  while (q.executeStep()) {
    read_row(q, record);
    each(record, q.getColumn(code_column).getString());
  }
}

} // namespace

void for_each_order(SQLite::Database& db, const RecordFilter& filter, const std::function<void(const OrderLine&)>& each)
{
  const std::string sql = fmt::format(R"(
    SELECT o.kind, o.id, st.code, o.status, o.started, o.name, o.phone, o.subject, o.amount, o.fee, o.completed_on
    FROM (
      SELECT 'purchase' AS kind, 0 AS ord, p.id, p.station_id, p.status, p.requested_on AS started,
             p.villager_name AS name, p.villager_phone AS phone, p.item AS subject,
             coalesce(p.paid_fen, p.price_fen * p.quantity) AS amount, p.fee_fen AS fee, p.completed_on
        FROM purchase p WHERE (?7 IS NULL OR ?7 = 'purchase') AND {0}
      UNION ALL
      SELECT 'sale', 1, s.id, s.station_id, s.status, s.recommended_on, s.producer_name, s.producer_phone,
             s.product, s.amount_fen, s.fee_fen, s.completed_on
        FROM sale s WHERE (?7 IS NULL OR ?7 = 'sale') AND {1}
      UNION ALL
      SELECT 'service', 2, v.id, v.station_id, v.status, v.served_on, v.villager_name, v.villager_phone,
             v.kind, v.amount_fen, v.fee_fen, v.completed_on
        FROM service v WHERE (?7 IS NULL OR ?7 = 'service') AND {2}
      UNION ALL
      SELECT 'dispute', 3, d.id, d.station_id, d.status, d.opened_on, p.villager_name, p.villager_phone,
             d.kind, NULL, 0, NULL
        FROM dispute d JOIN purchase p ON p.id = d.purchase_id
        WHERE (?7 IS NULL OR ?7 = 'dispute') AND {3}
    ) o JOIN station st ON st.id = o.station_id
    ORDER BY o.started, o.ord, o.id)",
                                      conditions("p.", "p.requested_on", "p.villager_name", "p.villager_phone"),
                                      conditions("s.", "s.recommended_on", "s.producer_name", "s.producer_phone"),
                                      conditions("v.", "v.served_on", "v.villager_name", "v.villager_phone"),
                                      conditions("d.", "d.opened_on", "p.villager_name", "p.villager_phone"));
  SQLite::Statement q(db, sql);
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

void for_each_parcel(SQLite::Database& db, const RecordFilter& filter,
                     const std::function<void(const Parcel&, const std::string&)>& each)
{
  for_each_in<Parcel>(db, filter, "substr(coalesce(r.arrived_at, r.accepted_on), 1, 10)", "r.person_name",
                      "r.person_phone", " AND (?7 IS NULL OR r.direction = ?7)", each);
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
                                      "AND (?2 IS NULL OR r.station_id = ?2) ORDER BY r.arrived_at, r.id",
                                      columns));
  q.bind(1, cutoff);
  if (station_id) {
    q.bind(2, static_cast<std::int64_t>(*station_id));
  } else {
    q.bind(2);
  }
  const int code_column = static_cast<int>(parcel_columns().size());
  while (q.executeStep()) {
    read_row(q, record);
    each(record, q.getColumn(code_column).getString());
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

} // namespace czs::ledger
