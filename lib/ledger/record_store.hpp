#pragma once

#include "audit/audited_transaction.hpp"
#include "ledger/record_columns.hpp"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace czs::ledger {

// The table and columns of each record type, so the store functions below are written once.
inline std::string_view table_of(const Purchase&)
{
  return "purchase";
}
inline std::string_view table_of(const PurchaseExchange&)
{
  return "purchase_exchange";
}
inline std::string_view table_of(const Dispute&)
{
  return "dispute";
}
inline std::string_view table_of(const Sale&)
{
  return "sale";
}
inline std::string_view table_of(const Service&)
{
  return "service";
}
inline std::string_view table_of(const Parcel&)
{
  return "parcel";
}
inline std::span<const char* const> columns_of(const Purchase&)
{
  return purchase_columns();
}
inline std::span<const char* const> columns_of(const PurchaseExchange&)
{
  return exchange_columns();
}
inline std::span<const char* const> columns_of(const Dispute&)
{
  return dispute_columns();
}
inline std::span<const char* const> columns_of(const Sale&)
{
  return sale_columns();
}
inline std::span<const char* const> columns_of(const Service&)
{
  return service_columns();
}
inline std::span<const char* const> columns_of(const Parcel&)
{
  return parcel_columns();
}

// Inserts a new record (its id is assigned and stored in it) and logs it in the audit entry.
template <typename R>
std::int64_t insert_record(audit::AuditedTransaction& tx, R& record)
{
  record.id = 0;
  std::vector<ColumnValue> values;
  values_of(record, values);
  SQLite::Statement q(tx.db(), insert_sql(table_of(record), columns_of(record)));
  bind_values(q, values);
  q.exec();
  record.id = tx.db().getLastInsertRowid();
  tx.inserted(table_of(record), record.id);
  return record.id;
}

// Writes every column of an existing record and logs the change (keeping the imported image
// of a row a bulk import wrote, see AuditedTransaction::updating).
template <typename R>
void save_record(audit::AuditedTransaction& tx, const R& record)
{
  tx.updating(table_of(record), record.id);
  std::vector<ColumnValue> values;
  values_of(record, values);
  SQLite::Statement q(tx.db(), update_sql(table_of(record), columns_of(record)));
  bind_values(q, values);
  q.exec();
  tx.updated(table_of(record), record.id);
}

// The record with this id, or nullopt.
template <typename R>
std::optional<R> find_record(SQLite::Database& db, std::int64_t id)
{
  R record;
  SQLite::Statement q(db,
                      fmt::format("SELECT {} FROM {} WHERE id = ?", column_list(columns_of(record)), table_of(record)));
  q.bind(1, static_cast<std::int64_t>(id));
  if (!q.executeStep()) {
    return std::nullopt;
  }
  read_row(q, record);
  return record;
}

} // namespace czs::ledger
