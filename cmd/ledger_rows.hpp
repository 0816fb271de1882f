#pragma once

#include "output.hpp"
#include "privacy.hpp"

#include "ledger/records.hpp"
#include "ledger/repeat_sales.hpp"

#include <optional>

#include <string>
#include <vector>

namespace czs::cli {

// The columns of each ledger record in exports, `show` and the machine output of the step
// commands (keys documented in czstation-export(1)); the import files use the same names.
// Money is yuan with two decimals (a number in JSON); names and phones pass through Privacy.
std::vector<Column> purchase_columns();
std::vector<Cell> purchase_cells(const ledger::Purchase& p, const std::string& station, const Privacy& privacy);
// The goods of a purchase sent back for an exchange (Art. 5.1(c)) as a row of
// purchase_columns(): station, the arrival, notice and pickup they had, exchanged_on, reason
// and exchange_of (the purchase's id); the rest empty.
std::vector<Cell> purchase_exchange_cells(const ledger::PurchaseExchange& e, const std::string& station);
// A purchase on its own (order show, the step commands' machine output): the columns and cells
// of purchase_columns() up to exchange_of; the dispute's columns belong to an export's dispute rows.
std::vector<Column> purchase_record_columns();
std::vector<Cell> purchase_record_cells(const ledger::Purchase& p, const std::string& station, const Privacy& privacy);
// A dispute over a purchase (Art. 4.3, 8) as a row of purchase_columns(): station, status,
// dispute_of (the purchase's id), dispute_kind, description and the days and words of its steps;
// the rest empty.
std::vector<Cell> purchase_dispute_cells(const ledger::Dispute& d, const std::string& station);

std::vector<Column> sale_columns();
// A sale's delisting (Art. 5.2) fills delisted_on and reason; again_of stays empty on a sale.
std::vector<Cell> sale_cells(const ledger::Sale& s, const std::string& station, const Privacy& privacy,
                             const std::optional<ledger::Delisting>& delisting = std::nullopt);
// A further sale of a sale as a row of sale_columns(): station, sold_on, quantity, unit,
// amount, fee, completed_on and again_of (the sale's id); the rest empty.
std::vector<Cell> sale_repeat_cells(const ledger::SaleRepeat& r, const std::string& station);

std::vector<Column> service_columns();
std::vector<Cell> service_cells(const ledger::Service& v, const std::string& station, const Privacy& privacy);

std::vector<Column> parcel_columns();
std::vector<Cell> parcel_cells(const ledger::Parcel& p, const std::string& station, const Privacy& privacy);

std::vector<Column> dispute_columns();
std::vector<Cell> dispute_cells(const ledger::Dispute& d, const std::string& station);

// Writes one record as a one-row document in a machine format, or as aligned "field value"
// lines in a table.
void print_record(Context& ctx, const std::vector<Column>& columns, std::vector<Cell> cells);

// An empty date as null, others as text.
Cell day_cell(const std::string& day);
// Yuan with two decimals.
Cell yuan_cell(std::int64_t fen);

} // namespace czs::cli

namespace czs::ledger {
struct LedgerFinding;
}

namespace czs::cli {

// Prints a rule finding the command recorded anyway (R-FEE, R-PICKUP-NOTICE) as a warning on
// stderr, unless --quiet: the assessment reports it; the clerk should know now.
void warn_finding(Context& ctx, const ledger::LedgerFinding& finding);

} // namespace czs::cli
