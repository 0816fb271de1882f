#include "ledger/lifecycle.hpp"

#include "i18n/translate.hpp"
#include "ledger/words.hpp"

#include <algorithm>
#include <array>

namespace czs::ledger {

namespace {

// Art. 5.1: a purchase can be cancelled until the goods arrive; after they arrive the station
// handles returns and exchanges (Art. 5.1(c)), also after pickup; an exchange waits for the
// replacement to arrive.
constexpr std::array<std::string_view, 8> k_purchase_statuses{"requested", "ordered",    "arrived",  "notified",
                                                              "picked_up", "exchanging", "returned", "cancelled"};
constexpr std::array k_purchase{
    Transition{"requested", "pay", "ordered"},       Transition{"requested", "cancel", "cancelled"},
    Transition{"ordered", "arrive", "arrived"},      Transition{"ordered", "cancel", "cancelled"},
    Transition{"arrived", "notify", "notified"},     Transition{"arrived", "return", "returned"},
    Transition{"arrived", "exchange", "exchanging"}, Transition{"notified", "pickup", "picked_up"},
    Transition{"notified", "return", "returned"},    Transition{"notified", "exchange", "exchanging"},
    Transition{"picked_up", "return", "returned"},   Transition{"picked_up", "exchange", "exchanging"},
    Transition{"exchanging", "arrive", "arrived"},   Transition{"exchanging", "return", "returned"},
};

// Art. 5.2: recommended to a platform, the platform in contact with the producer, listed, sold;
// withdrawn at any point before the sale.
constexpr std::array<std::string_view, 5> k_sale_statuses{"recommended", "in_contact", "listed", "sold", "withdrawn"};
constexpr std::array k_sale{
    Transition{"recommended", "contact", "in_contact"},
    Transition{"recommended", "withdraw", "withdrawn"},
    Transition{"in_contact", "list", "listed"},
    Transition{"in_contact", "withdraw", "withdrawn"},
    Transition{"listed", "sell", "sold"},
    Transition{"listed", "withdraw", "withdrawn"},
};

// Art. 4.5: a convenience service is complete when it is recorded.
constexpr std::array<std::string_view, 1> k_service_statuses{"done"};
constexpr std::array<Transition, 0> k_service{};

// Art. 4.2, 8: a parcel waits until the villager is told and collects it with the code, or it
// goes back unclaimed. A villager may come for it before the notice was recorded (told by the
// carrier's SMS): the pickup then records the notice at its own time (R-PICKUP-NOTICE).
constexpr std::array<std::string_view, 4> k_parcel_in_statuses{"arrived", "notified", "picked_up", "returned"};
constexpr std::array k_parcel_in{
    Transition{"arrived", "notify", "notified"},  Transition{"arrived", "pickup", "picked_up"},
    Transition{"arrived", "return", "returned"},  Transition{"notified", "pickup", "picked_up"},
    Transition{"notified", "return", "returned"},
};

constexpr std::array<std::string_view, 2> k_parcel_out_statuses{"accepted", "dispatched"};
constexpr std::array k_parcel_out{Transition{"accepted", "dispatch", "dispatched"}};

// Art. 8: settled by negotiation or referred to the competent department; negotiation may
// fail and be referred after all.
constexpr std::array<std::string_view, 4> k_dispute_statuses{"open", "negotiating", "referred", "resolved"};
constexpr std::array k_dispute{
    Transition{"open", "negotiate", "negotiating"}, Transition{"open", "refer", "referred"},
    Transition{"negotiating", "refer", "referred"}, Transition{"negotiating", "resolve", "resolved"},
    Transition{"referred", "resolve", "resolved"},
};

} // namespace

const Lifecycle& purchase_lifecycle()
{
  static const Lifecycle k{"purchase", "requested", k_purchase_statuses, k_purchase, "picked_up"};
  return k;
}

const Lifecycle& sale_lifecycle()
{
  static const Lifecycle k{"sale", "recommended", k_sale_statuses, k_sale, "sold"};
  return k;
}

const Lifecycle& service_lifecycle()
{
  static const Lifecycle k{"service", "done", k_service_statuses, k_service, "done"};
  return k;
}

const Lifecycle& parcel_in_lifecycle()
{
  static const Lifecycle k{"parcel_in", "arrived", k_parcel_in_statuses, k_parcel_in, "picked_up"};
  return k;
}

const Lifecycle& parcel_out_lifecycle()
{
  static const Lifecycle k{"parcel_out", "accepted", k_parcel_out_statuses, k_parcel_out, "dispatched"};
  return k;
}

const Lifecycle& dispute_lifecycle()
{
  static const Lifecycle k{"dispute", "open", k_dispute_statuses, k_dispute, ""};
  return k;
}

std::vector<std::string_view> allowed_steps(const Lifecycle& lifecycle, std::string_view from)
{
  std::vector<std::string_view> steps;
  for (const auto& t : lifecycle.transitions) {
    if (t.from == from) {
      steps.push_back(t.step);
    }
  }
  return steps;
}

Result<std::string> advance(const Lifecycle& lifecycle, std::string_view from, std::string_view step)
{
  for (const auto& t : lifecycle.transitions) {
    if (t.from == from && t.step == step) {
      return std::string(t.to);
    }
  }
  const auto steps = allowed_steps(lifecycle, from);
  std::string allowed;
  for (const auto s : steps) {
    allowed += (allowed.empty() ? "" : ", ") + std::string(s);
  }
  // The steps are commands and stay as typed; the record's kind and status read in the clerk's
  // language.
  std::string kind = word_for_people(ledger_kind_words(), lifecycle.name);
  if (kind == lifecycle.name) {
    kind = word_for_people(record_kinds(), lifecycle.name);
  }
  const std::string status = word_for_people(record_statuses(), from);
  if (allowed.empty()) {
    return Result<std::string>::failure(
        trf("cannot {} a {} that is {}: it is finished, no step is allowed", step, kind, status));
  }
  return Result<std::string>::failure(
      trf("cannot {} a {} that is {}: the allowed next steps are {}", step, kind, status, allowed));
}

bool is_status(const Lifecycle& lifecycle, std::string_view status)
{
  return std::find(lifecycle.statuses.begin(), lifecycle.statuses.end(), status) != lifecycle.statuses.end();
}

} // namespace czs::ledger
