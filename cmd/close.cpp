#include "close.hpp"

#include "context.hpp"
#include "input.hpp"

#include "audit/audited_transaction.hpp"
#include "exit/closure.hpp"
#include "i18n/translate.hpp"
#include "stations/onboarding_records.hpp"
#include "stations/station_store.hpp"
#include "text/shown_value.hpp"

#include <memory>
#include <ostream>

#include <CLI/CLI.hpp>
#include <SQLiteCpp/Transaction.h>

namespace czs::cli {

namespace {

struct CloseOptions
{
  std::string code;
  std::string basis;
  std::string date;
  std::string agreement;
  std::string override_reason;
  std::vector<std::string> equipment;
  std::vector<std::string> accounts;
  bool all = false;
};

exit::Basis basis_of(const std::string& text)
{
  auto basis = exit::parse_basis(text);
  if (!basis) {
    throw Error(ErrorKind::usage, trf("--basis: unknown basis '{}'", text::shown_value(text)),
                tr("use voluntary (自愿退出), negotiated (协商退出), low_volume (业务量不足) or bad_credit "
                   "(严重不良信用)"));
  }
  return *basis;
}

int decide(Context& ctx, const CloseOptions& o)
{
  exit::ExitRequest request;
  request.basis = basis_of(o.basis);
  request.decided_on = to_string(ctx.event_date_or_today(o.date, "--date"));
  request.agreement_ref = optional_text(o.agreement, "--agreement", 50);
  request.override_reason = optional_note(o.override_reason, "--override", 500);
  if (request.basis == exit::Basis::negotiated && request.agreement_ref.empty()) {
    throw Error(ErrorKind::usage, tr("a negotiated exit needs the agreement's reference: --agreement REF"));
  }
  if (!request.override_reason.empty() && request.basis != exit::Basis::low_volume
      && request.basis != exit::Basis::bad_credit) {
    throw Error(ErrorKind::usage, tr("--override applies only to a termination (--basis low_volume or bad_credit)"));
  }
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "station.exit");
  auto station = stations::require_station(ctx.db(), station_code(o.code));
  const auto closure = exit::decide_exit(tx, station, request, ctx.params());
  tx.commit();
  ctx.confirm(trf("exit of station {} decided on {} ({}); recover its equipment and accounts, then: "
                  "czstation close complete {}",
                  station.code, closure.decided_on, exit::to_string(closure.basis), station.code));
  return 0;
}

int recover(Context& ctx, const CloseOptions& o)
{
  const std::string date = to_string(ctx.event_date_or_today(o.date, "--date"));
  if (!o.all && o.equipment.empty() && o.accounts.empty()) {
    throw Error(ErrorKind::usage, tr("say what was recovered: --equipment SERIAL, --account LOGIN or --all"));
  }
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "station.recover");
  const auto station = stations::require_station(ctx.db(), station_code(o.code));
  std::vector<std::string> serials = o.equipment;
  std::vector<std::string> logins = o.accounts;
  if (o.all) {
    for (const auto& e : stations::equipment_of(ctx.db(), station.id)) {
      if (e.recovered_on.empty())
        serials.push_back(e.serial);
    }
    for (const auto& a : stations::accounts_of(ctx.db(), station.id)) {
      if (a.recovered_on.empty())
        logins.push_back(a.platform + ":" + a.login);
    }
  }
  for (const auto& serial : serials) {
    exit::recover_equipment(tx, station, serial, date);
  }
  for (const auto& login : logins) {
    exit::recover_account(tx, station, login, date);
  }
  tx.commit();
  ctx.confirm(trf("recorded {} item(s) of equipment and {} account(s) of station {} as recovered on {}", serials.size(),
                  logins.size(), station.code, date));
  return 0;
}

int complete(Context& ctx, const CloseOptions& o)
{
  const std::string date = to_string(ctx.event_date_or_today(o.date, "--date"));
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "station.close");
  auto station = stations::require_station(ctx.db(), station_code(o.code));
  exit::complete_exit(tx, station, date);
  tx.commit();
  ctx.confirm(trf("station {} is closed from {}; its records are kept", station.code, date));
  return 0;
}

int status(Context& ctx, const CloseOptions& o)
{
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  const auto station = stations::require_station(ctx.db(), station_code(o.code));
  const auto closure = exit::closure_of(ctx.db(), station.id);
  if (ctx.format() == Format::table) {
    ctx.out() << (closure ? trf("station {} is {}: exit decided on {} ({}){}", station.code,
                                stations::status_label(station.status), closure->decided_on,
                                exit::basis_for_people(closure->basis),
                                closure->completed_on.empty() ? std::string()
                                                              : trf(", closed on {}", closure->completed_on))
                          : trf("station {} is {}; no exit has been decided", station.code,
                                stations::status_label(station.status)))
              << '\n';
  }
  RecordWriter w(ctx.format(), ctx.out(),
                 {{"station", tr("station")},
                  {"status", tr("status")},
                  {"basis", tr("basis")},
                  {"decided_on", tr("exit decided")},
                  {"type", tr("type")},
                  {"item", tr("item")},
                  {"issued_on", tr("issued")},
                  {"recovered_on", tr("recovered")}});
  const bool people = for_people(ctx.format());
  const Cell basis = !closure ? Cell{}
                     : people ? Cell{exit::basis_for_people(closure->basis)}
                              : Cell{std::string(exit::to_string(closure->basis))};
  const Cell decided = closure ? Cell{closure->decided_on} : Cell{};
  const std::string st(people ? stations::status_label(station.status) : stations::to_string(station.status));
  const std::string equipment = people ? tr("equipment") : "equipment";
  const std::string account = people ? tr("account") : "account";
  auto date_cell = [](const std::string& d) { return d.empty() ? Cell{} : Cell{d}; };
  for (const auto& e : stations::equipment_of(ctx.db(), station.id)) {
    w.row(
        {station.code, st, basis, decided, equipment, e.kind + " " + e.serial, e.issued_on, date_cell(e.recovered_on)});
  }
  for (const auto& a : stations::accounts_of(ctx.db(), station.id)) {
    w.row({station.code, st, basis, decided, account, a.platform + ":" + a.login, a.granted_on,
           date_cell(a.recovered_on)});
  }
  return 0;
}

} // namespace

void add_close(CLI::App& app, Context& ctx, Action& chosen)
{
  CLI::App* close = app.add_subcommand(
      "close", tr("a station's exit: decide it, recover equipment and accounts, complete the closure (Art. 14)"));
  close->require_subcommand(1);
  auto o = std::make_shared<CloseOptions>();
  auto with_code = [&o](CLI::App* sub) {
    sub->add_option("code", o->code, tr("the station's code"))->required()->type_name(tr("CODE"));
    return sub;
  };

  CLI::App* decide_cmd = with_code(close->add_subcommand("decide", tr("decide an exit; the station becomes closing")));
  decide_cmd
      ->add_option("--basis", o->basis,
                   tr("voluntary, negotiated (an early exit agreed with the centre), low_volume (Art. 14.2) or "
                      "bad_credit (Art. 14.3)"))
      ->required()
      ->type_name(tr("BASIS"));
  decide_cmd->add_option("--date", o->date, tr("the date the exit was decided (default: today)"))
      ->type_name(tr("DATE"));
  decide_cmd
      ->add_option("--agreement", o->agreement,
                   tr("the negotiated agreement of an exit before 6 months of operation (R-EXIT-MIN)"))
      ->type_name(tr("REF"));
  decide_cmd
      ->add_option("--override", o->override_reason,
                   tr("terminate without an assessment that found the station eligible, for this reason (audited)"))
      ->type_name(tr("REASON"));
  on_run(decide_cmd, chosen, [&ctx, o] { return decide(ctx, *o); });

  CLI::App* recover_cmd = with_code(
      close->add_subcommand("recover", tr("record equipment and platform accounts as recovered (Art. 14.4)")));
  recover_cmd->add_option("--equipment", o->equipment, tr("an item of equipment recovered, by serial number"))
      ->type_name(tr("SERIAL"));
  recover_cmd->add_option("--account", o->accounts, tr("an account recovered, by login (or PLATFORM:LOGIN)"))
      ->type_name(tr("LOGIN"));
  recover_cmd->add_flag("--all", o->all, tr("everything the station still holds"));
  recover_cmd->add_option("--date", o->date, tr("the date of the recovery (default: today)"))->type_name(tr("DATE"));
  on_run(recover_cmd, chosen, [&ctx, o] { return recover(ctx, *o); });

  CLI::App* status_cmd =
      with_code(close->add_subcommand("status", tr("show the exit and what the station still holds")));
  on_run(status_cmd, chosen, [&ctx, o] { return status(ctx, *o); });

  CLI::App* complete_cmd = with_code(close->add_subcommand(
      "complete", tr("complete the closure; refused while anything is outstanding (R-EXIT-RECOVER)")));
  complete_cmd->add_option("--date", o->date, tr("the date of closing (default: today)"))->type_name(tr("DATE"));
  on_run(complete_cmd, chosen, [&ctx, o] { return complete(ctx, *o); });
}

} // namespace czs::cli
