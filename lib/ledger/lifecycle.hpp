#pragma once

#include "base/result.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace czs::ledger {

// One allowed step of a record's lifecycle: from a status, a named step (the subcommand that
// takes it: pay, arrive, notify, ...) leads to a status.
struct Transition
{
  std::string_view from;
  std::string_view step;
  std::string_view to;
};

// The state machine of one kind of record (SPEC.md section 2, Art. 4, 5, 8): its statuses, the
// one a new record starts in, every allowed step, and the status in which it counts in the
// ledger (empty for disputes, which are not ledger records).
struct Lifecycle
{
  std::string_view name;
  std::string_view initial;
  std::span<const std::string_view> statuses;
  std::span<const Transition> transitions;
  std::string_view completed;
};

const Lifecycle& purchase_lifecycle();
const Lifecycle& sale_lifecycle();
const Lifecycle& service_lifecycle();
const Lifecycle& parcel_in_lifecycle();
const Lifecycle& parcel_out_lifecycle();
const Lifecycle& dispute_lifecycle();

// The steps allowed from a status, in table order.
std::vector<std::string_view> allowed_steps(const Lifecycle& lifecycle, std::string_view from);

// The status `step` leads to from `from`, or a message (translated) saying the step is out of
// order and naming the steps that are allowed ("none: the record is complete" at an end).
Result<std::string> advance(const Lifecycle& lifecycle, std::string_view from, std::string_view step);

// True when the status is one of the lifecycle's.
bool is_status(const Lifecycle& lifecycle, std::string_view status);

} // namespace czs::ledger
