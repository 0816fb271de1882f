#pragma once

#include "ledger/lifecycle.hpp"

#include <string>
#include <string_view>

namespace czs::ledger {

// The status `step` leads a record to; throws czs::Error(bad_data) naming the allowed next
// steps when the step is out of order. `ref` names the record in the hint ("P12").
std::string next_status(const Lifecycle& lifecycle, std::string_view from, std::string_view step, std::string_view ref);

// Throws czs::Error(bad_data) when an event at `when` (a date or a date and time) would come
// before the record's previous step at `previous`: steps are dated in order. Compares whole
// times when both have one, days otherwise.
void require_in_order(std::string_view when, std::string_view previous, std::string_view step, std::string_view ref);

// The later of two dates or times (empty counts as earliest).
std::string_view later_of(std::string_view a, std::string_view b);

} // namespace czs::ledger
