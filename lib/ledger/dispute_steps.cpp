#include "ledger/dispute_steps.hpp"

#include "i18n/translate.hpp"
#include "ledger/lifecycle.hpp"
#include "ledger/purchase_steps.hpp"
#include "ledger/step_rules.hpp"
#include "period/date.hpp"

#include <array>

#include <fmt/format.h>

namespace czs::ledger {

namespace {

// The day of the dispute's latest step (a view of one of its fields).
std::string_view latest_step(const Dispute& d)
{
  std::string_view last = d.opened_on;
  for (const std::string* t : {&d.negotiated_on, &d.referred_on, &d.resolved_on}) {
    if (!t->empty()) { // most are, early in a record's life
      last = later_of(last, *t);
    }
  }
  return last;
}

void step(Dispute& d, std::string_view name, const std::string& day)
{
  const std::string_view to = next_status(dispute_lifecycle(), d.status, name, d.id, dispute_ref);
  require_in_order(day, latest_step(d), name, d.id, dispute_ref);
  d.status = to;
}

} // namespace

std::string dispute_ref(std::int64_t id)
{
  return id ? fmt::format("D{}", id) : std::string("dispute");
}

std::string last_step(const Dispute& d)
{
  return std::string(latest_step(d));
}

std::string dispute_refusal(const Purchase& p, std::string_view kind, const std::string& day)
{
  if (p.ordered_on.empty()) {
    return trf("{} was never ordered ({}); there is nothing to dispute", purchase_ref(p.id), p.status);
  }
  const bool about_goods = kind == "counterfeit" || kind == "spoiled" || kind == "damaged";
  if (about_goods && p.arrived_at.empty()) {
    return trf("{}: its goods have not arrived, so they cannot be {}", purchase_ref(p.id), kind);
  }
  if (about_goods && day < day_of(p.arrived_at)) {
    return trf("{}: its goods arrived on {}; they cannot be found {} before that, on {}", purchase_ref(p.id),
               day_of(p.arrived_at), kind, day);
  }
  if (day < p.ordered_on) {
    return trf("{} was ordered on {}; a dispute cannot open before that, on {}", purchase_ref(p.id), p.ordered_on, day);
  }
  return {};
}

void negotiate(Dispute& d, const std::string& day)
{
  step(d, "negotiate", day);
  d.negotiated_on = day;
}

void refer(Dispute& d, const std::string& day, const std::string& department)
{
  step(d, "refer", day);
  d.referred_on = day;
  d.department = department;
}

void resolve(Dispute& d, const std::string& day, const std::string& outcome)
{
  step(d, "resolve", day);
  d.resolved_on = day;
  d.outcome = outcome;
}

} // namespace czs::ledger
