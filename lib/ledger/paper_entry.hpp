#pragma once

#include "ledger/records.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace czs::ledger {

// A proxy purchase entered late from a paper form (Art. 5.1): the later steps written on the
// form, to be taken at once. An empty day or time is a step not taken.
struct PurchasePaper
{
  std::string platform;
  std::string platform_order;
  std::optional<std::int64_t> paid_fen;
  std::string ordered_on;   // YYYY-MM-DD: pay
  std::string arrived_at;   // YYYY-MM-DDTHH:MM:SS: arrive
  std::string notified_at;  // YYYY-MM-DDTHH:MM:SS: notify
  std::string picked_up_on; // YYYY-MM-DD: pickup
  std::string returned_on;  // YYYY-MM-DD: return (with reason)
  std::string cancelled_on; // YYYY-MM-DD: cancel (with reason)
  std::string reason;
};

// Takes the steps the form gives on a new purchase `p`, in the order of Art. 5.1 (pay, arrive,
// notify, then pickup or return; or cancel), each with its step command's own checks (the
// lifecycle, a date not before the previous step); throws czs::Error(bad_data) at the first that
// fails, naming it, and czs::Error(usage) when a step lacks its fields (pay without platform,
// order and amount; return or cancel without a reason). Returns the names of the steps taken.
std::vector<std::string> take_paper_steps(Purchase& p, const PurchasePaper& paper);

} // namespace czs::ledger
