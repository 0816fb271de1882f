#pragma once

#include "importing/csv_fields.hpp"
#include "ledger/records.hpp"

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
void parse_row(RowFields& fields, ledger::Sale& record, std::string& station);
void parse_row(RowFields& fields, ledger::Service& record, std::string& station);
void parse_row(RowFields& fields, ledger::Parcel& record, std::string& station);

// The day of a record's first and latest step, which the station must have been open for.
std::string first_day(const ledger::Purchase& r);
std::string first_day(const ledger::Sale& r);
std::string first_day(const ledger::Service& r);
std::string first_day(const ledger::Parcel& r);

} // namespace czs::importing
