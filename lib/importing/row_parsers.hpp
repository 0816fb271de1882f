#pragma once

#include "importing/csv_fields.hpp"
#include "ledger/records.hpp"
#include "ledger/repeat_sales.hpp"

#include <cstdint>

#include <span>
#include <string>
#include <vector>

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

// The dates a purchase row gives, applied in lifecycle order by replay_purchase.
struct PurchaseDates
{
  std::string ordered_on;
  std::string platform;
  std::string platform_order;
  std::int64_t paid_fen = 0;
  std::string arrived_at;
  std::string notified_at;
  std::string picked_up_on;
  std::string returned_on;
  std::string cancelled_on;
  std::string reason;
  std::string status; // the status column as given (an English key or its Chinese word), may be empty
};

// What a row of a purchases file says beyond a purchase record (Art. 5.1(c); export writes
// both): an exchange of the purchase whose id column is `exchange_of`, on a row above it (the
// goods sent back with the dates they had, the day and why), or, on a purchase row with
// exchanged_on, its dates, replayed after its exchanges by the writing thread; or a dispute
// over the purchase whose id column is `dispute_of`, on a row above it (Art. 4.3, 8), its steps
// already taken (replay_dispute). parse_row sets the ids and what the row's kind fills (a
// purchase row's dates and exchanged_on, an exchange's sent_back, a dispute's dispute); the
// members of the other kinds keep what an earlier row left and mean nothing.
struct PurchaseRowExtras
{
  std::int64_t file_id = 0;           // the row's id column (0 when empty): what exchange_of names
  std::int64_t exchange_of = 0;       // an exchange row: the file id of its purchase; 0 on a purchase row
  std::int64_t dispute_of = 0;        // a dispute row: the file id of its purchase (on a row above)
  ledger::Dispute dispute;            // a dispute row: the dispute after its steps (ids unset)
  ledger::PurchaseExchange sent_back; // an exchange row: the goods that went back (purchase_id unset)
  std::string exchanged_on;           // a purchase row: its latest exchange, empty when none
  PurchaseDates dates;                // a purchase row: its dates
};
void parse_row(RowFields& fields, ledger::Purchase& record, std::string& station, PurchaseRowExtras& extras);

// Takes a requested purchase `p` through its lifecycle: paid, then each exchange in turn (the
// goods' arrival, notice and pickup, then the exchange, through ledger::exchange, whose records
// of the goods sent back go to `sent_back` when given), then the row's own arrival, notice,
// pickup, return or cancellation, with the checks of `order purchase` (Art. 5.1); returns why
// a step does not fit, empty when all do. Also checks the status column against the result.
std::vector<std::string> replay_purchase(ledger::Purchase& p, const PurchaseDates& dates,
                                         std::span<const ledger::PurchaseExchange> exchanges,
                                         std::vector<ledger::PurchaseExchange>* sent_back);

// The days and words of a dispute's steps after it opened, as a dispute row gives them.
struct DisputeSteps
{
  std::string negotiated_on;
  std::string referred_on;
  std::string department;
  std::string resolved_on;
  std::string outcome;
  std::string status; // the status column as given (an English key or its Chinese word), may be empty
};

// Takes an open dispute `d` (kind, description and opened_on set) through the steps its row
// gives, in lifecycle order (negotiate, refer, resolve) through the functions `order dispute`
// uses (ledger/dispute_steps.hpp, Art. 4.3, 8); returns why a step does not fit (out of order,
// dated before the previous step) or the status column disagrees, empty when all fit.
std::vector<std::string> replay_dispute(ledger::Dispute& d, const DisputeSteps& steps);

// The extras of each kind of row: none but for purchases and sales.
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
template <>
struct ExtrasOf<ledger::Purchase>
{
  using type = PurchaseRowExtras;
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
