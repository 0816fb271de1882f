// order sale add / contact / list / sell / withdraw (Art. 4.4, 5.2) and order service add (Art. 4.5).

#include "order.hpp"

#include "context.hpp"
#include "input.hpp"
#include "ledger_input.hpp"
#include "ledger_rows.hpp"

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "ledger/catalogue.hpp"
#include "ledger/checks.hpp"
#include "ledger/paper_entry.hpp"
#include "ledger/record_step.hpp"
#include "ledger/record_store.hpp"
#include "ledger/repeat_sales.hpp"
#include "ledger/sale_steps.hpp"
#include "ledger/station_gate.hpp"
#include "ledger/words.hpp"
#include "money/money.hpp"
#include "text/input_fields.hpp"
#include "text/shown_value.hpp"

#include <memory>

#include <CLI/CLI.hpp>

namespace czs::cli {

namespace {

using ledger::Sale;
using ledger::Service;

struct SaleOptions
{
  std::string id;
  std::string station;
  std::string product;
  std::string category;
  std::string producer;
  std::string phone;
  std::string platform;
  std::string quantity;
  std::string unit; // empty: 件, or for a further sale the unit of the first
  std::string amount;
  std::string fee;
  std::string kind;
  std::string note;
  std::string date;
  std::string reason;
  // add: the later steps from a paper form
  std::string contacted_on;
  std::string listed_on;
  std::string sold_on;
  std::string withdrawn_on;
};

std::string choice(std::span<const ledger::Choice> choices, const std::string& text, const char* option)
{
  if (auto name = ledger::parse_choice(choices, text)) {
    return *name;
  }
  throw Error(ErrorKind::usage, trf("{}: unknown value '{}'", option, text::shown_value(text)),
              trf("use one of: {}", ledger::choice_list(choices)));
}

template <typename R>
void show_result(Context& ctx, audit::AuditedTransaction& tx, const R& record, const std::string& station,
                 const std::string& ref, const std::string& message)
{
  note_reveal(ctx, tx, trf("name and phone of {}", ref));
  const Privacy privacy(ctx);
  tx.commit();
  if (ctx.format() == Format::table) {
    ctx.confirm(message);
  } else if constexpr (std::is_same_v<R, Sale>) {
    print_record(ctx, sale_columns(), sale_cells(record, station, privacy));
  } else {
    print_record(ctx, service_columns(), service_cells(record, station, privacy));
  }
}

// The later steps given to `add`, read as their step commands read them.
ledger::SalePaper paper_steps(const Context& ctx, const SaleOptions& o)
{
  auto day = [&](const std::string& text, const char* option) {
    return text.empty() ? std::string() : event_day(ctx, text, option);
  };
  ledger::SalePaper paper;
  paper.contacted_on = day(o.contacted_on, "--contacted-on");
  paper.listed_on = day(o.listed_on, "--listed-on");
  paper.sold_on = day(o.sold_on, "--sold-on");
  if (!o.quantity.empty()) {
    paper.quantity_centi = must(text::input_decimal(o.quantity, 2, 1'000'000'000, "--quantity"));
    if (*paper.quantity_centi == 0) {
      throw Error(ErrorKind::bad_data, tr("--quantity must be more than 0"));
    }
  }
  paper.unit = o.unit.empty() ? std::string() : required_text(o.unit, "--unit", 10);
  if (!o.amount.empty()) {
    paper.amount_fen = yuan(o.amount, "--amount");
  }
  paper.fee_fen = optional_yuan(o.fee, "--fee");
  paper.withdrawn_on = day(o.withdrawn_on, "--withdrawn-on");
  paper.reason = o.reason.empty() ? std::string() : required_note(o.reason, "--reason", 200);
  return paper;
}

int add_sale(Context& ctx, const SaleOptions& o)
{
  Sale s;
  s.recommended_on = event_day(ctx, o.date, "--date");
  s.product = required_text(o.product, "--product", 200);
  s.category = choice(ledger::sale_categories(), o.category, "--category");
  s.producer_name = person_name(o.producer, "--producer");
  s.producer_phone = optional_phone(o.phone, "--phone");
  s.platform = required_text(o.platform, "--platform", 50);
  const std::string code = station_code(o.station, "--station");
  const auto steps = ledger::take_paper_steps(s, paper_steps(ctx, o));
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "sale.add");
  const auto station = ledger::require_station_on(tx.db(), code, s.recommended_on);
  s.station_id = station.id;
  // The last step's day, as take_step checks it for a step command (Art. 15); the sale itself is
  // a new record in the ledger.
  ledger::require_station_of(tx.db(), station.id, ledger::last_step(s));
  if (!s.sold_on.empty()) {
    ledger::require_new_record_day(station, s.sold_on);
  }
  ledger::insert_record(tx, s);
  tx.set_station(station.code);
  if (s.amount_fen) {
    if (auto finding = ledger::check_fee(ctx.params(), "sale", "", *s.amount_fen, s.fee_fen)) {
      warn_finding(ctx, *finding);
    }
  }
  const std::string ref = ledger::sale_ref(s.id);
  std::string message = trf("recorded sale {}: {} recommended to {}", ref, s.product, s.platform);
  if (!steps.empty()) {
    message += trf("; from the form: {} step(s), now {}", steps.size(),
                   ledger::word_for_people(ledger::record_statuses(), s.status));
  }
  show_result(ctx, tx, s, station.code, ref, message);
  return 0;
}

int sale_step(Context& ctx, const SaleOptions& o, const char* action, const std::function<std::string(Sale&)>& apply)
{
  const std::int64_t id = record_id(o.id, 'S', "sale");
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), action);
  auto done = ledger::take_step<Sale>(tx, id, apply);
  show_result(ctx, tx, done.record, done.station.code, ledger::sale_ref(done.record.id), done.message);
  return 0;
}

// What a sale of a listed product says (sell and sell again read the same options).
struct SoldGoods
{
  std::int64_t quantity; // hundredths of the unit
  std::string unit;
  std::int64_t amount, fee; // fen
  std::string day;
};

SoldGoods sold_goods(Context& ctx, const SaleOptions& o)
{
  const std::int64_t quantity = must(text::input_decimal(o.quantity, 2, 1'000'000'000, "--quantity"));
  if (quantity == 0) {
    throw Error(ErrorKind::bad_data, tr("--quantity must be more than 0"));
  }
  return {quantity, o.unit.empty() ? std::string() : required_text(o.unit, "--unit", 10), yuan(o.amount, "--amount"),
          optional_yuan(o.fee, "--fee"), event_day(ctx, o.date, "--date")};
}

int sell(Context& ctx, const SaleOptions& o)
{
  const auto [quantity, given_unit, amount, fee, day] = sold_goods(ctx, o);
  const std::string unit = given_unit.empty() ? std::string(ledger::k_default_unit) : given_unit;
  const std::int64_t id = record_id(o.id, 'S', "sale");
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "sale.sell");
  auto done = ledger::take_step<Sale>(tx, id, [&](Sale& s) {
    ledger::sell(s, day, quantity, unit, amount, fee);
    return trf("sale {} sold on {}: {} {} for {} yuan, in the ledger", ledger::sale_ref(s.id), day,
               format_decimal(quantity, 2), unit, format_fen(amount));
  });
  // A sale enters the ledger as a new record: not at a station whose exit is decided.
  ledger::require_new_record_day(done.station, day);
  if (auto finding = ledger::check_fee(ctx.params(), "sale", "", amount, fee)) {
    warn_finding(ctx, *finding);
  }
  show_result(ctx, tx, done.record, done.station.code, ledger::sale_ref(done.record.id), done.message);
  return 0;
}

// A further sale of a product already sold once and still listed (Art. 5.2).
int sell_again(Context& ctx, const SaleOptions& o)
{
  const std::int64_t id = record_id(o.id, 'S', "sale");
  const auto [quantity, given_unit, amount, fee, day] = sold_goods(ctx, o);
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "sale.again");
  const Sale sale = ledger::require_record<Sale>(tx.db(), id);
  // A further sale is counted in the unit of the first unless the clerk names another.
  const std::string unit = !given_unit.empty() ? given_unit
                           : sale.unit.empty() ? std::string(ledger::k_default_unit)
                                               : sale.unit;
  ledger::sell_again(tx, sale, day, quantity, unit, amount, fee);
  const std::int64_t count = ledger::sales_count(tx.db(), sale);
  tx.commit();
  if (auto finding = ledger::check_fee(ctx.params(), "sale", "", amount, fee)) {
    warn_finding(ctx, *finding);
  }
  if (ctx.format() != Format::table) {
    // A script gets the sale it recorded, as it gets every new record.
    print_record(ctx,
                 {{"sale", tr("sale")},
                  {"sold_on", tr("sold")},
                  {"quantity", tr("quantity"), true},
                  {"unit", tr("unit")},
                  {"amount", tr("amount"), true},
                  {"fee", tr("fee"), true},
                  {"sales", tr("sales so far"), true}},
                 {ledger::sale_ref(id), day, Decimal{quantity, 2}, unit, Decimal{amount, 2}, Decimal{fee, 2}, count});
    return 0;
  }
  ctx.confirm(trf("sale {} sold again on {}: {} {} for {} yuan, in the ledger; {} sales so far", ledger::sale_ref(id),
                  day, format_decimal(quantity, 2), unit, format_fen(amount), count));
  return 0;
}

int delist_sale(Context& ctx, const SaleOptions& o)
{
  const std::int64_t id = record_id(o.id, 'S', "sale");
  const std::string reason = required_note(o.reason, "--reason", 200);
  const std::string day = event_day(ctx, o.date, "--date");
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "sale.delist");
  const Sale sale = ledger::require_record<Sale>(tx.db(), id);
  ledger::delist(tx, sale, day, reason);
  const std::int64_t count = ledger::sales_count(tx.db(), sale);
  tx.commit();
  if (ctx.format() != Format::table) {
    print_record(ctx,
                 {{"sale", tr("sale")},
                  {"delisted_on", tr("delisted")},
                  {"reason", tr("reason")},
                  {"sales", tr("sales so far"), true}},
                 {ledger::sale_ref(id), day, reason, count});
    return 0;
  }
  ctx.confirm(trf("sale {} delisted on {} after {} sales", ledger::sale_ref(id), day, count));
  return 0;
}

int add_service(Context& ctx, const SaleOptions& o)
{
  Service v;
  v.served_on = event_day(ctx, o.date, "--date");
  v.kind = choice(ledger::service_kinds(), o.kind, "--kind");
  v.villager_name = person_name(o.producer, "--villager");
  v.villager_phone = optional_phone(o.phone, "--phone");
  v.amount_fen = optional_yuan(o.amount, "--amount");
  v.fee_fen = optional_yuan(o.fee, "--fee");
  v.note = optional_note(o.note, "--note", 200);
  v.completed_on = v.served_on;
  const std::string code = station_code(o.station, "--station");
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "service.add");
  const auto station = ledger::require_station_on(tx.db(), code, v.served_on);
  v.station_id = station.id;
  ledger::insert_record(tx, v);
  tx.set_station(station.code);
  if (auto finding = ledger::check_fee(ctx.params(), "service", v.kind, v.amount_fen, v.fee_fen)) {
    warn_finding(ctx, *finding);
  }
  show_result(ctx, tx, v, station.code, trf("C{}", v.id),
              trf("recorded service C{}: {} for {} at {}, in the ledger", v.id,
                  ledger::choice_label(ledger::service_kinds(), v.kind), Privacy(ctx).name(v.villager_name),
                  station.code));
  return 0;
}

CLI::App* with_id(CLI::App* sub, SaleOptions& o)
{
  sub->add_option("id", o.id, tr("the sale's number (S7 or 7)"))->required()->type_name("ID");
  return sub;
}

void add_date(CLI::App* sub, SaleOptions& o, const char* help)
{
  sub->add_option("--date", o.date, help)->type_name(tr("DATE"));
}

} // namespace

void add_order_sale(CLI::App& order, Context& ctx, Action& chosen)
{
  CLI::App* sale =
      order.add_subcommand("sale", tr("proxy sales (代销, Art. 5.2): recommend, contact, list, sell; withdraw"));
  sale->require_subcommand(1);
  auto o = std::make_shared<SaleOptions>();

  CLI::App* add = sale->add_subcommand("add", tr("record a product or tourism resource recommended to a platform"));
  add->add_option("--station", o->station, tr("the station's code"))->required()->type_name(tr("CODE"));
  add->add_option("--product", o->product, tr("the product or resource"))->required()->type_name(tr("TEXT"));
  add->add_option("--category", o->category, tr("farm (农产品), sideline (副产品), specialty (特产) or tourism (旅游)"))
      ->required()
      ->type_name(tr("KIND"));
  add->add_option("--producer", o->producer, tr("the producer's name (private: masked in listings)"))
      ->required()
      ->type_name(tr("NAME"));
  add->add_option("--phone", o->phone, tr("the producer's phone number (private)"))->type_name(tr("PHONE"));
  add->add_option("--platform", o->platform, tr("the platform it is recommended to"))
      ->required()
      ->type_name(tr("TEXT"));
  add_date(add, *o, tr("the day it was recommended (default: today)"));
  add->add_option("--contacted-on", o->contacted_on, tr("from a form: the day the platform contacted the producer"))
      ->type_name(tr("DATE"));
  add->add_option("--listed-on", o->listed_on, tr("from a form: the day it was listed"))->type_name(tr("DATE"));
  add->add_option("--sold-on", o->sold_on, tr("from a form: the day it sold (with --quantity and --amount)"))
      ->type_name(tr("DATE"));
  add->add_option("--quantity", o->quantity, tr("from a form: how much was sold, up to 2 decimals"))->type_name("Q");
  add->add_option("--unit", o->unit, tr("the unit of the quantity, e.g. 斤, kg, 件 (default 件)"))
      ->type_name(tr("TEXT"));
  add->add_option("--amount", o->amount, tr("from a form: the amount of the sale, in yuan"))->type_name(tr("YUAN"));
  add->add_option("--fee", o->fee, tr("from a form: the station's fee, in yuan (default 0; R-FEE)"))
      ->type_name(tr("YUAN"));
  add->add_option("--withdrawn-on", o->withdrawn_on, tr("from a form: the day it was withdrawn (with --reason)"))
      ->type_name(tr("DATE"));
  add->add_option("--reason", o->reason, tr("from a form: why it was withdrawn"))->type_name(tr("TEXT"));
  on_run(add, chosen, [&ctx, o] { return add_sale(ctx, *o); });

  CLI::App* contact =
      with_id(sale->add_subcommand("contact", tr("record the platform in contact with the producer")), *o);
  add_date(contact, *o, tr("the day (default: today)"));
  on_run(contact, chosen, [&ctx, o] {
    const std::string day = event_day(ctx, o->date, "--date");
    return sale_step(ctx, *o, "sale.contact", [&](Sale& s) {
      ledger::contact(s, day);
      return trf("sale {}: the platform is in contact with the producer since {}", ledger::sale_ref(s.id), day);
    });
  });

  CLI::App* list = with_id(sale->add_subcommand("list", tr("record the product listed for sale on the platform")), *o);
  add_date(list, *o, tr("the day it was listed (default: today)"));
  on_run(list, chosen, [&ctx, o] {
    const std::string day = event_day(ctx, o->date, "--date");
    return sale_step(ctx, *o, "sale.list", [&](Sale& s) {
      ledger::list_product(s, day);
      return trf("sale {} listed on {}", ledger::sale_ref(s.id), day);
    });
  });

  CLI::App* sell_ =
      with_id(sale->add_subcommand("sell", tr("record the sale: quantity and amount; it enters the ledger")), *o);
  sell_->add_option("--quantity", o->quantity, tr("how much was sold, up to 2 decimals"))->required()->type_name("Q");
  sell_->add_option("--unit", o->unit, tr("the unit of the quantity, e.g. 斤, kg, 件 (default 件)"))
      ->type_name(tr("TEXT"));
  sell_->add_option("--amount", o->amount, tr("the amount of the sale, in yuan"))->required()->type_name(tr("YUAN"));
  sell_->add_option("--fee", o->fee, tr("the station's fee, in yuan (default 0; R-FEE)"))->type_name(tr("YUAN"));
  add_date(sell_, *o, tr("the day it sold (default: today)"));
  on_run(sell_, chosen, [&ctx, o] { return sell(ctx, *o); });

  CLI::App* again = with_id(
      sale->add_subcommand("again", tr("record a further sale of a product sold before and still listed; it enters "
                                       "the ledger")),
      *o);
  again->add_option("--quantity", o->quantity, tr("how much was sold, up to 2 decimals"))->required()->type_name("Q");
  again->add_option("--unit", o->unit, tr("the unit of the quantity (default: the unit of the first sale)"))
      ->type_name(tr("TEXT"));
  again->add_option("--amount", o->amount, tr("the amount of the sale, in yuan"))->required()->type_name(tr("YUAN"));
  again->add_option("--fee", o->fee, tr("the station's fee, in yuan (default 0; R-FEE)"))->type_name(tr("YUAN"));
  add_date(again, *o, tr("the day it sold (default: today)"));
  on_run(again, chosen, [&ctx, o] { return sell_again(ctx, *o); });

  CLI::App* delist =
      with_id(sale->add_subcommand("delist", tr("take a sold product off the platform: no further sales")), *o);
  delist->add_option("--reason", o->reason, tr("why"))->required()->type_name(tr("TEXT"));
  add_date(delist, *o, tr("the day (default: today)"));
  on_run(delist, chosen, [&ctx, o] { return delist_sale(ctx, *o); });

  CLI::App* withdraw = with_id(sale->add_subcommand("withdraw", tr("withdraw the product before it sells")), *o);
  withdraw->add_option("--reason", o->reason, tr("why"))->required()->type_name(tr("TEXT"));
  add_date(withdraw, *o, tr("the day (default: today)"));
  on_run(withdraw, chosen, [&ctx, o] {
    const std::string reason = required_note(o->reason, "--reason", 200);
    const std::string day = event_day(ctx, o->date, "--date");
    return sale_step(ctx, *o, "sale.withdraw", [&](Sale& s) {
      ledger::withdraw(s, day, reason);
      return trf("sale {} withdrawn on {}", ledger::sale_ref(s.id), day);
    });
  });
}

void add_order_service(CLI::App& order, Context& ctx, Action& chosen)
{
  CLI::App* service =
      order.add_subcommand("service", tr("convenience services (便民服务, Art. 4.5): complete when recorded"));
  service->require_subcommand(1);
  auto o = std::make_shared<SaleOptions>();
  CLI::App* add =
      service->add_subcommand("add", tr("record a convenience service given to a villager; it enters the ledger"));
  add->add_option("--station", o->station, tr("the station's code"))->required()->type_name(tr("CODE"));
  add->add_option("--kind", o->kind,
                  tr("water, electricity, broadband, phone, finance, ticket, hotel, medical or information"))
      ->required()
      ->type_name(tr("KIND"));
  add->add_option("--villager", o->producer, tr("the villager's name (private: masked in listings)"))
      ->required()
      ->type_name(tr("NAME"));
  add->add_option("--phone", o->phone, tr("the villager's phone number (private)"))->type_name(tr("PHONE"));
  add->add_option("--amount", o->amount, tr("the amount handled (a bill paid, a ticket bought), in yuan (default 0)"))
      ->type_name(tr("YUAN"));
  add->add_option("--fee", o->fee, tr("the station's fee, in yuan (default 0; R-FEE)"))->type_name(tr("YUAN"));
  add->add_option("--note", o->note, tr("a note"))->type_name(tr("TEXT"));
  add_date(add, *o, tr("the day of the service (default: today)"));
  on_run(add, chosen, [&ctx, o] { return add_service(ctx, *o); });
}

} // namespace czs::cli
