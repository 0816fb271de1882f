#include "ledger/paper_entry.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "ledger/purchase_steps.hpp"

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

} // namespace czs::ledger
