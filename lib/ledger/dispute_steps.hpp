#pragma once

#include "ledger/records.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace czs::ledger {

// The steps of a purchase dispute (Art. 4.3, 8) as changes to the record; each throws
// czs::Error(bad_data) when out of order or dated before the previous step.

// "D3": how clerks name a dispute.
std::string dispute_ref(std::int64_t id);
std::string last_step(const Dispute& d);

// Why a dispute of this kind cannot be opened on the purchase on `day`, or empty: the goods
// must have been ordered (and, for counterfeit, spoiled or damaged goods, have arrived).
std::string dispute_refusal(const Purchase& p, std::string_view kind, const std::string& day);

void negotiate(Dispute& d, const std::string& day);
void refer(Dispute& d, const std::string& day, const std::string& department);
void resolve(Dispute& d, const std::string& day, const std::string& outcome);

} // namespace czs::ledger
