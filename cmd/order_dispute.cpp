// order dispute open / negotiate / refer / resolve (Art. 4.3, 8).

#include "order.hpp"

#include "context.hpp"
#include "input.hpp"
#include "ledger_input.hpp"
#include "ledger_rows.hpp"

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "ledger/catalogue.hpp"
#include "ledger/dispute_steps.hpp"
#include "ledger/purchase_steps.hpp"
#include "ledger/record_step.hpp"
#include "ledger/record_store.hpp"
#include "ledger/station_gate.hpp"
#include "text/shown_value.hpp"

#include <memory>

#include <CLI/CLI.hpp>

namespace czs::cli {

namespace {

using ledger::Dispute;

struct DisputeOptions
{
  std::string id;
  std::string kind;
  std::string description;
  std::string department;
  std::string outcome;
  std::string date;
};

void show_result(Context& ctx, audit::AuditedTransaction& tx, const Dispute& d, const std::string& station,
                 const std::string& message)
{
  tx.set_station(station);
  tx.commit();
  if (ctx.format() == Format::table) {
    ctx.confirm(message);
  } else {
    print_record(ctx, dispute_columns(), dispute_cells(d, station));
  }
}

int open_dispute(Context& ctx, const DisputeOptions& o)
{
  const std::int64_t purchase_id = record_id(o.id, 'P', "purchase");
  Dispute d;
  d.purchase_id = purchase_id;
  auto kind = ledger::parse_choice(ledger::dispute_kinds(), o.kind);
  if (!kind) {
    throw Error(ErrorKind::usage, trf("--kind: unknown dispute kind '{}'", text::shown_value(o.kind)),
                trf("use one of: {}", ledger::choice_list(ledger::dispute_kinds())));
  }
  d.kind = *kind;
  d.description = required_note(o.description, "--description", 500);
  d.opened_on = event_day(ctx, o.date, "--date");
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "dispute.open");
  const auto purchase = ledger::require_record<ledger::Purchase>(tx.db(), purchase_id);
  if (std::string refusal = ledger::dispute_refusal(purchase, d.kind, d.opened_on); !refusal.empty()) {
    throw Error(ErrorKind::bad_data, refusal,
                trf("see the purchase with: czstation order show {}", ledger::purchase_ref(purchase_id)));
  }
  const auto station = ledger::require_station_of(tx.db(), purchase.station_id, d.opened_on);
  d.station_id = station.id;
  ledger::insert_record(tx, d);
  show_result(ctx, tx, d, station.code,
              trf("opened dispute {} over purchase {} ({})", ledger::dispute_ref(d.id),
                  ledger::purchase_ref(purchase_id), ledger::choice_label(ledger::dispute_kinds(), d.kind)));
  return 0;
}

int dispute_step(Context& ctx, const DisputeOptions& o, const char* action,
                 const std::function<std::string(Dispute&)>& apply)
{
  const std::int64_t id = record_id(o.id, 'D', "dispute");
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), action);
  auto done = ledger::take_step<Dispute>(tx, id, apply);
  show_result(ctx, tx, done.record, done.station.code, done.message);
  return 0;
}

CLI::App* with_id(CLI::App* sub, DisputeOptions& o)
{
  sub->add_option("id", o.id, tr("the dispute's number (D3 or 3)"))->required()->type_name("ID");
  sub->add_option("--date", o.date, tr("the day (default: today)"))->type_name(tr("DATE"));
  return sub;
}

} // namespace

void add_order_dispute(CLI::App& order, Context& ctx, Action& chosen)
{
  CLI::App* dispute = order.add_subcommand(
      "dispute", tr("disputes over purchases (Art. 4.3, 8): open, negotiate or refer to a department, resolve"));
  dispute->require_subcommand(1);
  auto o = std::make_shared<DisputeOptions>();

  CLI::App* open = dispute->add_subcommand("open", tr("open a dispute over a purchase"));
  open->add_option("purchase", o->id, tr("the purchase's number (P12 or 12)"))->required()->type_name("ID");
  open->add_option("--kind", o->kind, tr("counterfeit, spoiled, damaged, late or other"))
      ->required()
      ->type_name(tr("KIND"));
  open->add_option("--description", o->description, tr("what the villager complains of"))
      ->required()
      ->type_name(tr("TEXT"));
  open->add_option("--date", o->date, tr("the day it was raised (default: today)"))->type_name(tr("DATE"));
  on_run(open, chosen, [&ctx, o] { return open_dispute(ctx, *o); });

  CLI::App* negotiate =
      with_id(dispute->add_subcommand("negotiate", tr("record negotiation with the seller under way")), *o);
  on_run(negotiate, chosen, [&ctx, o] {
    const std::string day = event_day(ctx, o->date, "--date");
    return dispute_step(ctx, *o, "dispute.negotiate", [&](Dispute& d) {
      ledger::negotiate(d, day);
      return trf("dispute {}: negotiating since {}", ledger::dispute_ref(d.id), day);
    });
  });

  CLI::App* refer =
      with_id(dispute->add_subcommand("refer", tr("record the dispute referred to a government department")), *o);
  refer->add_option("--department", o->department, tr("the department, e.g. 县市场监督管理局"))
      ->required()
      ->type_name(tr("TEXT"));
  on_run(refer, chosen, [&ctx, o] {
    const std::string department = required_text(o->department, "--department", 100);
    const std::string day = event_day(ctx, o->date, "--date");
    return dispute_step(ctx, *o, "dispute.refer", [&](Dispute& d) {
      ledger::refer(d, day, department);
      return trf("dispute {} referred to {} on {}", ledger::dispute_ref(d.id), department, day);
    });
  });

  CLI::App* resolve =
      with_id(dispute->add_subcommand("resolve", tr("record the dispute resolved, with its outcome")), *o);
  resolve->add_option("--outcome", o->outcome, tr("how it ended, e.g. 退款 or 换货"))
      ->required()
      ->type_name(tr("TEXT"));
  on_run(resolve, chosen, [&ctx, o] {
    const std::string outcome = required_note(o->outcome, "--outcome", 200);
    const std::string day = event_day(ctx, o->date, "--date");
    return dispute_step(ctx, *o, "dispute.resolve", [&](Dispute& d) {
      ledger::resolve(d, day, outcome);
      return trf("dispute {} resolved on {}: {}", ledger::dispute_ref(d.id), day, outcome);
    });
  });
}

} // namespace czs::cli
