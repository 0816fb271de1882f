// parcel list / overdue / show.

#include "parcel.hpp"

#include "context.hpp"
#include "input.hpp"
#include "ledger/words.hpp"
#include "ledger_input.hpp"
#include "ledger_rows.hpp"
#include "parse_errors.hpp"
#include "station_view.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "ledger/counter.hpp"
#include "ledger/history.hpp"
#include "ledger/lifecycle.hpp"
#include "ledger/record_query.hpp"
#include "ledger/record_store.hpp"
#include "ledger/station_gate.hpp"
#include "period/date.hpp"
#include "period/period.hpp"
#include "stations/station_store.hpp"
#include "text/input_fields.hpp"
#include "text/json.hpp"
#include "text/shown_value.hpp"

#include <memory>
#include <ostream>

#include <CLI/CLI.hpp>
#include <SQLiteCpp/Transaction.h>

namespace czs::cli {

namespace {

// "arrived (已到件), ...": the statuses a parcel can have, with their Chinese, for hints.
std::string parcel_status_list()
{
  std::string list;
  for (const auto& c : ledger::record_statuses()) {
    if (ledger::is_status(ledger::parcel_in_lifecycle(), c.name)
        || ledger::is_status(ledger::parcel_out_lifecycle(), c.name)) {
      list += (list.empty() ? "" : ", ") + std::string(c.name) + " (" + std::string(c.chinese) + ")";
    }
  }
  return list;
}

struct ListOptions
{
  std::string id;
  std::string station;
  std::string direction;
  std::string status;
  std::string period;
  std::string name;
  std::string phone;
  int days = -1;
  std::string tracking;
  std::string batch;
};

ledger::RecordFilter parcel_filter(Context& ctx, const ListOptions& o)
{
  ledger::RecordFilter f;
  if (!o.station.empty()) {
    f.station_id = stations::require_station(ctx.db(), station_code(o.station, "--station")).id;
  }
  // The English key or the Chinese word a Chinese table prints.
  const std::string direction =
      o.direction.empty() ? std::string()
                          : ledger::parse_word(ledger::parcel_directions(), o.direction).value_or(o.direction);
  const std::string status =
      o.status.empty() ? std::string() : ledger::parse_word(ledger::record_statuses(), o.status).value_or(o.status);
  if (!direction.empty() && direction != "in" && direction != "out") {
    throw Error(ErrorKind::usage, trf("--direction: '{}' is neither in nor out", text::shown_value(o.direction)),
                trf("use one of: {}", ledger::choice_list(ledger::parcel_directions())));
  }
  f.kind = direction;
  if (!status.empty() && !ledger::is_status(ledger::parcel_in_lifecycle(), status)
      && !ledger::is_status(ledger::parcel_out_lifecycle(), status)) {
    throw Error(ErrorKind::usage, trf("--status: no parcel has the status '{}'", text::shown_value(o.status)),
                trf("use one of: {}", parcel_status_list()));
  }
  f.status = status;
  if (auto period = period_option(o.period, "--period")) {
    f.from = to_string(period->first);
    f.to = to_string(period->last);
  }
  f.name = o.name.empty() ? std::string() : person_name(o.name, "--name");
  f.phone = optional_phone(o.phone, "--phone");
  f.batch = batch_filter(ctx, o.batch);
  return f;
}

int list_parcels(Context& ctx, const ListOptions& o)
{
  const auto filter = parcel_filter(ctx, o);
  log_reveal(ctx, tr("recipients' and senders' names and phones in a parcel listing"));
  const Privacy privacy(ctx);
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  RecordWriter w(ctx.format(), ctx.out(), parcel_columns());
  ledger::for_each_parcel(ctx.db(), filter, [&](const ledger::Parcel& p, const std::string& station) {
    w.row(parcel_cells(p, station, privacy));
  });
  return 0;
}

int list_overdue(Context& ctx, const ListOptions& o)
{
  std::optional<std::int64_t> station_id;
  if (!o.station.empty()) {
    station_id = stations::require_station(ctx.db(), station_code(o.station, "--station")).id;
  }
  const int days = o.days >= 0 ? o.days : ctx.params().parcel_overdue_days;
  log_reveal(ctx, tr("recipients' names and phones in the overdue parcel listing"));
  const Privacy privacy(ctx);
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  const Date today = ctx.today();
  RecordWriter w(ctx.format(), ctx.out(),
                 {{"id", tr("id"), true},
                  {"station", tr("station")},
                  {"status", tr("status"), ledger::record_statuses()},
                  {"carrier", tr("carrier")},
                  {"tracking_no", tr("tracking no.")},
                  {"name", tr("recipient")},
                  {"phone", tr("phone")},
                  {"arrived_at", tr("arrived")},
                  {"notified_at", tr("notified")},
                  {"days_waiting", tr("days waiting"), true}});
  ledger::for_each_overdue_parcel(
      ctx.db(), station_id, to_string(today), days, [&](const ledger::Parcel& p, const std::string& station) {
        const auto arrived = parse_date(day_of(p.arrived_at));
        const std::int64_t waiting = arrived ? to_days(today) - to_days(*arrived) : 0;
        w.row({p.id, station, p.status, p.carrier, p.tracking_no, privacy.name(p.person_name),
               privacy.phone(p.person_phone), p.arrived_at, day_cell(p.notified_at), waiting});
      });
  return 0;
}

// Every parcel with the tracking number, at any carrier and station: what a villager or a
// carrier asks about at the counter.
int find_parcel(Context& ctx, const ListOptions& o)
{
  const std::string tracking = must(text::input_tracking_number(o.tracking, "TRACKING"));
  log_reveal(ctx, trf("names and phones of the parcels with tracking number {}", tracking));
  const Privacy privacy(ctx);
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  RecordWriter w(ctx.format(), ctx.out(), parcel_columns());
  const int found =
      ledger::for_each_parcel_tracked(ctx.db(), tracking, [&](const ledger::Parcel& p, const std::string& station) {
        w.row(parcel_cells(p, station, privacy));
      });
  if (found == 0) {
    throw Error(ErrorKind::not_found, trf("no parcel has the tracking number {}", tracking),
                tr("check the number on the carrier's label, or list parcels with: czstation parcel list"));
  }
  return 0;
}

int show_parcel(Context& ctx, const ListOptions& o)
{
  const std::int64_t id = record_id(o.id, '\0', "parcel");
  auto p = ledger::find_record<ledger::Parcel>(ctx.db(), id);
  if (!p) {
    throw Error(ErrorKind::not_found, trf("no parcel {}", id), tr("list parcels with: czstation parcel list"));
  }
  p->notice_at_pickup = ledger::notice_was_at_pickup(ctx.db(), id);
  const std::string station = ledger::station_by_id(ctx.db(), p->station_id).code;
  log_reveal(ctx, trf("name, phone and pickup code of parcel {}", id), station);
  const Privacy privacy(ctx);
  auto columns = parcel_columns();
  auto cells = parcel_cells(*p, station, privacy);
  if (privacy.revealing() && !p->pickup_code.empty()) {
    columns.push_back({"pickup_code", tr("pickup code")});
    cells.emplace_back(p->pickup_code);
  }
  const auto steps = ledger::history_of(*p);
  if (ctx.format() == Format::json) {
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
    return 0;
  }
  print_record(ctx, columns, std::move(cells));
  if (ctx.format() == Format::table) {
    ctx.out() << '\n' << tr("history") << '\n';
    RecordWriter h(Format::table, ctx.out(),
                   {{"at", tr("at")}, {"step", tr("step"), ledger::record_statuses()}, {"detail", tr("detail")}});
    for (const auto& s : steps) {
      h.row({s.at, s.step, s.shown});
    }
  }
  return 0;
}

} // namespace

void add_parcel_listings(CLI::App& parcel, Context& ctx, Action& chosen)
{
  auto o = std::make_shared<ListOptions>();
  CLI::App* list = parcel.add_subcommand("list", tr("list parcels by number; names and phones masked unless --reveal"));
  list->add_option("--station", o->station, tr("only this station"))->type_name(tr("CODE"));
  list->add_option("--direction", o->direction, tr("only in (received) or out (sent)"))->type_name("in|out");
  list->add_option("--status", o->status, tr("only this status, e.g. notified"))->type_name(tr("STATUS"));
  list->add_option("--period", o->period, tr("only parcels that arrived or were accepted in this period"))
      ->type_name(tr("PERIOD"));
  list->add_option("--name", o->name, tr("only this recipient or sender (the full name)"))->type_name(tr("NAME"));
  list->add_option("--phone", o->phone, tr("only this phone number (the full number; works without --reveal)"))
      ->type_name(tr("PHONE"));
  add_batch_filter(list, o->batch);
  on_run(list, chosen, [&ctx, o] { return list_parcels(ctx, *o); });

  CLI::App* overdue = parcel.add_subcommand(
      "overdue", tr("list parcels waiting longer than the overdue days, for a reminder or a return"));
  overdue->add_option("--station", o->station, tr("only this station"))->type_name(tr("CODE"));
  overdue
      ->add_option("--days", o->days,
                   tr("waiting more than this many days (default: the rules' parcel_overdue_days, 7)"))
      ->transform(whole_number(36500))
      ->type_name("N");
  on_run(overdue, chosen, [&ctx, o] { return list_overdue(ctx, *o); });

  CLI::App* find = parcel.add_subcommand(
      "find", tr("find parcels by tracking number at every carrier and station; names and phones masked"));
  find->add_option("tracking", o->tracking, tr("the tracking number on the carrier's label"))
      ->required()
      ->type_name("TRACKING");
  on_run(find, chosen, [&ctx, o] { return find_parcel(ctx, *o); });

  CLI::App* show =
      parcel.add_subcommand("show", tr("show one parcel with its history (its pickup code only with --reveal)"));
  show->add_option("id", o->id, tr("the parcel's number"))->required()->type_name("ID");
  on_run(show, chosen, [&ctx, o] { return show_parcel(ctx, *o); });
}

} // namespace czs::cli
