#pragma once

#include "ledger/records.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::ledger {

// Which records a listing or export shows; empty or unset fields do not filter. Dates are
// those the record started on (requested, recommended, served, arrived or accepted, opened).
struct RecordFilter
{
  std::optional<std::int64_t> station_id;
  std::string kind; // order listings: purchase, sale, service, dispute; parcels: in, out
  std::string status;
  std::string from;  // YYYY-MM-DD, inclusive
  std::string to;    // YYYY-MM-DD, inclusive
  std::string name;  // exact villager (or producer, recipient, sender) name
  std::string phone; // exact phone number, as stored (digits)
  std::string batch; // the stations of this construction batch (Art. 2.2), as stored
};

// One line of `order list`: a purchase, sale, service or dispute in common terms.
struct OrderLine
{
  std::string kind;
  std::int64_t id = 0;
  std::string station_code;
  std::string status;
  std::string started_on;
  std::string name; // villager (producer for a sale)
  std::string phone;
  std::string subject; // item, product, service kind or dispute kind
  std::optional<std::int64_t> amount_fen;
  std::int64_t fee_fen = 0;
  std::string completed_on;
};

// The SQL of `order list` and of `parcel list` for a filter: a condition for each filter given
// and none for the others, so that each uses its index (tests run EXPLAIN QUERY PLAN on them).
std::string order_query(const RecordFilter& filter);
std::string parcel_query(const RecordFilter& filter);

// Calls `each` for the purchases, sales, services and disputes matching the filter, by start
// date then kind then id; one statement, streamed.
void for_each_order(SQLite::Database& db, const RecordFilter& filter,
                    const std::function<void(const OrderLine&)>& each);

// Calls `each` for every record of one table matching the filter (kind: the parcel direction),
// by id, streamed; with the code of its station.
void for_each_purchase(SQLite::Database& db, const RecordFilter& filter,
                       const std::function<void(const Purchase&, const std::string& station)>& each);
void for_each_sale(SQLite::Database& db, const RecordFilter& filter,
                   const std::function<void(const Sale&, const std::string& station)>& each);
void for_each_service(SQLite::Database& db, const RecordFilter& filter,
                      const std::function<void(const Service&, const std::string& station)>& each);
void for_each_parcel(SQLite::Database& db, const RecordFilter& filter,
                     const std::function<void(const Parcel&, const std::string& station)>& each);

// Calls `each` for the station's inbound parcels still waiting (arrived or notified) that
// arrived more than `days` days before `today`, oldest first (every station when unset).
void for_each_overdue_parcel(SQLite::Database& db, std::optional<std::int64_t> station_id, const std::string& today,
                             int days, const std::function<void(const Parcel&, const std::string& station)>& each);

// The disputes and exchanges of a purchase, oldest first.
void for_each_dispute_of(SQLite::Database& db, std::int64_t purchase_id,
                         const std::function<void(const Dispute&)>& each);
void for_each_exchange_of(SQLite::Database& db, std::int64_t purchase_id,
                          const std::function<void(const PurchaseExchange&)>& each);

// The disputes of one purchase after another, oldest first (by opened_on, then id), read with a
// statement prepared once: export purchases writes them below each purchase (Art. 4.3, 8).
class PurchaseDisputes
{
public:
  explicit PurchaseDisputes(SQLite::Database& db);
  ~PurchaseDisputes();
  PurchaseDisputes(const PurchaseDisputes&) = delete;
  PurchaseDisputes& operator=(const PurchaseDisputes&) = delete;

  std::vector<Dispute> of(std::int64_t purchase_id);

private:
  struct Statement;
  std::unique_ptr<Statement> m_q;
};

} // namespace czs::ledger
