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

// A proxy sale entered late from a paper form (Art. 5.2): contacted, listed, then sold (with
// what was sold) or withdrawn (with a reason). An empty day is a step not taken.
struct SalePaper
{
  std::string contacted_on; // YYYY-MM-DD: contact
  std::string listed_on;    // YYYY-MM-DD: list
  std::string sold_on;      // YYYY-MM-DD: sell, with the four fields below
  std::optional<std::int64_t> quantity_centi;
  std::string unit; // empty: k_default_unit
  std::optional<std::int64_t> amount_fen;
  std::int64_t fee_fen = 0;
  std::string withdrawn_on; // YYYY-MM-DD: withdraw (with reason)
  std::string reason;
};

// Takes the steps the form gives on a new sale `s`, in the order of Art. 5.2, each with its step
// command's checks; throws as take_paper_steps(Purchase&) does (usage: a sale without quantity
// or amount, a withdrawal without a reason, sale fields without --sold-on).
std::vector<std::string> take_paper_steps(Sale& s, const SalePaper& paper);

// A parcel entered late from a paper register (Art. 4.2, 8): an inbound parcel's notice and its
// pickup or return; an outbound parcel's dispatch. An empty day or time is a step not taken.
struct ParcelPaper
{
  std::string notified_at;  // YYYY-MM-DDTHH:MM:SS: notify
  std::string picked_up_at; // YYYY-MM-DDTHH:MM:SS: pickup (against the parcel's own code)
  std::string returned_on;  // YYYY-MM-DD: return (with reason)
  std::string reason;
  std::string dispatched_on; // YYYY-MM-DD: dispatch (outbound)
};

// Takes the steps the register gives on a new parcel `p` (its pickup code already issued), each
// with its step command's checks; a pickup with no notice before it records the notice at the
// pickup, as `parcel pickup` does (p.notice_at_pickup). Throws czs::Error(usage) for a step of
// the other direction or a return without a reason, czs::Error(bad_data) for a step out of order.
std::vector<std::string> take_paper_steps(Parcel& p, const ParcelPaper& paper);

} // namespace czs::ledger
