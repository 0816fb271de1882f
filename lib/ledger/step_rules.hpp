#pragma once

#include "ledger/lifecycle.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace czs::ledger {

// How a refusal names the record with id `id` ("P12", or "the new purchase" before it is
// stored). Called only when a step is refused: an import takes millions of steps that fit, and
// the name is translated text.
using RecordRef = std::string (*)(std::int64_t id);

// The status `step` leads a record to (a view of the lifecycle's static table); throws
// czs::Error(bad_data) naming the allowed next steps when the step is out of order, the record
// named by ref(id) in the message and the hint.
std::string_view next_status(const Lifecycle& lifecycle, std::string_view from, std::string_view step, std::int64_t id,
                             RecordRef ref);

// Throws czs::Error(bad_data) when an event at `when` (a date or a date and time) would come
// before the record's previous step at `previous`: steps are dated in order. Compares whole
// times when both have one, days otherwise.
void require_in_order(std::string_view when, std::string_view previous, std::string_view step, std::int64_t id,
                      RecordRef ref);

// The later of two dates or times (empty counts as earliest).
std::string_view later_of(std::string_view a, std::string_view b);

} // namespace czs::ledger
