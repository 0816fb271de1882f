// register check / agreement / training / equipment / account / holdings / return / transfer / items / open.

#include "register.hpp"

#include "context.hpp"
#include "input.hpp"
#include "oversight_input.hpp"

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "money/money.hpp"
#include "stations/equipment_register.hpp"
#include "stations/onboarding_records.hpp"
#include "stations/opening.hpp"
#include "stations/site_check.hpp"
#include "stations/station_store.hpp"
#include "text/input_fields.hpp"
#include "text/shown_value.hpp"

#include <memory>
#include <optional>
#include <ostream>
#include <set>

#include <CLI/CLI.hpp>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

namespace czs::cli {

namespace {

using stations::Station;
using stations::Status;

struct RecordOptions
{
  std::string code;
  std::string date;
  // site check
  std::string inspector;
  std::string area;
  std::string premises;
  std::string population;
  std::vector<std::string> pass;
  std::vector<std::string> fail;
  std::vector<std::string> notes;
  // agreement
  std::string reference;
  std::string office_signed;
  std::string committee_signed;
  // training
  std::string hours;
  std::string topic;
  // equipment and accounts
  std::string kind;
  std::string serial;
  std::string platform;
  std::string login;
  std::string role;
  // the equipment register
  std::string replace_with;
  std::string to;
  bool all = false;
};

// Loads the station a registration record is for (the record's store refuses closing and
// closed stations).
Station writable_station(Context& ctx, const std::string& code_text)
{
  return stations::require_station(ctx.db(), station_code(code_text));
}

std::vector<stations::SiteItemResult> judged_items(const RecordOptions& o)
{
  return cli::judged_items(stations::site_items(), o.pass, o.fail, o.notes);
}

int record_check(Context& ctx, const RecordOptions& o)
{
  stations::SiteCheck check;
  check.checked_on = to_string(ctx.event_date_or_today(o.date, "--date"));
  check.inspector = required_text(o.inspector, "--inspector", 50);
  std::optional<stations::Premises> premises;
  if (!o.premises.empty()) {
    premises = stations::parse_premises(o.premises);
    if (!premises) {
      throw Error(ErrorKind::usage, trf("--premises: unknown premises '{}'", text::shown_value(o.premises)),
                  tr("use village_office (村部), convenience_store (便民超市) or other (其他)"));
    }
  }
  check.items = judged_items(o);

  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "station.site_check");
  const Station s = writable_station(ctx, o.code);
  // A measure not given is the one the station declared at registration (or last measured).
  check.area_centi_m2 = o.area.empty() ? s.area_centi_m2 : area_centi_m2(o.area, "--area");
  check.premises = premises.value_or(s.premises);
  check.population = o.population.empty() ? s.population : population(o.population, "--population");
  stations::record_site_check(tx, s, check);
  const auto changed = stations::register_measures(tx, s, check);
  tx.commit();
  const auto failures = std::count_if(check.items.begin(), check.items.end(), [](const auto& r) { return !r.passed; });
  ctx.confirm(trf("recorded the site check of {} on {}: {} of {} items failed", s.code, check.checked_on, failures,
                  check.items.size()));
  if (!changed.empty()) {
    ctx.confirm(trf("the inspector measured otherwise than the register; {} of {} now as measured: {}", changed.size(),
                    s.code, fmt::format("{}", fmt::join(changed, ", "))));
  }
  return 0;
}

int record_agreement(Context& ctx, const RecordOptions& o)
{
  stations::Agreement a;
  a.reference = required_text(o.reference, "--ref", 50);
  if (!o.office_signed.empty())
    a.office_signed_on = to_string(ctx.event_date(o.office_signed, "--office-signed"));
  if (!o.committee_signed.empty())
    a.committee_signed_on = to_string(ctx.event_date(o.committee_signed, "--committee-signed"));
  if (a.office_signed_on.empty() && a.committee_signed_on.empty()) {
    throw Error(ErrorKind::usage, tr("give at least one signature date: --office-signed or --committee-signed"));
  }
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "station.agreement");
  const Station s = writable_station(ctx, o.code);
  stations::record_agreement(tx, s, a);
  tx.commit();
  ctx.confirm(trf("recorded agreement {} of station {}", a.reference, s.code));
  return 0;
}

int record_training(Context& ctx, const RecordOptions& o)
{
  stations::Training t;
  t.trained_on = to_string(ctx.event_date(o.date, "--date"));
  t.deci_hours = must(text::input_decimal(o.hours, 1, 1000, "--hours"));
  if (t.deci_hours == 0) {
    throw Error(ErrorKind::bad_data, tr("--hours must be more than 0"));
  }
  t.topic = required_text(o.topic, "--topic", 200);
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "station.training");
  const Station s = writable_station(ctx, o.code);
  stations::record_training(tx, s, t);
  tx.commit();
  ctx.confirm(
      trf("recorded {} hours of training of station {} on {}", format_decimal(t.deci_hours, 1), s.code, t.trained_on));
  return 0;
}

int issue_equipment(Context& ctx, const RecordOptions& o)
{
  stations::Equipment e;
  e.kind = required_text(o.kind, "--kind", 50);
  e.serial = identifier(o.serial, "--serial", 100);
  e.issued_on = to_string(ctx.event_date_or_today(o.date, "--date"));
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "station.equipment");
  const Station s = writable_station(ctx, o.code);
  stations::issue_equipment(tx, s, e);
  tx.commit();
  ctx.confirm(trf("issued {} {} to station {}", e.kind, e.serial, s.code));
  return 0;
}

int grant_account(Context& ctx, const RecordOptions& o)
{
  stations::PlatformAccount a;
  a.platform = required_text(o.platform, "--platform", 50);
  a.login = required_text(o.login, "--login", 100);
  a.role = required_text(o.role, "--role", 50);
  a.granted_on = to_string(ctx.event_date_or_today(o.date, "--date"));
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "station.account");
  const Station s = writable_station(ctx, o.code);
  stations::grant_account(tx, s, a);
  tx.commit();
  ctx.confirm(trf("granted the {} account {} to station {}", a.platform, a.login, s.code));
  return 0;
}

int list_holdings(Context& ctx, const RecordOptions& o)
{
  const std::string code = station_code(o.code);
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  const Station s = stations::require_station(ctx.db(), code);
  RecordWriter w(ctx.format(), ctx.out(),
                 {{"type", tr("type")},
                  {"kind", tr("kind / platform")},
                  {"id", tr("serial / login")},
                  {"role", tr("role")},
                  {"issued_on", tr("issued")},
                  {"recovered_on", tr("recovered")}});
  auto date_cell = [](const std::string& d) { return d.empty() ? Cell{} : Cell{d}; };
  const bool people = for_people(ctx.format());
  const std::string equipment = people ? tr("equipment") : "equipment";
  const std::string account = people ? tr("account") : "account";
  for (const auto& e : stations::equipment_of(ctx.db(), s.id)) {
    w.row({equipment, e.kind, e.serial, Cell{}, e.issued_on, date_cell(e.recovered_on)});
  }
  for (const auto& a : stations::accounts_of(ctx.db(), s.id)) {
    w.row({account, a.platform, a.login, a.role, a.granted_on, date_cell(a.recovered_on)});
  }
  return 0;
}

// The item `return` and `transfer` move: an item of equipment (--serial) or a platform account
// (--login), exactly one of the two.
bool moves_account(const RecordOptions& o, const char* command)
{
  if (o.serial.empty() == o.login.empty()) {
    throw Error(ErrorKind::usage,
                trf("register {} takes --serial (equipment) or --login (a platform account)", command),
                tr("e.g. --serial PC-1, or --login kd001 (or platform:login)"));
  }
  return !o.login.empty();
}

int return_item(Context& ctx, const RecordOptions& o)
{
  const bool account = moves_account(o, "return");
  const std::string item = account ? required_text(o.login, "--login", 151) : identifier(o.serial, "--serial", 100);
  const std::string replacement = o.replace_with.empty() ? std::string()
                                  : account              ? required_text(o.replace_with, "--replace-with", 100)
                                                         : identifier(o.replace_with, "--replace-with", 100);
  const std::string date = to_string(ctx.event_date_or_today(o.date, "--date"));
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(),
                               account ? "station.account_return" : "station.equipment_return");
  const Station s = stations::require_station(ctx.db(), station_code(o.code));
  if (account) {
    stations::return_account(tx, s, item, date, replacement);
  } else {
    stations::return_equipment(tx, s, item, date, replacement);
  }
  tx.commit();
  ctx.confirm(replacement.empty()
                  ? trf("station {} returned {} on {}", s.code, item, date)
                  : trf("station {} returned {} on {}; {} issued in its place", s.code, item, date, replacement));
  return 0;
}

int transfer_item(Context& ctx, const RecordOptions& o)
{
  const bool account = moves_account(o, "transfer");
  const std::string item = account ? required_text(o.login, "--login", 151) : identifier(o.serial, "--serial", 100);
  const std::string date = to_string(ctx.event_date_or_today(o.date, "--date"));
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(),
                               account ? "station.account_transfer" : "station.equipment_transfer");
  const Station from = stations::require_station(ctx.db(), station_code(o.code));
  const Station to = stations::require_station(ctx.db(), station_code(o.to, "--to"));
  if (account) {
    stations::transfer_account(tx, from, to, item, date);
  } else {
    stations::transfer_equipment(tx, from, to, item, date);
  }
  tx.commit();
  ctx.confirm(trf("{} moved from station {} to station {} on {}", item, from.code, to.code, date));
  return 0;
}

// What ended an issue, for people: "moved to CN-KD-001", "replaced by PC-2", ...
std::string movement_for_people(const stations::RegisterItem& i)
{
  if (i.movement == "moved") {
    return trf("moved to {}", i.to_station);
  }
  if (i.movement == "replaced") {
    return trf("replaced by {}", i.replaced_by);
  }
  if (i.movement == "exit") {
    return tr("recovered at exit");
  }
  return i.movement.empty() ? std::string() : tr("returned");
}

int list_items(Context& ctx, const RecordOptions& o)
{
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  // The columns of the first version come first, in their order: scripts read them by place.
  // People read what ended an issue in one sentence; scripts get its station or successor apart.
  const bool people = for_people(ctx.format());
  std::vector<Column> columns{
      {"station", tr("station")},  {"kind", tr("kind / platform")},   {"serial", tr("serial / login")},
      {"issued_on", tr("issued")}, {"recovered_on", tr("recovered")}, {"type", tr("type")},
      {"role", tr("role")},        {"movement", tr("movement")}};
  if (!people) {
    columns.push_back({"to_station", tr("moved to")});
    columns.push_back({"replaced_by", tr("replaced by")});
  }
  RecordWriter w(ctx.format(), ctx.out(), std::move(columns));
  auto cell = [](const std::string& text) { return text.empty() ? Cell{} : Cell{text}; };
  stations::for_each_item(ctx.db(), o.all, [&](const stations::RegisterItem& i) {
    std::vector<Cell> row{i.station_code,
                          i.kind,
                          i.serial,
                          i.issued_on,
                          cell(i.recovered_on),
                          people ? tr(i.type == "account" ? "account" : "equipment") : i.type,
                          cell(i.role),
                          cell(people ? movement_for_people(i) : i.movement)};
    if (!people) {
      row.push_back(cell(i.to_station));
      row.push_back(cell(i.replaced_by));
    }
    w.row(std::move(row));
  });
  return 0;
}

int open_station(Context& ctx, const RecordOptions& o)
{
  const std::string date = to_string(ctx.event_date_or_today(o.date, "--date"));
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "station.open");
  Station s = stations::require_station(ctx.db(), station_code(o.code));
  stations::open_station(tx, s, date, ctx.params());
  tx.commit();
  ctx.confirm(trf("station {} {} is open from {}; the measures apply from today (Art. 15)", s.code, s.name, date));
  return 0;
}

std::string site_item_list()
{
  std::string list;
  for (const auto& info : stations::site_items()) {
    list += fmt::format("\n  {:<26} {} [{}]", info.id, tr(info.label), stations::item_reference(info));
  }
  return list;
}

CLI::App* with_code(CLI::App* sub, RecordOptions& o)
{
  sub->add_option("code", o.code, tr("the station's code"))->required()->type_name(tr("CODE"));
  return sub;
}

} // namespace

void add_register_onboarding(CLI::App& reg, Context& ctx, Action& chosen)
{
  auto o = std::make_shared<RecordOptions>();

  CLI::App* check = with_code(
      reg.add_subcommand("check", tr("record a site check against Art. 3 and 6: every item passed or failed")), *o);
  check->add_option("--date", o->date, tr("the date of the check (default: today)"))->type_name(tr("DATE"));
  check->add_option("--inspector", o->inspector, tr("who checked"))->required()->type_name(tr("NAME"));
  check
      ->add_option("--area", o->area,
                   tr("measured usable area in m² (R-SITE-AREA: at least 30; default: the station's registered area)"))
      ->type_name(tr("M2"));
  check
      ->add_option("--premises", o->premises,
                   tr("premises seen: village_office, convenience_store or other (default: as registered)"))
      ->type_name(tr("KIND"));
  check->add_option("--population", o->population, tr("resident population around it (default: as registered)"))
      ->type_name(tr("N"));
  check->add_option("--pass", o->pass, tr("items that passed, or 'all' for every item not failed"))
      ->type_name(tr("ITEM"));
  check->add_option("--fail", o->fail, tr("an item that failed, with what was wrong"))->type_name(tr("ITEM=NOTE"));
  check->add_option("--note", o->notes, tr("a note on a passed item"))->type_name(tr("ITEM=NOTE"));
  check->footer(std::string(tr("Items:")) + site_item_list());
  on_run(check, chosen, [&ctx, o] { return record_check(ctx, *o); });

  CLI::App* agreement = with_code(
      reg.add_subcommand("agreement",
                         tr("record the agreement with the e-commerce office and the village committee (Art. 7.2)")),
      *o);
  agreement->add_option("--ref", o->reference, tr("the agreement's reference number"))
      ->required()
      ->type_name(tr("REF"));
  agreement->add_option("--office-signed", o->office_signed, tr("the date the county e-commerce office signed"))
      ->type_name(tr("DATE"));
  agreement->add_option("--committee-signed", o->committee_signed, tr("the date the village committee signed"))
      ->type_name(tr("DATE"));
  on_run(agreement, chosen, [&ctx, o] { return record_agreement(ctx, *o); });

  CLI::App* training = with_code(
      reg.add_subcommand("training", tr("record a training session given by the county centre (Art. 7.1)")), *o);
  training->add_option("--date", o->date, tr("the date of the training"))->required()->type_name(tr("DATE"));
  training->add_option("--hours", o->hours, tr("its length in hours, one decimal"))->required()->type_name(tr("H"));
  training->add_option("--topic", o->topic, tr("what it covered"))->required()->type_name(tr("TEXT"));
  on_run(training, chosen, [&ctx, o] { return record_training(ctx, *o); });

  CLI::App* equipment = with_code(
      reg.add_subcommand("equipment", tr("issue an item of equipment to the station (recovered at exit, Art. 14.4)")),
      *o);
  equipment->add_option("--kind", o->kind, tr("what it is, e.g. computer, printer, scanner"))
      ->required()
      ->type_name(tr("TEXT"));
  equipment->add_option("--serial", o->serial, tr("its serial number"))->required()->type_name(tr("TEXT"));
  equipment->add_option("--date", o->date, tr("the date it was issued (default: today)"))->type_name(tr("DATE"));
  on_run(equipment, chosen, [&ctx, o] { return issue_equipment(ctx, *o); });

  CLI::App* account = with_code(
      reg.add_subcommand("account", tr("grant a platform account or permission (recovered at exit, Art. 14.4)")), *o);
  account->add_option("--platform", o->platform, tr("the platform, e.g. the county content platform"))
      ->required()
      ->type_name(tr("TEXT"));
  account->add_option("--login", o->login, tr("the account's login"))->required()->type_name(tr("TEXT"));
  account->add_option("--role", o->role, tr("the role or permission granted"))->required()->type_name(tr("TEXT"));
  account->add_option("--date", o->date, tr("the date it was granted (default: today)"))->type_name(tr("DATE"));
  on_run(account, chosen, [&ctx, o] { return grant_account(ctx, *o); });

  CLI::App* holdings =
      with_code(reg.add_subcommand("holdings", tr("list the equipment and accounts a station holds")), *o);
  on_run(holdings, chosen, [&ctx, o] { return list_holdings(ctx, *o); });

  CLI::App* give_back = with_code(
      reg.add_subcommand("return", tr("take back an item of equipment or a platform account a running station "
                                      "holds, and replace it if asked")),
      *o);
  give_back->add_option("--serial", o->serial, tr("the serial number of the item returned"))->type_name(tr("TEXT"));
  give_back->add_option("--login", o->login, tr("or the platform account returned: its login, or platform:login"))
      ->type_name(tr("LOGIN"));
  give_back
      ->add_option("--replace-with", o->replace_with,
                   tr("issue an item of the same kind with this serial instead (for an account: a new login on the "
                      "same platform, with the same role)"))
      ->type_name(tr("TEXT"));
  give_back->add_option("--date", o->date, tr("the date it was returned (default: today)"))->type_name(tr("DATE"));
  on_run(give_back, chosen, [&ctx, o] { return return_item(ctx, *o); });

  CLI::App* transfer =
      with_code(reg.add_subcommand("transfer",
                                   tr("move an item of equipment or a platform account from this station to another")),
                *o);
  transfer->add_option("--serial", o->serial, tr("the serial number of the item moved"))->type_name(tr("TEXT"));
  transfer->add_option("--login", o->login, tr("or the platform account moved: its login, or platform:login"))
      ->type_name(tr("LOGIN"));
  transfer->add_option("--to", o->to, tr("the station that receives it"))->required()->type_name(tr("CODE"));
  transfer->add_option("--date", o->date, tr("the date it moved (default: today)"))->type_name(tr("DATE"));
  on_run(transfer, chosen, [&ctx, o] { return transfer_item(ctx, *o); });

  CLI::App* items = reg.add_subcommand(
      "items", tr("list the equipment and platform accounts issued across the county, station by station"));
  items->add_flag("--all", o->all,
                  tr("include items recovered, returned or moved on: every movement, dated, with what ended it"));
  on_run(items, chosen, [&ctx, o] { return list_items(ctx, *o); });

  CLI::App* open = with_code(
      reg.add_subcommand(
          "open",
          tr("open the station on its plaque day (Art. 15); refused unless every R-SITE and R-ONBOARD rule passes")),
      *o);
  open->add_option("--date", o->date, tr("the plaque day (default: today)"))->type_name(tr("DATE"));
  on_run(open, chosen, [&ctx, o] { return open_station(ctx, *o); });
}

} // namespace czs::cli
