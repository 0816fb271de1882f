// order list and order show.

#include "order.hpp"

#include "context.hpp"
#include "input.hpp"
#include "ledger_input.hpp"
#include "ledger_rows.hpp"
#include "station_view.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "ledger/catalogue.hpp"
#include "ledger/history.hpp"
#include "ledger/lifecycle.hpp"
#include "ledger/record_query.hpp"
#include "ledger/record_store.hpp"
#include "ledger/repeat_sales.hpp"
#include "ledger/station_gate.hpp"
#include "ledger/words.hpp"
#include "period/period.hpp"
#include "stations/station_store.hpp"
#include "text/json.hpp"
#include "text/shown_value.hpp"

#include <cctype>
#include <memory>
#include <ostream>
#include <vector>

#include <CLI/CLI.hpp>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

namespace czs::cli {

namespace {

struct ListOptions
{
  std::string station;
  std::string kind;
  std::string status;
  std::string period;
  std::string villager;
  std::string phone;
  std::string ref;
  std::string batch;
};

const ledger::Lifecycle* lifecycle_of_kind(const std::string& kind)
{
  if (kind == "purchase")
    return &ledger::purchase_lifecycle();
  if (kind == "sale")
    return &ledger::sale_lifecycle();
  if (kind == "service")
    return &ledger::service_lifecycle();
  if (kind == "dispute")
    return &ledger::dispute_lifecycle();
  return nullptr;
}

// The filter common to order list, parcel list and export, checked before anything is read.
ledger::RecordFilter order_filter(Context& ctx, const ListOptions& o)
{
  ledger::RecordFilter f;
  if (!o.station.empty()) {
    f.station_id = stations::require_station(ctx.db(), station_code(o.station, "--station")).id;
  }
  // The English key or the Chinese word a Chinese table prints.
  const std::string kind =
      o.kind.empty() ? std::string() : ledger::parse_word(ledger::record_kinds(), o.kind).value_or(o.kind);
  const std::string status =
      o.status.empty() ? std::string() : ledger::parse_word(ledger::record_statuses(), o.status).value_or(o.status);
  if (!kind.empty() && !lifecycle_of_kind(kind)) {
    throw Error(ErrorKind::usage, trf("--kind: unknown kind '{}'", text::shown_value(o.kind)),
                trf("use one of: {}", ledger::choice_list(ledger::record_kinds())));
  }
  f.kind = kind;
  if (!status.empty()) {
    bool known = false;
    for (const char* each : {"purchase", "sale", "service", "dispute"}) {
      if ((kind.empty() || kind == each) && ledger::is_status(*lifecycle_of_kind(each), status)) {
        known = true;
      }
    }
    if (!known) {
      throw Error(
          ErrorKind::usage,
          trf("--status: no {} has the status '{}'", kind.empty() ? "record" : kind, text::shown_value(o.status)),
          tr("see the statuses in czstation-order(1)"));
    }
  }
  f.status = status;
  if (auto period = period_option(o.period, "--period")) {
    f.from = to_string(period->first);
    f.to = to_string(period->last);
  }
  f.name = o.villager.empty() ? std::string() : person_name(o.villager, "--villager");
  f.phone = optional_phone(o.phone, "--phone");
  f.batch = batch_filter(ctx, o.batch);
  return f;
}

std::string ref_of(const std::string& kind, std::int64_t id)
{
  const char letter = kind == "purchase" ? 'P' : kind == "sale" ? 'S' : kind == "service" ? 'C' : 'D';
  return fmt::format("{}{}", letter, id);
}

int list_orders(Context& ctx, const ListOptions& o)
{
  const ledger::RecordFilter filter = order_filter(ctx, o);
  log_reveal(ctx, tr("villagers' names and phones in an order listing"));
  const Privacy privacy(ctx);
  const bool table = for_people(ctx.format()); // words in the clerk's language
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  RecordWriter w(ctx.format(), ctx.out(),
                 {{"ref", tr("ref")},
                  {"kind", tr("kind"), ledger::record_kinds()},
                  {"station", tr("station")},
                  {"status", tr("status"), ledger::record_statuses()},
                  {"started_on", tr("started")},
                  {"name", tr("villager")},
                  {"phone", tr("phone")},
                  {"subject", tr("item / product / kind")},
                  {"amount", tr("amount"), true},
                  {"fee", tr("fee"), true},
                  {"completed_on", tr("completed")}});
  ledger::for_each_order(ctx.db(), filter, [&](const ledger::OrderLine& l) {
    std::string subject = l.subject;
    if (table && l.kind == "service")
      subject = ledger::choice_label(ledger::service_kinds(), l.subject);
    if (table && l.kind == "dispute")
      subject = ledger::choice_label(ledger::dispute_kinds(), l.subject);
    w.row({ref_of(l.kind, l.id), table ? ledger::word_for_people(ledger::record_kinds(), l.kind) : l.kind,
           l.station_code, table ? ledger::word_for_people(ledger::record_statuses(), l.status) : l.status,
           l.started_on, privacy.name(l.name), l.phone.empty() ? Cell{} : Cell{privacy.phone(l.phone)}, subject,
           l.amount_fen ? yuan_cell(*l.amount_fen) : Cell{}, yuan_cell(l.fee_fen), day_cell(l.completed_on)});
  });
  return 0;
}

void print_history(Context& ctx, const std::vector<ledger::HistoryStep>& steps)
{
  if (ctx.format() == Format::table) {
    ctx.out() << '\n' << tr("history") << '\n';
    RecordWriter h(Format::table, ctx.out(), {{"at", tr("at")}, {"step", tr("step")}, {"detail", tr("detail")}});
    for (const auto& s : steps) {
      h.row({s.at, ledger::history_step_for_people(s.step), s.shown});
    }
  }
}

// In JSON, the record's fields followed by "history": [{"at", "step", "detail"}].
void print_json(Context& ctx, const std::vector<Column>& columns, const std::vector<Cell>& cells,
                const std::vector<ledger::HistoryStep>& steps)
{
  text::JsonWriter j;
  j.begin_object();
  for (std::size_t i = 0; i < columns.size(); ++i) {
    j.key(columns[i].key).raw(cell_json(cells[i]));
  }
  j.key("history").begin_array();
  for (const auto& s : steps) {
    j.begin_object().key("at").value(s.at).key("step").value(s.step).key("detail").value(s.detail).end_object();
  }
  j.end_array().end_object();
  ctx.out() << j.str() << '\n';
}

void show(Context& ctx, const std::vector<Column>& columns, std::vector<Cell> cells,
          const std::vector<ledger::HistoryStep>& steps)
{
  if (ctx.format() == Format::json) {
    print_json(ctx, columns, cells, steps);
    return;
  }
  print_record(ctx, columns, std::move(cells));
  print_history(ctx, steps);
}

[[noreturn]] void no_such(const std::string& ref)
{
  throw Error(ErrorKind::not_found, trf("no record {}", ref), tr("list the records with: czstation order list"));
}

// The letter of the one record numbered `id`, for a bare number: P, S, C or D when exactly one
// kind has it. Refused (not_found) when none has it, and (usage) naming them when several do.
char letter_of_bare_number(Context& ctx, std::int64_t id, const std::string& ref_text)
{
  auto& db = ctx.db();
  std::vector<std::string> found;
  if (ledger::find_record<ledger::Purchase>(db, id))
    found.push_back(fmt::format("P{}", id));
  if (ledger::find_record<ledger::Sale>(db, id))
    found.push_back(fmt::format("S{}", id));
  if (ledger::find_record<ledger::Service>(db, id))
    found.push_back(fmt::format("C{}", id));
  if (ledger::find_record<ledger::Dispute>(db, id))
    found.push_back(fmt::format("D{}", id));
  if (found.empty()) {
    no_such(ref_text);
  }
  if (found.size() > 1) {
    throw Error(ErrorKind::usage, trf("'{}' could be {}", ref_text, fmt::join(found, ", ")),
                tr("give the letter too: P (purchase), S (sale), C (service) or D (dispute)"));
  }
  return found.front().front();
}

int show_order(Context& ctx, const std::string& ref_text)
{
  char letter = ref_text.empty() ? '\0' : static_cast<char>(std::toupper(static_cast<unsigned char>(ref_text[0])));
  if (std::string("PSCD").find(letter) == std::string::npos || letter == '\0') {
    std::int64_t bare = 0;
    try {
      bare = record_id(ref_text, '\0', "record");
    } catch (const Error&) {
      throw Error(ErrorKind::usage, trf("'{}' is not a record reference", ref_text),
                  tr("give the reference shown by czstation order list: P12 (purchase), S3 (sale), C5 (service) or "
                     "D2 (dispute)"));
    }
    // A bare number, as the step commands take it: the record of the one kind that has it.
    letter = letter_of_bare_number(ctx, bare, ref_text);
  }
  const std::int64_t id = record_id(ref_text, letter, "record");
  const std::string ref = fmt::format("{}{}", letter, id);
  auto& db = ctx.db();
  std::string station_code;
  const Privacy privacy(ctx);
  // Read first, so an unknown record is refused before a reveal is logged.
  auto station_of = [&](std::int64_t station_id) { return ledger::station_by_id(db, station_id).code; };
  if (letter == 'P') {
    auto p = ledger::find_record<ledger::Purchase>(db, id);
    if (!p)
      no_such(ref);
    station_code = station_of(p->station_id);
    log_reveal(ctx, trf("villager name and phone of {}", ref), station_code);
    show(ctx, purchase_record_columns(), purchase_record_cells(*p, station_code, privacy), ledger::history_of(db, *p));
  } else if (letter == 'S') {
    auto s = ledger::find_record<ledger::Sale>(db, id);
    if (!s)
      no_such(ref);
    station_code = station_of(s->station_id);
    log_reveal(ctx, trf("producer name and phone of {}", ref), station_code);
    show(ctx, sale_columns(), sale_cells(*s, station_code, privacy, ledger::SaleSequels(db).delisting(s->id)),
         ledger::history_of(db, *s));
  } else if (letter == 'C') {
    auto v = ledger::find_record<ledger::Service>(db, id);
    if (!v)
      no_such(ref);
    station_code = station_of(v->station_id);
    log_reveal(ctx, trf("villager name and phone of {}", ref), station_code);
    show(ctx, service_columns(), service_cells(*v, station_code, privacy), ledger::history_of(*v));
  } else {
    auto d = ledger::find_record<ledger::Dispute>(db, id);
    if (!d)
      no_such(ref);
    station_code = station_of(d->station_id);
    show(ctx, dispute_columns(), dispute_cells(*d, station_code), ledger::history_of(*d));
  }
  return 0;
}

} // namespace

void add_order_list(CLI::App& order, Context& ctx, Action& chosen)
{
  auto o = std::make_shared<ListOptions>();
  CLI::App* list = order.add_subcommand(
      "list",
      tr("list purchases, sales, services and disputes, by start date; names and phones masked unless --reveal"));
  list->add_option("--station", o->station, tr("only this station"))->type_name(tr("CODE"));
  list->add_option("--kind", o->kind, tr("only purchase, sale, service or dispute"))->type_name(tr("KIND"));
  list->add_option("--status", o->status, tr("only records in this status, e.g. notified"))->type_name(tr("STATUS"));
  list->add_option("--period", o->period, tr("only records started in this period (2026-03, 2026Q1, 2026, A..B)"))
      ->type_name(tr("PERIOD"));
  list->add_option("--villager", o->villager, tr("only this villager (the full name)"))->type_name(tr("NAME"));
  list->add_option("--phone", o->phone, tr("only this phone number (the full number; works without --reveal)"))
      ->type_name(tr("PHONE"));
  add_batch_filter(list, o->batch);
  on_run(list, chosen, [&ctx, o] { return list_orders(ctx, *o); });

  CLI::App* show_ = order.add_subcommand("show", tr("show one record with its full history"));
  show_->add_option("ref", o->ref, tr("P12 (purchase), S3 (sale), C5 (service) or D2 (dispute)"))
      ->required()
      ->type_name("REF");
  on_run(show_, chosen, [&ctx, o] { return show_order(ctx, o->ref); });
}

} // namespace czs::cli
