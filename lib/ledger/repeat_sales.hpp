#pragma once

#include "audit/audited_transaction.hpp"
#include "ledger/records.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::ledger {

// A listed product sells many times (Art. 5.2): the sale record holds the first sale, each
// further one is a SaleRepeat in the ledger on its day, until the product is delisted.
struct SaleRepeat
{
  std::int64_t id = 0;
  std::int64_t sale_id = 0;
  std::int64_t station_id = 0;
  std::string sold_on; // YYYY-MM-DD, also its ledger day
  std::int64_t quantity_centi = 0;
  std::string unit;
  std::int64_t amount_fen = 0;
  std::int64_t fee_fen = 0;
};

// Records a further sale of `sale` in the command's transaction and returns it. Throws
// czs::Error(bad_data) when the sale is not sold yet (its first sale is `order sale sell`), was
// delisted, the day is before its first sale, or its station takes no new record that day
// (Art. 15, exit decided).
SaleRepeat sell_again(audit::AuditedTransaction& tx, const Sale& sale, const std::string& day,
                      std::int64_t quantity_centi, const std::string& unit, std::int64_t amount_fen,
                      std::int64_t fee_fen);

// Takes a sold product off the platform on `day`: no further sales. Throws czs::Error(bad_data)
// when it is not sold, already delisted, or the day is before its latest sale.
void delist(audit::AuditedTransaction& tx, const Sale& sale, const std::string& day, const std::string& reason);

// How many sales the sale record stands for: its first (when sold) and every further one.
std::int64_t sales_count(SQLite::Database& db, const Sale& sale);

// The day the product was delisted, or empty.
std::string delisted_on(SQLite::Database& db, std::int64_t sale_id);

// A sold product's delisting: the day and why.
struct Delisting
{
  std::string day; // YYYY-MM-DD
  std::string reason;
};

// Writes a further sale already checked (its sale on sale, the day not before the first sale,
// the station open that day) in the command's transaction and sets its id; `sell_again` and the
// import of a sales file both write through it. The audit entry records the row.
void insert_repeat(audit::AuditedTransaction& tx, SaleRepeat& repeat);
// Writes the delisting of sale `sale_id`, already checked, in the command's transaction.
void insert_delisting(audit::AuditedTransaction& tx, std::int64_t sale_id, const Delisting& delisting);

// The further sales and the delisting of one sale after another, read with statements prepared
// once (an export reads them for every sale it writes).
class SaleSequels
{
public:
  explicit SaleSequels(SQLite::Database& db);
  ~SaleSequels();
  SaleSequels(const SaleSequels&) = delete;
  SaleSequels& operator=(const SaleSequels&) = delete;

  // The further sales of a sale, in the order they were recorded.
  std::vector<SaleRepeat> repeats(std::int64_t sale_id);
  // The sale's delisting, or nullopt while it is listed.
  std::optional<Delisting> delisting(std::int64_t sale_id);

private:
  struct Statements;
  std::unique_ptr<Statements> m_q;
};

} // namespace czs::ledger
