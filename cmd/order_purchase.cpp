// order purchase add / pay / arrive / notify / pickup / return / exchange / cancel (Art. 5.1).

#include "order.hpp"

#include "context.hpp"
#include "input.hpp"
#include "ledger_input.hpp"
#include "ledger_rows.hpp"

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "ledger/checks.hpp"
#include "ledger/paper_entry.hpp"
#include "ledger/purchase_steps.hpp"
#include "ledger/record_step.hpp"
#include "ledger/record_store.hpp"
#include "ledger/station_gate.hpp"
#include "ledger/words.hpp"
#include "money/money.hpp"
#include "text/input_fields.hpp"

#include <memory>

#include <CLI/CLI.hpp>

namespace czs::cli {

namespace {

using ledger::Purchase;

struct PurchaseOptions
{
  std::string id;
  std::string station;
  std::string villager;
  std::string phone;
  std::string item;
  std::string quantity = "1";
  std::string price;
  std::string fee;
  std::string platform;
  std::string order;
  std::string paid;
  std::string date;
  std::string at;
  std::string reason;
  // add: the later steps from a paper form
  std::string ordered_on;
  std::string arrived_at;
  std::string notified_at;
  std::string picked_up_on;
  std::string returned_on;
  std::string cancelled_on;
};

// The later steps given to `add`, read as their step commands read them.
ledger::PurchasePaper paper_steps(const Context& ctx, const PurchaseOptions& o)
{
  ledger::PurchasePaper paper;
  auto day = [&](const std::string& text, const char* option) {
    return text.empty() ? std::string() : event_day(ctx, text, option);
  };
  auto time = [&](const std::string& text, const char* option) {
    return text.empty() ? std::string() : event_time(ctx, text, option);
  };
  paper.platform = o.platform.empty() ? std::string() : required_text(o.platform, "--platform", 50);
  paper.platform_order = o.order.empty() ? std::string() : identifier(o.order, "--order", 64);
  if (!o.paid.empty()) {
    paper.paid_fen = yuan(o.paid, "--paid");
  }
  paper.ordered_on = day(o.ordered_on, "--ordered-on");
  paper.arrived_at = time(o.arrived_at, "--arrived-at");
  paper.notified_at = time(o.notified_at, "--notified-at");
  paper.picked_up_on = day(o.picked_up_on, "--picked-up-on");
  paper.returned_on = day(o.returned_on, "--returned-on");
  paper.cancelled_on = day(o.cancelled_on, "--cancelled-on");
  paper.reason = o.reason.empty() ? std::string() : required_note(o.reason, "--reason", 200);
  return paper;
}

// Shows the purchase after a command: a line in a table, the record in machine formats.
void show_result(Context& ctx, audit::AuditedTransaction& tx, const Purchase& p, const std::string& station,
                 const std::string& message)
{
  note_reveal(ctx, tx, trf("villager name and phone of purchase {}", ledger::purchase_ref(p.id)));
  const Privacy privacy(ctx);
  tx.commit();
  if (ctx.format() == Format::table) {
    ctx.confirm(message);
  } else {
    print_record(ctx, purchase_record_columns(), purchase_record_cells(p, station, privacy));
  }
}

int add_purchase(Context& ctx, const PurchaseOptions& o)
{
  Purchase p;
  p.requested_on = event_day(ctx, o.date, "--date");
  p.villager_name = person_name(o.villager, "--villager");
  p.villager_phone = phone(o.phone, "--phone");
  p.item = required_text(o.item, "--item", 200);
  p.quantity = must(text::input_count(o.quantity, 1'000'000, "--quantity"));
  if (p.quantity == 0) {
    throw Error(ErrorKind::bad_data, tr("--quantity must be at least 1"));
  }
  p.price_fen = yuan(o.price, "--price");
  p.fee_fen = optional_yuan(o.fee, "--fee");
  const std::string code = station_code(o.station, "--station");
  const auto steps = ledger::take_paper_steps(p, paper_steps(ctx, o));

  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "purchase.add");
  const auto station = ledger::require_station_on(tx.db(), code, p.requested_on);
  p.station_id = station.id;
  // The last step's day, as take_step checks it for a step command (Art. 15).
  ledger::require_station_of(tx.db(), station.id, ledger::last_step(p));
  ledger::require_settled_at_exit(station, p.status, tr("the purchase"));
  ledger::insert_record(tx, p);
  tx.set_station(station.code);
  if (auto finding = ledger::check_fee(ctx.params(), "purchase", "", p.price_fen * p.quantity, p.fee_fen)) {
    warn_finding(ctx, *finding);
  }
  if (!p.notified_at.empty()) {
    if (auto late = ledger::check_notice(ctx.params(), "purchase", p.id, ledger::purchase_ref(p.id), p.arrived_at,
                                         p.notified_at)) {
      warn_finding(ctx, *late);
    }
  }
  std::string message = trf("recorded purchase {}: {} × {} for {} at {}", ledger::purchase_ref(p.id), p.item,
                            p.quantity, Privacy(ctx).name(p.villager_name), station.code);
  if (!steps.empty()) {
    message += trf("; from the form: {} step(s), now {}", steps.size(),
                   ledger::word_for_people(ledger::record_statuses(), p.status));
  }
  show_result(ctx, tx, p, station.code, message);
  return 0;
}

// Runs one step on an existing purchase: the inputs are checked by the caller, the step by
// `apply`, which returns the confirmation.
int purchase_step(Context& ctx, const PurchaseOptions& o, const char* action,
                  const std::function<std::string(audit::AuditedTransaction&, Purchase&)>& apply)
{
  const std::int64_t id = record_id(o.id, 'P', "purchase");
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), action);
  auto done = ledger::take_step<Purchase>(tx, id, [&](Purchase& p) { return apply(tx, p); });
  show_result(ctx, tx, done.record, done.station.code, done.message);
  return 0;
}

int pay(Context& ctx, const PurchaseOptions& o)
{
  const std::string platform = required_text(o.platform, "--platform", 50);
  const std::string order = identifier(o.order, "--order", 64);
  const std::int64_t paid = yuan(o.paid, "--paid");
  const std::string day = event_day(ctx, o.date, "--date");
  return purchase_step(ctx, o, "purchase.pay", [&](audit::AuditedTransaction&, Purchase& p) {
    ledger::pay(p, platform, order, paid, day);
    return trf("purchase {} ordered on {} (order {}), paid {} yuan", ledger::purchase_ref(p.id), platform, order,
               format_fen(paid));
  });
}

int arrive(Context& ctx, const PurchaseOptions& o)
{
  const std::string at = event_time(ctx, o.at, "--at");
  return purchase_step(ctx, o, "purchase.arrive", [&](audit::AuditedTransaction&, Purchase& p) {
    ledger::arrive(p, at);
    return trf("purchase {} arrived at the station at {}; notify the villager within {} hours (R-PICKUP-NOTICE)",
               ledger::purchase_ref(p.id), at, ctx.params().pickup_notice_hours);
  });
}

int notify(Context& ctx, const PurchaseOptions& o)
{
  const std::string at = event_time(ctx, o.at, "--at");
  return purchase_step(ctx, o, "purchase.notify", [&](audit::AuditedTransaction&, Purchase& p) {
    ledger::notify(p, at);
    if (auto late =
            ledger::check_notice(ctx.params(), "purchase", p.id, ledger::purchase_ref(p.id), p.arrived_at, at)) {
      warn_finding(ctx, *late);
    }
    return trf("purchase {}: villager notified at {}", ledger::purchase_ref(p.id), at);
  });
}

int pickup(Context& ctx, const PurchaseOptions& o)
{
  const std::string day = event_day(ctx, o.date, "--date");
  return purchase_step(ctx, o, "purchase.pickup", [&](audit::AuditedTransaction&, Purchase& p) {
    ledger::pick_up(p, day);
    return trf("purchase {} picked up on {}: in the ledger", ledger::purchase_ref(p.id), day);
  });
}

int return_goods(Context& ctx, const PurchaseOptions& o)
{
  const std::string reason = required_note(o.reason, "--reason", 200);
  const std::string day = event_day(ctx, o.date, "--date");
  return purchase_step(ctx, o, "purchase.return", [&](audit::AuditedTransaction&, Purchase& p) {
    ledger::return_goods(p, day, reason);
    return trf("purchase {} returned on {}", ledger::purchase_ref(p.id), day);
  });
}

int exchange(Context& ctx, const PurchaseOptions& o)
{
  const std::string reason = required_note(o.reason, "--reason", 200);
  const std::string day = event_day(ctx, o.date, "--date");
  return purchase_step(ctx, o, "purchase.exchange", [&](audit::AuditedTransaction& tx, Purchase& p) {
    auto sent_back = ledger::exchange(p, day, reason);
    ledger::insert_record(tx, sent_back);
    return trf(
        "purchase {} sent back for an exchange on {}; record the replacement with: czstation order purchase arrive {}",
        ledger::purchase_ref(p.id), day, ledger::purchase_ref(p.id));
  });
}

int cancel(Context& ctx, const PurchaseOptions& o)
{
  const std::string reason = required_note(o.reason, "--reason", 200);
  const std::string day = event_day(ctx, o.date, "--date");
  return purchase_step(ctx, o, "purchase.cancel", [&](audit::AuditedTransaction&, Purchase& p) {
    ledger::cancel(p, day, reason);
    return trf("purchase {} cancelled on {}", ledger::purchase_ref(p.id), day);
  });
}

CLI::App* with_id(CLI::App* sub, PurchaseOptions& o)
{
  sub->add_option("id", o.id, tr("the purchase's number (P12 or 12)"))->required()->type_name("ID");
  return sub;
}

void add_date(CLI::App* sub, PurchaseOptions& o, const char* help)
{
  sub->add_option("--date", o.date, help)->type_name(tr("DATE"));
}

void add_at(CLI::App* sub, PurchaseOptions& o, const char* help)
{
  sub->add_option("--at", o.at, help)->type_name(tr("DATETIME"));
}

void add_reason(CLI::App* sub, PurchaseOptions& o)
{
  sub->add_option("--reason", o.reason, tr("why"))->required()->type_name(tr("TEXT"));
}

} // namespace

void add_order_purchase(CLI::App& order, Context& ctx, Action& chosen)
{
  CLI::App* purchase = order.add_subcommand("purchase", tr("proxy purchases (代购, Art. 5.1): request, order and pay, "
                                                           "arrival, notice, pickup; return, exchange, cancel"));
  purchase->require_subcommand(1);
  auto o = std::make_shared<PurchaseOptions>();

  CLI::App* add = purchase->add_subcommand("add", tr("record a villager's purchase request"));
  add->add_option("--station", o->station, tr("the station's code"))->required()->type_name(tr("CODE"));
  add->add_option("--villager", o->villager, tr("the villager's name (private: masked in listings)"))
      ->required()
      ->type_name(tr("NAME"));
  add->add_option("--phone", o->phone, tr("the villager's phone number (private)"))->required()->type_name(tr("PHONE"));
  add->add_option("--item", o->item, tr("what to buy"))->required()->type_name(tr("TEXT"));
  add->add_option("--quantity", o->quantity, tr("how many (default 1)"))->type_name("N");
  add->add_option("--price", o->price, tr("the unit price asked, in yuan"))->required()->type_name(tr("YUAN"));
  add->add_option("--fee", o->fee, tr("the station's service fee, in yuan (default 0; R-FEE)"))->type_name(tr("YUAN"));
  add_date(add, *o, tr("the day of the request (default: today)"));
  // A paper form's later steps, taken at once with each step command's checks.
  add->add_option("--platform", o->platform, tr("from a form: the platform it was ordered on (with --ordered-on)"))
      ->type_name(tr("TEXT"));
  add->add_option("--order", o->order, tr("from a form: the platform's order number (with --ordered-on)"))
      ->type_name(tr("TEXT"));
  add->add_option("--paid", o->paid, tr("from a form: the amount paid, in yuan (with --ordered-on)"))
      ->type_name(tr("YUAN"));
  add->add_option("--ordered-on", o->ordered_on, tr("from a form: the day it was ordered and paid"))
      ->type_name(tr("DATE"));
  add->add_option("--arrived-at", o->arrived_at, tr("from a form: when the goods arrived"))->type_name(tr("DATETIME"));
  add->add_option("--notified-at", o->notified_at, tr("from a form: when the villager was told"))
      ->type_name(tr("DATETIME"));
  add->add_option("--picked-up-on", o->picked_up_on, tr("from a form: the day the villager collected the goods"))
      ->type_name(tr("DATE"));
  add->add_option("--returned-on", o->returned_on, tr("from a form: the day the goods went back (with --reason)"))
      ->type_name(tr("DATE"));
  add->add_option("--cancelled-on", o->cancelled_on, tr("from a form: the day it was cancelled (with --reason)"))
      ->type_name(tr("DATE"));
  add->add_option("--reason", o->reason, tr("from a form: why it was returned or cancelled"))->type_name(tr("TEXT"));
  on_run(add, chosen, [&ctx, o] { return add_purchase(ctx, *o); });

  CLI::App* pay_ = with_id(purchase->add_subcommand("pay", tr("record the order placed and paid on a platform")), *o);
  pay_->add_option("--platform", o->platform, tr("the e-commerce platform"))->required()->type_name(tr("TEXT"));
  pay_->add_option("--order", o->order, tr("the platform's order number"))->required()->type_name(tr("TEXT"));
  pay_->add_option("--paid", o->paid, tr("the amount paid, in yuan"))->required()->type_name(tr("YUAN"));
  add_date(pay_, *o, tr("the day it was ordered (default: today)"));
  on_run(pay_, chosen, [&ctx, o] { return pay(ctx, *o); });

  CLI::App* arrive_ = with_id(
      purchase->add_subcommand("arrive", tr("record the goods (or an exchange's replacement) arriving at the station")),
      *o);
  add_at(arrive_, *o, tr("when they arrived (default: now)"));
  on_run(arrive_, chosen, [&ctx, o] { return arrive(ctx, *o); });

  CLI::App* notify_ = with_id(
      purchase->add_subcommand("notify", tr("record the villager told to collect the goods (R-PICKUP-NOTICE)")), *o);
  add_at(notify_, *o, tr("when the villager was told (default: now)"));
  on_run(notify_, chosen, [&ctx, o] { return notify(ctx, *o); });

  CLI::App* pickup_ =
      with_id(purchase->add_subcommand("pickup",
                                       tr("record the villager collecting the goods: the purchase enters the ledger")),
              *o);
  add_date(pickup_, *o, tr("the day of pickup (default: today)"));
  on_run(pickup_, chosen, [&ctx, o] { return pickup(ctx, *o); });

  CLI::App* return_ =
      with_id(purchase->add_subcommand("return", tr("record the goods returned to the seller for a refund")), *o);
  add_reason(return_, *o);
  add_date(return_, *o, tr("the day they went back (default: today)"));
  on_run(return_, chosen, [&ctx, o] { return return_goods(ctx, *o); });

  CLI::App* exchange_ =
      with_id(purchase->add_subcommand("exchange",
                                       tr("record the goods sent back for an exchange; the replacement arrives later")),
              *o);
  add_reason(exchange_, *o);
  add_date(exchange_, *o, tr("the day they went back (default: today)"));
  on_run(exchange_, chosen, [&ctx, o] { return exchange(ctx, *o); });

  CLI::App* cancel_ = with_id(purchase->add_subcommand("cancel", tr("cancel a purchase before its goods arrive")), *o);
  add_reason(cancel_, *o);
  add_date(cancel_, *o, tr("the day it was cancelled (default: today)"));
  on_run(cancel_, chosen, [&ctx, o] { return cancel(ctx, *o); });
}

} // namespace czs::cli
