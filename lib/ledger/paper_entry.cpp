#include "ledger/paper_entry.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "ledger/parcel_steps.hpp"
#include "ledger/purchase_steps.hpp"
#include "ledger/sale_steps.hpp"

namespace czs::ledger {

namespace {

void require_fields(bool given, const char* message)
{
  if (!given) {
    throw Error(ErrorKind::usage, tr(message),
                tr("a step from the form needs its day and the fields its step command needs"));
  }
}

} // namespace

std::vector<std::string> take_paper_steps(Purchase& p, const PurchasePaper& paper)
{
  const bool pay_fields = !paper.platform.empty() || !paper.platform_order.empty() || paper.paid_fen.has_value();
  require_fields(!pay_fields || !paper.ordered_on.empty(),
                 N_("--platform, --order and --paid go with --ordered-on, the day it was ordered"));
  require_fields(paper.ordered_on.empty()
                     || (!paper.platform.empty() && !paper.platform_order.empty() && paper.paid_fen),
                 N_("--ordered-on needs --platform, --order and --paid"));
  require_fields((paper.returned_on.empty() && paper.cancelled_on.empty()) || !paper.reason.empty(),
                 N_("--returned-on and --cancelled-on need --reason"));
  require_fields(!paper.reason.empty() == (!paper.returned_on.empty() || !paper.cancelled_on.empty()),
                 N_("--reason goes with --returned-on or --cancelled-on"));
  // Each step as its command takes it: the lifecycle refuses a step out of order (a pickup
  // without an arrival), the dates a step before the previous one.
  std::vector<std::string> taken;
  if (!paper.ordered_on.empty()) {
    pay(p, paper.platform, paper.platform_order, *paper.paid_fen, paper.ordered_on);
    taken.emplace_back("pay");
  }
  if (!paper.cancelled_on.empty()) {
    cancel(p, paper.cancelled_on, paper.reason);
    taken.emplace_back("cancel");
  }
  if (!paper.arrived_at.empty()) {
    arrive(p, paper.arrived_at);
    taken.emplace_back("arrive");
  }
  if (!paper.notified_at.empty()) {
    notify(p, paper.notified_at);
    taken.emplace_back("notify");
  }
  if (!paper.picked_up_on.empty()) {
    pick_up(p, paper.picked_up_on);
    taken.emplace_back("pickup");
  }
  if (!paper.returned_on.empty()) {
    return_goods(p, paper.returned_on, paper.reason);
    taken.emplace_back("return");
  }
  return taken;
}

std::vector<std::string> take_paper_steps(Sale& s, const SalePaper& paper)
{
  const bool sale_fields =
      paper.quantity_centi.has_value() || paper.amount_fen.has_value() || paper.fee_fen != 0 || !paper.unit.empty();
  require_fields(!sale_fields || !paper.sold_on.empty(),
                 N_("--quantity, --unit, --amount and --fee go with --sold-on, the day it sold"));
  require_fields(paper.sold_on.empty() || (paper.quantity_centi && paper.amount_fen),
                 N_("--sold-on needs --quantity and --amount"));
  require_fields(paper.withdrawn_on.empty() == paper.reason.empty(), N_("--withdrawn-on and --reason go together"));
  std::vector<std::string> taken;
  if (!paper.contacted_on.empty()) {
    contact(s, paper.contacted_on);
    taken.emplace_back("contact");
  }
  if (!paper.listed_on.empty()) {
    list_product(s, paper.listed_on);
    taken.emplace_back("list");
  }
  if (!paper.sold_on.empty()) {
    sell(s, paper.sold_on, *paper.quantity_centi, paper.unit.empty() ? std::string(k_default_unit) : paper.unit,
         *paper.amount_fen, paper.fee_fen);
    taken.emplace_back("sell");
  }
  if (!paper.withdrawn_on.empty()) {
    withdraw(s, paper.withdrawn_on, paper.reason);
    taken.emplace_back("withdraw");
  }
  return taken;
}

std::vector<std::string> take_paper_steps(Parcel& p, const ParcelPaper& paper)
{
  const bool inbound_steps = !paper.notified_at.empty() || !paper.picked_up_at.empty() || !paper.returned_on.empty();
  require_fields(p.direction == "in" || !inbound_steps,
                 N_("--notified-at, --picked-up-at and --returned-on are steps of a parcel that arrives (parcel in)"));
  require_fields(p.direction == "out" || paper.dispatched_on.empty(),
                 N_("--dispatched-on is a step of a parcel a villager sends (parcel out)"));
  require_fields(paper.returned_on.empty() == paper.reason.empty(), N_("--returned-on and --reason go together"));
  std::vector<std::string> taken;
  if (!paper.notified_at.empty()) {
    notify(p, paper.notified_at);
    taken.emplace_back("notify");
  }
  if (!paper.picked_up_at.empty()) {
    // The register says the recipient collected it; the code was checked at the counter then.
    pick_up(p, paper.picked_up_at, p.pickup_code);
    taken.emplace_back("pickup");
  }
  if (!paper.returned_on.empty()) {
    return_unclaimed(p, paper.returned_on, paper.reason);
    taken.emplace_back("return");
  }
  if (!paper.dispatched_on.empty()) {
    dispatch(p, paper.dispatched_on);
    taken.emplace_back("dispatch");
  }
  return taken;
}

} // namespace czs::ledger
