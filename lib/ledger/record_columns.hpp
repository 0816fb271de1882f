#pragma once

#include "audit/import_digest.hpp"
#include "ledger/records.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <SQLiteCpp/Column.h>
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

// A statement's result columns, each taken once from the first row it is read on and then read
// for every row after: SQLiteCpp's getColumn checks the row and copies a shared pointer (two
// atomic operations) for every value, about 8% of `parcel list`'s time. `q` must outlive it.
class RowColumns
{
public:
  explicit RowColumns(SQLite::Statement& q) : m_q(q) {}
  // Column i of the statement's current row (it must have stepped onto one).
  const SQLite::Column& operator[](int i);
  // Column i as text ("" for NULL), assigned into `out`, which keeps its room row to row.
  void text(int i, std::string& out);

private:
  SQLite::Statement& m_q;
  std::vector<SQLite::Column> m_columns;
};

// Reads a record from the current row of a statement that selected `*_columns()` in order.
void read_row(RowColumns& c, Purchase& r);
void read_row(RowColumns& c, PurchaseExchange& r);
void read_row(RowColumns& c, Dispute& r);
void read_row(RowColumns& c, Sale& r);
void read_row(RowColumns& c, Service& r);
void read_row(RowColumns& c, Parcel& r);
// The same for one row, taking the columns for it alone.
template <typename Record>
void read_row(SQLite::Statement& q, Record& r)
{
  RowColumns columns(q);
  read_row(columns, r);
}

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
