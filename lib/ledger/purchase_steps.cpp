#include "ledger/purchase_steps.hpp"

#include "i18n/translate.hpp"
#include "ledger/ledger.hpp"
#include "ledger/step_rules.hpp"
#include "period/date.hpp"

#include <fmt/format.h>

namespace czs::ledger {

namespace {

// The date or time of the purchase's latest step (a view of one of its fields).
std::string_view latest_step(const Purchase& p)
{
  std::string_view last = p.requested_on;
  for (const std::string* t :
       {&p.ordered_on, &p.arrived_at, &p.notified_at, &p.picked_up_on, &p.exchanged_on, &p.closed_on}) {
    if (!t->empty()) { // most are, early in a record's life
      last = later_of(last, *t);
    }
  }
  return last;
}

// Checks order and date, then moves the purchase to the step's status. Nothing is allocated
// unless the step is refused: an import replays millions of them.
void step(Purchase& p, std::string_view name, const std::string& when)
{
  const std::string_view to = next_status(purchase_lifecycle(), p.status, name, p.id, purchase_ref);
  require_in_order(when, latest_step(p), name, p.id, purchase_ref);
  p.status = to;
  p.completed_on = completed_on(purchase_lifecycle(), p.status, day_of(when));
}

} // namespace

std::string purchase_ref(std::int64_t id)
{
  return id ? fmt::format("P{}", id) : std::string(tr("the new purchase"));
}

std::string last_step(const Purchase& p)
{
  return std::string(latest_step(p));
}

void pay(Purchase& p, const std::string& platform, const std::string& platform_order, std::int64_t paid_fen,
         const std::string& day)
{
  step(p, "pay", day);
  p.platform = platform;
  p.platform_order = platform_order;
  p.paid_fen = paid_fen;
  p.ordered_on = day;
}

void arrive(Purchase& p, const std::string& at)
{
  step(p, "arrive", at);
  p.arrived_at = at;
  p.notified_at.clear();
  p.picked_up_on.clear();
}

void notify(Purchase& p, const std::string& at)
{
  step(p, "notify", at);
  p.notified_at = at;
}

void pick_up(Purchase& p, const std::string& day)
{
  step(p, "pickup", day);
  p.picked_up_on = day;
}

void return_goods(Purchase& p, const std::string& day, const std::string& reason)
{
  step(p, "return", day);
  p.closed_on = day;
  p.close_reason = reason;
}

PurchaseExchange exchange(Purchase& p, const std::string& day, const std::string& reason)
{
  PurchaseExchange sent_back{0, p.id, day, reason, p.arrived_at, p.notified_at, p.picked_up_on};
  step(p, "exchange", day);
  p.exchanged_on = day;
  return sent_back;
}

void cancel(Purchase& p, const std::string& day, const std::string& reason)
{
  step(p, "cancel", day);
  p.closed_on = day;
  p.close_reason = reason;
}

} // namespace czs::ledger
