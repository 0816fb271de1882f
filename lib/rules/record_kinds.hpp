#pragma once

#include <span>
#include <string_view>

namespace czs::rules {

// The ledger record kinds (SPEC.md section 2) a rules file can count as volume (Art. 14.2):
// purchase (picked up), sale (sold), parcel_in (picked up), parcel_out (dispatched), service.
std::span<const std::string_view> volume_kinds();

// The kinds of convenience service (Art. 4.5) a fee cap can name as service.<kind>.
std::span<const std::string_view> service_kinds();

// True for a kind the fee schedule (R-FEE, Art. 4.6) can cap: a volume kind, or
// service.<kind> for a service kind.
bool is_fee_kind(std::string_view kind);

} // namespace czs::rules
