#include "register.hpp"

#include "context.hpp"
#include "input.hpp"
#include "station_view.hpp"

#include "audit/audited_transaction.hpp"
#include "i18n/translate.hpp"
#include "money/money.hpp"
#include "stations/onboarding_records.hpp"
#include "stations/site_check.hpp"
#include "stations/station_store.hpp"
#include "stations/status_words.hpp"
#include "text/json.hpp"
#include "text/shown_value.hpp"
#include "text/validate.hpp"

#include <memory>
#include <ostream>

#include <CLI/CLI.hpp>
#include <SQLiteCpp/Transaction.h>

namespace czs::cli {

namespace {

using stations::Station;

struct StationOptions
{
  std::string code;
  std::string name;
  std::string township;
  std::string village;
  std::string premises;
  std::string area;
  std::string population;
  std::string manager;
  std::string phone;
  std::string date;
  std::string status; // list filter
  std::string batch;  // add: its construction batch (Art. 2.2); list: filter
  std::string phase;
};

void add_field_options(CLI::App* sub, StationOptions& o, bool required)
{
  auto opt = [&](const char* flag, std::string& target, const char* help, const char* type) {
    auto* option = sub->add_option(flag, target, help)->type_name(type);
    if (required) {
      option->required();
    }
  };
  opt("--name", o.name, tr("the station's name, e.g. 卡达村电商服务站"), tr("TEXT"));
  opt("--township", o.township, tr("the township (乡镇) it belongs to"), tr("TEXT"));
  opt("--village", o.village, tr("the village it serves"), tr("TEXT"));
  opt("--premises", o.premises,
      tr("fixed premises: village_office (村部), convenience_store (便民超市) or other (其他)"), tr("KIND"));
  opt("--area", o.area, tr("usable floor area in m², up to 2 decimals (Art. 3.1: at least 30)"), tr("M2"));
  opt("--population", o.population, tr("resident population around the station"), tr("N"));
  opt("--manager", o.manager, tr("the station manager's name"), tr("NAME"));
  opt("--phone", o.phone, tr("the station manager's phone number"), tr("PHONE"));
}

stations::Premises premises_of(const std::string& text)
{
  auto p = stations::parse_premises(text);
  if (!p) {
    throw Error(ErrorKind::usage, trf("--premises: unknown premises '{}'", text::shown_value(text)),
                tr("use village_office (村部), convenience_store (便民超市) or other (其他)"));
  }
  return *p;
}

// Applies the options that were given to the station (all of them for add).
void apply_fields(Station& s, const StationOptions& o)
{
  if (!o.name.empty())
    s.name = required_text(o.name, "--name");
  if (!o.township.empty())
    s.township = required_text(o.township, "--township", 50);
  if (!o.village.empty())
    s.village = required_text(o.village, "--village", 50);
  if (!o.premises.empty())
    s.premises = premises_of(o.premises);
  if (!o.area.empty())
    s.area_centi_m2 = area_centi_m2(o.area, "--area");
  if (!o.population.empty())
    s.population = population(o.population, "--population");
  if (!o.manager.empty())
    s.manager_name = required_text(o.manager, "--manager", 50);
  if (!o.phone.empty())
    s.manager_phone = must(text::clean_phone(o.phone, "--phone"));
}

void print_station_result(Context& ctx, const Station& s, const std::string& message)
{
  if (ctx.format() == Format::table) {
    if (!ctx.quiet()) {
      ctx.out() << message << '\n';
    }
    return;
  }
  RecordWriter w(ctx.format(), ctx.out(), station_columns());
  w.row(station_cells(s, false));
}

int add_station(Context& ctx, const StationOptions& o)
{
  Station s;
  s.code = station_code(o.code, "--code");
  apply_fields(s, o);
  s.applied_on = to_string(ctx.event_date_or_today(o.date, "--date"));
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "station.add");
  s.id = stations::insert_station(tx, s);
  if (!o.batch.empty()) {
    const auto b = batch_assignment(o.batch, o.phase, ctx.event_date_or_today(o.date, "--date"));
    stations::set_batch(tx, s, b);
    s.batch = b.batch;
    s.phase = b.phase;
  }
  tx.commit();
  print_station_result(ctx, s, trf("registered station {} {} (applied on {})", s.code, s.name, s.applied_on));
  return 0;
}

int update_station(Context& ctx, const StationOptions& o)
{
  const std::string code = station_code(o.code);
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "station.update");
  Station s = stations::require_station(ctx.db(), code);
  apply_fields(s, o);
  stations::update_station(tx, s);
  tx.commit();
  print_station_result(ctx, s, trf("updated station {}", s.code));
  return 0;
}

int list_stations(Context& ctx, const StationOptions& o)
{
  stations::StationFilter filter;
  filter.township = o.township;
  if (!o.status.empty()) {
    filter.status = stations::parse_status(o.status);
    if (!filter.status) {
      throw Error(ErrorKind::usage, trf("--status: unknown status '{}'", text::shown_value(o.status)),
                  trf("use one of: {}", stations::status_list()));
    }
  }
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  filter.batch = batch_filter(ctx, o.batch);
  RecordWriter w(ctx.format(), ctx.out(), station_columns());
  stations::for_each_station(ctx.db(), filter,
                             [&](const Station& s) { w.row(station_cells(s, for_people(ctx.format()))); });
  return 0;
}

void show_json(Context& ctx, const Station& s)
{
  auto& db = ctx.db();
  text::JsonWriter j;
  j.begin_object();
  const auto columns = station_columns();
  const auto cells = station_cells(s, false);
  for (std::size_t i = 0; i < columns.size(); ++i) {
    j.key(columns[i].key).raw(cell_json(cells[i]));
  }
  j.key("site_checks").begin_array();
  for (const auto& c : stations::site_checks_of(db, s.id)) {
    j.begin_object().key("checked_on").value(c.checked_on).key("inspector").value(c.inspector);
    j.key("area_m2").raw(format_decimal(c.area_centi_m2, 2)).key("premises").value(stations::to_string(c.premises));
    j.key("population").value(c.population).key("items").begin_array();
    for (const auto& item : c.items) {
      j.begin_object()
          .key("item")
          .value(item.item)
          .key("passed")
          .value(item.passed)
          .key("note")
          .value(item.note)
          .end_object();
    }
    j.end_array().end_object();
  }
  j.end_array().key("agreements").begin_array();
  for (const auto& a : stations::agreements_of(db, s.id)) {
    j.begin_object().key("reference").value(a.reference);
    j.key("office_signed_on").raw(cell_json(a.office_signed_on.empty() ? Cell{} : Cell{a.office_signed_on}));
    j.key("committee_signed_on").raw(cell_json(a.committee_signed_on.empty() ? Cell{} : Cell{a.committee_signed_on}));
    j.end_object();
  }
  j.end_array().key("trainings").begin_array();
  for (const auto& t : stations::trainings_of(db, s.id)) {
    j.begin_object().key("trained_on").value(t.trained_on).key("hours").raw(format_decimal(t.deci_hours, 1));
    j.key("topic").value(t.topic).end_object();
  }
  j.end_array().key("equipment").begin_array();
  for (const auto& e : stations::equipment_of(db, s.id)) {
    j.begin_object().key("kind").value(e.kind).key("serial").value(e.serial).key("issued_on").value(e.issued_on);
    j.key("recovered_on").raw(cell_json(e.recovered_on.empty() ? Cell{} : Cell{e.recovered_on})).end_object();
  }
  j.end_array().key("accounts").begin_array();
  for (const auto& a : stations::accounts_of(db, s.id)) {
    j.begin_object().key("platform").value(a.platform).key("login").value(a.login).key("role").value(a.role);
    j.key("granted_on").value(a.granted_on);
    j.key("recovered_on").raw(cell_json(a.recovered_on.empty() ? Cell{} : Cell{a.recovered_on})).end_object();
  }
  j.end_array().key("events").begin_array();
  for (const auto& e : stations::events_of(db, s.id)) {
    j.begin_object().key("on").value(e.happened_on).key("from").value(e.from_status).key("to").value(e.to_status);
    j.key("reason").value(e.reason).end_object();
  }
  j.end_array().end_object();
  ctx.out() << j.str() << '\n';
}

void show_table(Context& ctx, const Station& s)
{
  auto& db = ctx.db();
  const auto columns = station_columns();
  const auto cells = station_cells(s, true);
  std::vector<std::pair<std::string, std::string>> fields;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    fields.emplace_back(columns[i].header, cell_text(cells[i]));
  }
  print_fields(ctx.out(), fields);
  const auto check = stations::latest_site_check(db, s.id, to_string(ctx.today()));
  ctx.out() << '\n'
            << (check ? trf("latest site check: {} by {}", check->checked_on, check->inspector)
                      : std::string(tr("no site check recorded")))
            << '\n';
  if (check) {
    RecordWriter w(Format::table, ctx.out(), {{"item", tr("item")}, {"passed", tr("passed")}, {"note", tr("note")}});
    for (const auto& item : check->items) {
      const auto* info = stations::find_site_item(item.item);
      w.row({info ? std::string(tr(info->label)) : item.item, item.passed, item.note});
    }
  }
  ctx.out() << '\n' << tr("agreements") << '\n';
  RecordWriter a(Format::table, ctx.out(),
                 {{"ref", tr("reference")}, {"office", tr("office signed")}, {"committee", tr("committee signed")}});
  for (const auto& ag : stations::agreements_of(db, s.id)) {
    a.row({ag.reference, ag.office_signed_on, ag.committee_signed_on});
  }
  a.finish();
  ctx.out() << '\n' << tr("training") << '\n';
  RecordWriter t(Format::table, ctx.out(),
                 {{"date", tr("date")}, {"hours", tr("hours"), true}, {"topic", tr("topic")}});
  for (const auto& session : stations::trainings_of(db, s.id)) {
    t.row({session.trained_on, Decimal{session.deci_hours, 1}, session.topic});
  }
  t.finish();
  ctx.out() << '\n' << tr("status history") << '\n';
  RecordWriter h(Format::table, ctx.out(), {{"on", tr("date")}, {"to", tr("status")}, {"reason", tr("reason")}});
  for (const auto& e : stations::events_of(db, s.id)) {
    const auto status = stations::parse_status(e.to_status);
    h.row({e.happened_on, status ? std::string(stations::status_label(*status)) : e.to_status, e.reason});
  }
}

int show_station(Context& ctx, const std::string& code_text)
{
  const std::string code = station_code(code_text);
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  const Station s = stations::require_station(ctx.db(), code);
  switch (ctx.format()) {
  case Format::json:
    show_json(ctx, s);
    break;
  case Format::table:
  case Format::html: // refused before running (cmd/html_commands.hpp)
    show_table(ctx, s);
    break;
  case Format::csv:
  case Format::tsv:
  case Format::xlsx: {
    RecordWriter w(ctx.format(), ctx.out(), station_columns());
    w.row(station_cells(s, false));
    break;
  }
  }
  return 0;
}

} // namespace

void add_register(CLI::App& app, Context& ctx, Action& chosen)
{
  CLI::App* reg = app.add_subcommand(
      "register",
      tr("stations from application to opening: add, site checks, agreement, training, equipment, accounts, open"));
  reg->require_subcommand(1);
  auto o = std::make_shared<StationOptions>();

  CLI::App* add = reg->add_subcommand("add", tr("register a station that has applied (Art. 3)"));
  add->add_option("--code", o->code, tr("a unique code chosen by the clerk, e.g. CN-LB-001"))
      ->required()
      ->type_name(tr("CODE"));
  add_field_options(add, *o, true);
  add->add_option("--date", o->date, tr("the date it applied (default: today)"))->type_name(tr("DATE"));
  add->add_option("--batch", o->batch, tr("its construction batch (建设批次, Art. 2.2), e.g. 2026年第一批"))
      ->type_name(tr("TEXT"));
  add->add_option("--phase", o->phase, tr("with --batch: its construction phase, 1 or more"))
      ->needs("--batch")
      ->type_name("N");
  on_run(add, chosen, [&ctx, o] { return add_station(ctx, *o); });

  CLI::App* update =
      reg->add_subcommand("update", tr("change a station's name, place, premises, area, population or manager"));
  update->add_option("code", o->code, tr("the station's code"))->required()->type_name(tr("CODE"));
  add_field_options(update, *o, false);
  on_run(update, chosen, [&ctx, o] { return update_station(ctx, *o); });

  CLI::App* show =
      reg->add_subcommand("show", tr("show a station with its site checks, agreements, training and status history"));
  show->add_option("code", o->code, tr("the station's code"))->required()->type_name(tr("CODE"));
  on_run(show, chosen, [&ctx, o] { return show_station(ctx, o->code); });

  CLI::App* list = reg->add_subcommand("list", tr("list stations, by township then code"));
  list->add_option("--township", o->township, tr("only this township"))->type_name(tr("TEXT"));
  list->add_option("--status", o->status, tr("only this status: applied, open, rectifying, closing or closed"))
      ->type_name(tr("STATUS"));
  add_batch_filter(list, o->batch);
  on_run(list, chosen, [&ctx, o] { return list_stations(ctx, *o); });

  add_register_onboarding(*reg, ctx, chosen);
  add_register_batches(*reg, ctx, chosen);
}

} // namespace czs::cli
