#pragma once

#include "ledger/records.hpp"

#include <cstdint>
#include <string>

namespace czs::ledger {

// The steps of a proxy purchase (Art. 5.1) as changes to the record, before it is saved. Each
// throws czs::Error(bad_data) when the step is out of order (naming the allowed ones) or dated
// before the purchase's previous step; `day` is YYYY-MM-DD, `at` YYYY-MM-DDTHH:MM:SS.

// "P12": how clerks name a purchase.
std::string purchase_ref(std::int64_t id);

// The time of the purchase's latest step.
std::string last_step(const Purchase& p);

// Ordered and paid on the platform.
void pay(Purchase& p, const std::string& platform, const std::string& platform_order, std::int64_t paid_fen,
         const std::string& day);
// The goods (or the replacement of an exchange) arrived at the station.
void arrive(Purchase& p, const std::string& at);
// The villager was told to collect them.
void notify(Purchase& p, const std::string& at);
// The villager collected them: the purchase enters the ledger on that day.
void pick_up(Purchase& p, const std::string& day);
// The goods went back to the seller for a refund; the purchase leaves the ledger.
void return_goods(Purchase& p, const std::string& day, const std::string& reason);
// The goods went back for an exchange; returns the record of the goods that went back. The
// purchase leaves the ledger until the replacement is collected.
PurchaseExchange exchange(Purchase& p, const std::string& day, const std::string& reason);
// The request was cancelled before the goods arrived.
void cancel(Purchase& p, const std::string& day, const std::string& reason);

} // namespace czs::ledger
