#include "ledger/record_columns.hpp"

#include <array>

#include <fmt/format.h>

namespace czs::ledger {

namespace {

constexpr std::array<const char*, 21> k_purchase{
    "id",         "station_id",  "status",       "requested_on", "villager_name",  "villager_phone", "item",
    "quantity",   "price_fen",   "fee_fen",      "platform",     "platform_order", "paid_fen",       "ordered_on",
    "arrived_at", "notified_at", "picked_up_on", "exchanged_on", "closed_on",      "close_reason",   "completed_on"};
constexpr std::array<const char*, 7> k_exchange{"id",         "purchase_id", "exchanged_on", "reason",
                                                "arrived_at", "notified_at", "picked_up_on"};
constexpr std::array<const char*, 12> k_dispute{"id",          "purchase_id", "station_id",  "status",
                                                "kind",        "description", "opened_on",   "negotiated_on",
                                                "referred_on", "department",  "resolved_on", "outcome"};
constexpr std::array<const char*, 19> k_sale{
    "id",        "station_id",    "status",          "recommended_on", "product",
    "category",  "producer_name", "producer_phone",  "platform",       "contacted_on",
    "listed_on", "sold_on",       "quantity_centi",  "unit",           "amount_fen",
    "fee_fen",   "withdrawn_on",  "withdraw_reason", "completed_on"};
constexpr std::array<const char*, 11> k_service{"id",      "station_id",    "status",         "served_on",
                                                "kind",    "villager_name", "villager_phone", "amount_fen",
                                                "fee_fen", "note",          "completed_on"};
constexpr std::array<const char*, 19> k_parcel{
    "id",           "station_id",    "direction",   "status",        "carrier",     "tracking_no", "person_name",
    "person_phone", "destination",   "fee_fen",     "pickup_code",   "arrived_at",  "notified_at", "picked_up_at",
    "returned_on",  "return_reason", "accepted_on", "dispatched_on", "completed_on"};

ColumnValue id_value(std::int64_t id)
{
  return id == 0 ? ColumnValue{} : ColumnValue{id};
}

ColumnValue nullable(const std::string& s)
{
  return s.empty() ? ColumnValue{} : ColumnValue{&s};
}

ColumnValue nullable(const std::optional<std::int64_t>& n)
{
  return n ? ColumnValue{*n} : ColumnValue{};
}

ColumnValue text(const std::string& s)
{
  return &s;
}

// A text is assigned into the record's own string, which keeps its buffer from row to row: a
// listing of millions of rows otherwise makes a string for every text of every row.

void text_at(RowColumns& c, int i, std::string& out)
{
  c.text(i, out);
}

std::int64_t int64_at(RowColumns& c, int i)
{
  return c[i].getInt64();
}

std::optional<std::int64_t> int_at(RowColumns& c, int i)
{
  const SQLite::Column& column = c[i];
  return column.isNull() ? std::nullopt : std::optional<std::int64_t>(column.getInt64());
}

} // namespace

const SQLite::Column& RowColumns::operator[](int i)
{
  if (m_columns.empty()) {
    const int count = m_q.getColumnCount();
    m_columns.reserve(static_cast<std::size_t>(count));
    for (int k = 0; k < count; ++k) {
      m_columns.push_back(m_q.getColumn(k));
    }
  }
  return m_columns.at(static_cast<std::size_t>(i));
}

void RowColumns::text(int i, std::string& out)
{
  const SQLite::Column& c = (*this)[i];
  const char* text = c.getText(); // before getBytes, as SQLite asks: the text may be converted
  out.assign(text, static_cast<std::size_t>(c.getBytes()));
}

std::span<const char* const> purchase_columns()
{
  return k_purchase;
}
std::span<const char* const> exchange_columns()
{
  return k_exchange;
}
std::span<const char* const> dispute_columns()
{
  return k_dispute;
}
std::span<const char* const> sale_columns()
{
  return k_sale;
}
std::span<const char* const> service_columns()
{
  return k_service;
}
std::span<const char* const> parcel_columns()
{
  return k_parcel;
}

void values_of(const Purchase& r, std::vector<ColumnValue>& out)
{
  out = {id_value(r.id),
         r.station_id,
         text(r.status),
         text(r.requested_on),
         text(r.villager_name),
         text(r.villager_phone),
         text(r.item),
         r.quantity,
         r.price_fen,
         r.fee_fen,
         nullable(r.platform),
         nullable(r.platform_order),
         nullable(r.paid_fen),
         nullable(r.ordered_on),
         nullable(r.arrived_at),
         nullable(r.notified_at),
         nullable(r.picked_up_on),
         nullable(r.exchanged_on),
         nullable(r.closed_on),
         nullable(r.close_reason),
         nullable(r.completed_on)};
}

void values_of(const PurchaseExchange& r, std::vector<ColumnValue>& out)
{
  out = {id_value(r.id),         r.purchase_id,           text(r.exchanged_on),    text(r.reason),
         nullable(r.arrived_at), nullable(r.notified_at), nullable(r.picked_up_on)};
}

void values_of(const Dispute& r, std::vector<ColumnValue>& out)
{
  out = {id_value(r.id),
         r.purchase_id,
         r.station_id,
         text(r.status),
         text(r.kind),
         text(r.description),
         text(r.opened_on),
         nullable(r.negotiated_on),
         nullable(r.referred_on),
         nullable(r.department),
         nullable(r.resolved_on),
         nullable(r.outcome)};
}

void values_of(const Sale& r, std::vector<ColumnValue>& out)
{
  out = {id_value(r.id),
         r.station_id,
         text(r.status),
         text(r.recommended_on),
         text(r.product),
         text(r.category),
         text(r.producer_name),
         text(r.producer_phone),
         text(r.platform),
         nullable(r.contacted_on),
         nullable(r.listed_on),
         nullable(r.sold_on),
         nullable(r.quantity_centi),
         nullable(r.unit),
         nullable(r.amount_fen),
         r.fee_fen,
         nullable(r.withdrawn_on),
         nullable(r.withdraw_reason),
         nullable(r.completed_on)};
}

void values_of(const Service& r, std::vector<ColumnValue>& out)
{
  out = {id_value(r.id), r.station_id,          text(r.status),          text(r.served_on),
         text(r.kind),   text(r.villager_name), text(r.villager_phone),  r.amount_fen,
         r.fee_fen,      text(r.note),          nullable(r.completed_on)};
}

void values_of(const Parcel& r, std::vector<ColumnValue>& out)
{
  out = {id_value(r.id),          r.station_id,
         text(r.direction),       text(r.status),
         text(r.carrier),         text(r.tracking_no),
         text(r.person_name),     text(r.person_phone),
         nullable(r.destination), r.fee_fen,
         nullable(r.pickup_code), nullable(r.arrived_at),
         nullable(r.notified_at), nullable(r.picked_up_at),
         nullable(r.returned_on), nullable(r.return_reason),
         nullable(r.accepted_on), nullable(r.dispatched_on),
         nullable(r.completed_on)};
}

void read_row(RowColumns& c, Purchase& r)
{
  r.id = int64_at(c, 0);
  r.station_id = int64_at(c, 1);
  text_at(c, 2, r.status);
  text_at(c, 3, r.requested_on);
  text_at(c, 4, r.villager_name);
  text_at(c, 5, r.villager_phone);
  text_at(c, 6, r.item);
  r.quantity = int64_at(c, 7);
  r.price_fen = int64_at(c, 8);
  r.fee_fen = int64_at(c, 9);
  text_at(c, 10, r.platform);
  text_at(c, 11, r.platform_order);
  r.paid_fen = int_at(c, 12);
  text_at(c, 13, r.ordered_on);
  text_at(c, 14, r.arrived_at);
  text_at(c, 15, r.notified_at);
  text_at(c, 16, r.picked_up_on);
  text_at(c, 17, r.exchanged_on);
  text_at(c, 18, r.closed_on);
  text_at(c, 19, r.close_reason);
  text_at(c, 20, r.completed_on);
}

void read_row(RowColumns& c, PurchaseExchange& r)
{
  r.id = int64_at(c, 0);
  r.purchase_id = int64_at(c, 1);
  text_at(c, 2, r.exchanged_on);
  text_at(c, 3, r.reason);
  text_at(c, 4, r.arrived_at);
  text_at(c, 5, r.notified_at);
  text_at(c, 6, r.picked_up_on);
}

void read_row(RowColumns& c, Dispute& r)
{
  r.id = int64_at(c, 0);
  r.purchase_id = int64_at(c, 1);
  r.station_id = int64_at(c, 2);
  text_at(c, 3, r.status);
  text_at(c, 4, r.kind);
  text_at(c, 5, r.description);
  text_at(c, 6, r.opened_on);
  text_at(c, 7, r.negotiated_on);
  text_at(c, 8, r.referred_on);
  text_at(c, 9, r.department);
  text_at(c, 10, r.resolved_on);
  text_at(c, 11, r.outcome);
}

void read_row(RowColumns& c, Sale& r)
{
  r.id = int64_at(c, 0);
  r.station_id = int64_at(c, 1);
  text_at(c, 2, r.status);
  text_at(c, 3, r.recommended_on);
  text_at(c, 4, r.product);
  text_at(c, 5, r.category);
  text_at(c, 6, r.producer_name);
  text_at(c, 7, r.producer_phone);
  text_at(c, 8, r.platform);
  text_at(c, 9, r.contacted_on);
  text_at(c, 10, r.listed_on);
  text_at(c, 11, r.sold_on);
  r.quantity_centi = int_at(c, 12);
  text_at(c, 13, r.unit);
  r.amount_fen = int_at(c, 14);
  r.fee_fen = int64_at(c, 15);
  text_at(c, 16, r.withdrawn_on);
  text_at(c, 17, r.withdraw_reason);
  text_at(c, 18, r.completed_on);
}

void read_row(RowColumns& c, Service& r)
{
  r.id = int64_at(c, 0);
  r.station_id = int64_at(c, 1);
  text_at(c, 2, r.status);
  text_at(c, 3, r.served_on);
  text_at(c, 4, r.kind);
  text_at(c, 5, r.villager_name);
  text_at(c, 6, r.villager_phone);
  r.amount_fen = int64_at(c, 7);
  r.fee_fen = int64_at(c, 8);
  text_at(c, 9, r.note);
  text_at(c, 10, r.completed_on);
}

void read_row(RowColumns& c, Parcel& r)
{
  r.id = int64_at(c, 0);
  r.station_id = int64_at(c, 1);
  text_at(c, 2, r.direction);
  text_at(c, 3, r.status);
  text_at(c, 4, r.carrier);
  text_at(c, 5, r.tracking_no);
  text_at(c, 6, r.person_name);
  text_at(c, 7, r.person_phone);
  text_at(c, 8, r.destination);
  r.fee_fen = int64_at(c, 9);
  text_at(c, 10, r.pickup_code);
  text_at(c, 11, r.arrived_at);
  text_at(c, 12, r.notified_at);
  text_at(c, 13, r.picked_up_at);
  text_at(c, 14, r.returned_on);
  text_at(c, 15, r.return_reason);
  text_at(c, 16, r.accepted_on);
  text_at(c, 17, r.dispatched_on);
  text_at(c, 18, r.completed_on);
}

std::string column_list(std::span<const char* const> columns)
{
  std::string list;
  for (const char* c : columns) {
    list += fmt::format("{}{}", list.empty() ? "" : ", ", c);
  }
  return list;
}

std::string insert_sql(std::string_view table, std::span<const char* const> columns)
{
  std::string marks;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    marks += i ? ", ?" : "?";
  }
  return fmt::format("INSERT INTO {} ({}) VALUES ({})", table, column_list(columns), marks);
}

std::string update_sql(std::string_view table, std::span<const char* const> columns)
{
  std::string sets;
  for (std::size_t i = 1; i < columns.size(); ++i) {
    sets += fmt::format("{}{} = ?{}", i > 1 ? ", " : "", columns[i], i + 1);
  }
  return fmt::format("UPDATE {} SET {} WHERE id = ?1", table, sets);
}

void bind_values(SQLite::Statement& q, const std::vector<ColumnValue>& values)
{
  for (std::size_t i = 0; i < values.size(); ++i) {
    const int index = static_cast<int>(i) + 1;
    if (const auto* n = std::get_if<std::int64_t>(&values[i])) {
      q.bind(index, static_cast<std::int64_t>(*n));
    } else if (const auto* s = std::get_if<const std::string*>(&values[i])) {
      // No copy: a million-row import binds twelve texts a row.
      q.bindNoCopy(index, **s);
    } else {
      q.bind(index);
    }
  }
}

void add_canonical(audit::CanonicalRow& row, std::span<const ColumnValue> values)
{
  for (const auto& v : values) {
    if (const auto* n = std::get_if<std::int64_t>(&v)) {
      row.add(*n);
    } else if (const auto* s = std::get_if<const std::string*>(&v)) {
      row.add(**s);
    } else {
      row.add_null();
    }
  }
}

} // namespace czs::ledger
