#pragma once

#include "audit/import_digest.hpp"
#include "ledger/records.hpp"

#include <cstdint>
#include <span>
#include <string_view>
#include <variant>
#include <vector>

#include <SQLiteCpp/Statement.h>

namespace czs::ledger {

// One column value as written: NULL, an integer or text (the record's own string, which must
// outlive the statement's execution: text is bound without a copy).
using ColumnValue = std::variant<std::monostate, std::int64_t, const std::string*>;

// The columns of each ledger table in schema order, and a record's values in that order. An id
// of 0 and empty optional text are written as NULL. Inserts, updates, reads and the import
// digest all go through these, so the column list lives in one place per table.
std::span<const char* const> purchase_columns();
std::span<const char* const> exchange_columns();
std::span<const char* const> dispute_columns();
std::span<const char* const> sale_columns();
std::span<const char* const> service_columns();
std::span<const char* const> parcel_columns();

void values_of(const Purchase& r, std::vector<ColumnValue>& out);
void values_of(const PurchaseExchange& r, std::vector<ColumnValue>& out);
void values_of(const Dispute& r, std::vector<ColumnValue>& out);
void values_of(const Sale& r, std::vector<ColumnValue>& out);
void values_of(const Service& r, std::vector<ColumnValue>& out);
void values_of(const Parcel& r, std::vector<ColumnValue>& out);

// Reads a record from a statement that selected `*_columns()` in order.
void read_row(SQLite::Statement& q, Purchase& r);
void read_row(SQLite::Statement& q, PurchaseExchange& r);
void read_row(SQLite::Statement& q, Dispute& r);
void read_row(SQLite::Statement& q, Sale& r);
void read_row(SQLite::Statement& q, Service& r);
void read_row(SQLite::Statement& q, Parcel& r);

// "a, b, c": the column list for SELECT and INSERT.
std::string column_list(std::span<const char* const> columns);
// INSERT INTO table (columns) VALUES (?, ...).
std::string insert_sql(std::string_view table, std::span<const char* const> columns);
// UPDATE table SET every column but id = ?N WHERE id = ?1.
std::string update_sql(std::string_view table, std::span<const char* const> columns);

// Binds values to parameters 1..n.
void bind_values(SQLite::Statement& q, const std::vector<ColumnValue>& values);
// Appends values to a canonical row (audit/import_digest.hpp).
void add_canonical(audit::CanonicalRow& row, std::span<const ColumnValue> values);

} // namespace czs::ledger
