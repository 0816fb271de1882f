#pragma once

#include "importing/csv_fields.hpp"
#include "ledger/records.hpp"
#include "ledger/repeat_sales.hpp"

#include <cstdint>

#include <span>
#include <string>

namespace czs::importing {

// The columns of each kind of import file (czstation-import(1) documents them).
std::span<const ColumnSpec> purchase_file_columns();
std::span<const ColumnSpec> sale_file_columns();
std::span<const ColumnSpec> service_file_columns();
std::span<const ColumnSpec> parcel_file_columns();

// Builds a record from a row: each field validated, then the record taken through its
// lifecycle step by step as far as the row's dates go (so a row may describe a purchase that
// was only requested, or one picked up), with the same checks a clerk's commands get. Problems
// go to fields.errors(); `station` receives the station code for the caller to resolve.
void parse_row(RowFields& fields, ledger::Purchase& record, std::string& station);
void parse_row(RowFields& fields, ledger::Service& record, std::string& station);
void parse_row(RowFields& fields, ledger::Parcel& record, std::string& station);

// What a row of a sales file says beyond a sale record (Art. 5.2; export writes both): a
// further sale of the sale whose id column is `again_of` (on a row above it), or, on a sale
// row, the product's delisting.
struct SaleRowExtras
{
  std::int64_t file_id = 0;                   // the row's id column (0 when empty): what again_of names
  std::int64_t again_of = 0;                  // a further-sale row: the file id of its sale; 0 on a sale row
  ledger::SaleRepeat repeat;                  // a further-sale row: the sale (sale_id and station_id unset)
  std::optional<ledger::Delisting> delisting; // a sale row: its delisting
};
void parse_row(RowFields& fields, ledger::Sale& record, std::string& station, SaleRowExtras& extras);

// The extras of each kind of row: none but for sales.
struct NoExtras
{};
template <typename R>
struct ExtrasOf
{
  using type = NoExtras;
};
template <>
struct ExtrasOf<ledger::Sale>
{
  using type = SaleRowExtras;
};
template <typename R>
void parse_row(RowFields& fields, R& record, std::string& station, NoExtras&)
{
  parse_row(fields, record, station);
}
// The day of a record's first and latest step, which the station must have been open for.
std::string first_day(const ledger::Purchase& r);
std::string first_day(const ledger::Sale& r);
std::string first_day(const ledger::Service& r);
std::string first_day(const ledger::Parcel& r);

} // namespace czs::importing
