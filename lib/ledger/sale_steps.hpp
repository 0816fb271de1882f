#pragma once

#include "ledger/records.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace czs::ledger {

// The steps of a proxy sale (Art. 5.2) as changes to the record; each throws czs::Error
// (bad_data) when out of order or dated before the previous step.

// The unit of a sale's quantity when the clerk names none (Art. 5.2 records count pieces).
inline constexpr std::string_view k_default_unit = "件";

// "S7": how clerks name a sale.
std::string sale_ref(std::int64_t id);
std::string last_step(const Sale& s);

// The platform is in contact with the producer.
void contact(Sale& s, const std::string& day);
// The product is listed for sale on the platform.
void list_product(Sale& s, const std::string& day);
// Sold: enters the ledger on that day with its quantity, amount and the station's fee.
void sell(Sale& s, const std::string& day, std::int64_t quantity_centi, const std::string& unit,
          std::int64_t amount_fen, std::int64_t fee_fen);
// Withdrawn before it sold.
void withdraw(Sale& s, const std::string& day, const std::string& reason);

} // namespace czs::ledger
